import type { PatternRecognizer } from '@/lib/guards/pii/engine/types';
import { PEM_END_LINE } from './credentials';
import { ASSIGNMENT, KEY_END, KEY_START, secretPattern } from './define';

/** The key's closing line and the JSON string's closing quote. */
const GCP_KEY_END = new RegExp(`${PEM_END_LINE.source}(?:\\\\n)?"`);

/** Cloud provider credentials: AWS, Google Cloud, Azure. */
export const cloudRecognizers: PatternRecognizer[] = [
  secretPattern({
    id: 'aws.access_key_id',
    type: 'AWS_ACCESS_KEY_ID',
    source: `${KEY_START}(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z2-7]{16}${KEY_END}`,
    literals: ['AKIA', 'ASIA', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA', 'ABIA', 'ACCA'],
    after: 20,
    score: 0.95,
    maxLength: 20,
  }),
  secretPattern({
    id: 'aws.secret_access_key',
    type: 'AWS_SECRET_ACCESS_KEY',
    source: String.raw`(?:aws_?secret_?access_?key|secret_?access_?key|aws_?secret(?:_?key)?|aws secret(?: access)? key)${ASSIGNMENT}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    flags: 'gid',
    valueGroup: 1,
    literals: ['secret_access_key', 'secretaccesskey', 'aws_secret', 'awssecret', 'secret access key', 'aws secret'],
    ignoreCase: true,
    after: 90,
    score: 0.95,
    maxLength: 40,
  }),
  secretPattern({
    id: 'aws.secret_access_key.prose',
    type: 'AWS_SECRET_ACCESS_KEY',
    source: String.raw`(?:aws secret(?: access)? key|secret access key)(?: is)?:?\s+["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    flags: 'gi',
    valueGroup: 1,
    literals: ['secret access key', 'aws secret'],
    ignoreCase: true,
    after: 90,
    score: 0.9,
    maxLength: 40,
  }),
  secretPattern({
    id: 'gcp.service_account_private_key',
    type: 'GCP_SERVICE_ACCOUNT_KEY',
    source: String.raw`"private_key"\s*:\s*"(-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n|[A-Za-z0-9+/=])+-----END (?:RSA )?PRIVATE KEY-----(?:\\n)?)"`,
    valueGroup: 1,
    literals: ['"private_key"'],
    after: 16384,
    score: 0.99,
    maxLength: 16384,
    spansWhitespace: true,
    opener: { literal: '"private_key"', closer: GCP_KEY_END },
  }),
  secretPattern({
    id: 'azure.connection_string',
    type: 'AZURE_CONNECTION_STRING',
    source: String.raw`(?<![\w])(?:[A-Za-z]+=[^;\s"']+;)*(?:AccountKey|SharedAccessKey|SharedAccessSignature)=[A-Za-z0-9+/%&=]{20,}(?:;[A-Za-z]+=[^;\s"']*)*;?`,
    literals: ['AccountKey=', 'SharedAccessKey=', 'SharedAccessSignature='],
    before: 300,
    after: 300,
    score: 0.95,
    maxLength: 600,
  }),
  secretPattern({
    id: 'azure.api_key',
    type: 'AZURE_API_KEY',
    source: String.raw`(?:api[-_]?key|subscription[-_]?key|azure[\w\-]*key|ocp-apim-subscription-key)${ASSIGNMENT}([a-fA-F0-9]{32}|[A-Za-z0-9]{84})(?![A-Za-z0-9])`,
    flags: 'gid',
    valueGroup: 1,
    literals: ['api-key', 'api_key', 'apikey', 'subscription-key', 'subscription_key', 'azure'],
    ignoreCase: true,
    after: 140,
    score: 0.6,
    context: { words: ['azure', 'ocp-apim', 'cognitive', 'openai.azure.com', 'api-key', 'azure_openai_api_key', 'speech', 'translator'], boost: 0.3, required: true },
    maxLength: 84,
  }),
];
