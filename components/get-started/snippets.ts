/**
 * Copy-paste snippets for each supported SDK, filled with this deployment's URL. Base URLs and
 * headers follow docs/gateway.md exactly. The key is always read from the `GATEWAY_KEY`
 * environment variable, so a snippet never carries a secret and can be pasted into a repository.
 */

export const SNIPPET_PROVIDERS = ['openai', 'anthropic', 'azure', 'bedrock', 'vertex', 'google'] as const;
export type SnippetProvider = (typeof SNIPPET_PROVIDERS)[number];
export const SNIPPET_LANGUAGES = ['python', 'typescript', 'curl'] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

export const PROVIDER_TITLES: Record<SnippetProvider, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  azure: 'Azure OpenAI',
  bedrock: 'AWS Bedrock',
  vertex: 'Google Vertex AI',
  google: 'Gemini API',
};

export const LANGUAGE_TITLES: Record<SnippetLanguage, string> = { python: 'Python', typescript: 'TypeScript', curl: 'curl' };

/** Values taken from the organisation's stored credentials where it has them, else placeholders. */
export interface SnippetContext {
  origin: string;
  azureResource?: string;
  azureDeployment?: string;
  awsRegion?: string;
  vertexProject?: string;
  vertexLocation?: string;
}

const AZURE_API_VERSION = '2024-10-21';
const BEDROCK_MODEL = 'anthropic.claude-3-5-haiku-20241022-v1:0';
const PROMPT = 'Hello!';

/** Where the SDK's base URL points for a provider (what docs/gateway.md lists). */
export function baseUrl(provider: SnippetProvider, c: SnippetContext): string {
  const root = `${c.origin}/api/gateway`;
  switch (provider) {
    case 'openai':
      return `${root}/openai/v1`;
    case 'anthropic':
      return `${root}/anthropic`;
    case 'azure':
      return `${root}/azure/${c.azureResource || 'YOUR_RESOURCE'}`;
    case 'bedrock':
      return `${root}/bedrock/${c.awsRegion || 'us-east-1'}`;
    case 'vertex':
      return `${root}/vertex/${c.vertexLocation || 'us-central1'}`;
    case 'google':
      return `${root}/google`;
    default: {
      const never: never = provider;
      return never;
    }
  }
}

const lines = (...l: string[]) => l.join('\n');

function python(p: SnippetProvider, c: SnippetContext): string {
  const base = baseUrl(p, c);
  switch (p) {
    case 'openai':
      return lines(
        '# pip install openai',
        'import os',
        'from openai import OpenAI',
        '',
        'client = OpenAI(',
        '    api_key=os.environ["GATEWAY_KEY"],  # your gateway key, not the OpenAI key',
        `    base_url="${base}",`,
        ')',
        'reply = client.chat.completions.create(',
        '    model="gpt-4o-mini",',
        `    messages=[{"role": "user", "content": "${PROMPT}"}],`,
        ')',
        'print(reply.choices[0].message.content)',
      );
    case 'anthropic':
      return lines(
        '# pip install anthropic',
        'import os',
        'from anthropic import Anthropic',
        '',
        'client = Anthropic(',
        '    api_key=os.environ["GATEWAY_KEY"],  # your gateway key, not the Anthropic key',
        `    base_url="${base}",`,
        ')',
        'message = client.messages.create(',
        '    model="claude-haiku-4-5",',
        '    max_tokens=256,',
        `    messages=[{"role": "user", "content": "${PROMPT}"}],`,
        ')',
        'print(message.content[0].text)',
      );
    case 'azure':
      return lines(
        '# pip install openai',
        'import os',
        'from openai import AzureOpenAI',
        '',
        'client = AzureOpenAI(',
        '    api_key=os.environ["GATEWAY_KEY"],  # sent as api-key; the gateway adds your Azure key',
        `    azure_endpoint="${base}",`,
        `    api_version="${AZURE_API_VERSION}",`,
        ')',
        'reply = client.chat.completions.create(',
        `    model="${c.azureDeployment || 'YOUR_DEPLOYMENT'}",  # the deployment name`,
        `    messages=[{"role": "user", "content": "${PROMPT}"}],`,
        ')',
        'print(reply.choices[0].message.content)',
      );
    case 'bedrock':
      return lines(
        '# pip install boto3  (1.39 or later reads AWS_BEARER_TOKEN_BEDROCK)',
        'import os',
        'import boto3',
        '',
        '# The gateway key is the bearer token; the gateway signs the call with your AWS credential.',
        'os.environ["AWS_BEARER_TOKEN_BEDROCK"] = os.environ["GATEWAY_KEY"]',
        'client = boto3.client(',
        '    "bedrock-runtime",',
        `    region_name="${c.awsRegion || 'us-east-1'}",`,
        `    endpoint_url="${base}",`,
        ')',
        'reply = client.converse(',
        `    modelId="${BEDROCK_MODEL}",`,
        `    messages=[{"role": "user", "content": [{"text": "${PROMPT}"}]}],`,
        ')',
        'print(reply["output"]["message"]["content"][0]["text"])',
      );
    case 'vertex':
      return lines(
        '# pip install google-genai',
        'import os',
        'from google import genai',
        'from google.genai import types',
        '',
        '# The project comes from your stored Vertex credential; the gateway mints the OAuth token.',
        'client = genai.Client(',
        '    vertexai=True,',
        '    api_key=os.environ["GATEWAY_KEY"],',
        `    http_options=types.HttpOptions(base_url="${base}"),`,
        ')',
        `reply = client.models.generate_content(model="gemini-2.5-flash", contents="${PROMPT}")`,
        'print(reply.text)',
      );
    case 'google':
      return lines(
        '# pip install google-genai',
        'import os',
        'from google import genai',
        'from google.genai import types',
        '',
        'client = genai.Client(',
        '    api_key=os.environ["GATEWAY_KEY"],  # your gateway key, not the Gemini key',
        `    http_options=types.HttpOptions(base_url="${base}"),`,
        ')',
        `reply = client.models.generate_content(model="gemini-2.5-flash", contents="${PROMPT}")`,
        'print(reply.text)',
      );
  }
}

function typescript(p: SnippetProvider, c: SnippetContext): string {
  const base = baseUrl(p, c);
  switch (p) {
    case 'openai':
      return lines(
        '// npm install openai',
        "import OpenAI from 'openai';",
        '',
        'const client = new OpenAI({',
        '  apiKey: process.env.GATEWAY_KEY, // your gateway key, not the OpenAI key',
        `  baseURL: '${base}',`,
        '});',
        'const reply = await client.chat.completions.create({',
        "  model: 'gpt-4o-mini',",
        `  messages: [{ role: 'user', content: '${PROMPT}' }],`,
        '});',
        'console.log(reply.choices[0].message.content);',
      );
    case 'anthropic':
      return lines(
        '// npm install @anthropic-ai/sdk',
        "import Anthropic from '@anthropic-ai/sdk';",
        '',
        'const client = new Anthropic({',
        '  apiKey: process.env.GATEWAY_KEY, // your gateway key, not the Anthropic key',
        `  baseURL: '${base}',`,
        '});',
        'const message = await client.messages.create({',
        "  model: 'claude-haiku-4-5',",
        '  max_tokens: 256,',
        `  messages: [{ role: 'user', content: '${PROMPT}' }],`,
        '});',
        "console.log(message.content[0].type === 'text' ? message.content[0].text : message.content);",
      );
    case 'azure':
      return lines(
        '// npm install openai',
        "import { AzureOpenAI } from 'openai';",
        '',
        'const client = new AzureOpenAI({',
        '  apiKey: process.env.GATEWAY_KEY, // sent as api-key; the gateway adds your Azure key',
        `  endpoint: '${base}',`,
        `  apiVersion: '${AZURE_API_VERSION}',`,
        `  deployment: '${c.azureDeployment || 'YOUR_DEPLOYMENT'}',`,
        '});',
        'const reply = await client.chat.completions.create({',
        `  model: '${c.azureDeployment || 'YOUR_DEPLOYMENT'}',`,
        `  messages: [{ role: 'user', content: '${PROMPT}' }],`,
        '});',
        'console.log(reply.choices[0].message.content);',
      );
    case 'bedrock':
      return lines(
        '// npm install @aws-sdk/client-bedrock-runtime',
        "import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';",
        '',
        '// The gateway key is the bearer token; the gateway signs the call with your AWS credential.',
        'const client = new BedrockRuntimeClient({',
        `  region: '${c.awsRegion || 'us-east-1'}',`,
        `  endpoint: '${base}',`,
        '  token: { token: process.env.GATEWAY_KEY! },',
        "  authSchemePreference: ['httpBearerAuth'],",
        '});',
        'const reply = await client.send(',
        '  new ConverseCommand({',
        `    modelId: '${BEDROCK_MODEL}',`,
        `    messages: [{ role: 'user', content: [{ text: '${PROMPT}' }] }],`,
        '  }),',
        ');',
        'console.log(reply.output?.message?.content?.[0]?.text);',
      );
    case 'vertex':
      return lines(
        '// npm install @google/genai',
        "import { GoogleGenAI } from '@google/genai';",
        '',
        '// The gateway mints the OAuth token from your stored Vertex service account.',
        'const ai = new GoogleGenAI({',
        '  vertexai: true,',
        '  apiKey: process.env.GATEWAY_KEY,',
        `  project: '${c.vertexProject || 'YOUR_PROJECT'}',`,
        `  location: '${c.vertexLocation || 'us-central1'}',`,
        `  httpOptions: { baseUrl: '${base}' },`,
        '});',
        `const reply = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: '${PROMPT}' });`,
        'console.log(reply.text);',
      );
    case 'google':
      return lines(
        '// npm install @google/genai',
        "import { GoogleGenAI } from '@google/genai';",
        '',
        'const ai = new GoogleGenAI({',
        '  apiKey: process.env.GATEWAY_KEY, // your gateway key, not the Gemini key',
        `  httpOptions: { baseUrl: '${base}' },`,
        '});',
        `const reply = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: '${PROMPT}' });`,
        'console.log(reply.text);',
      );
  }
}

function curl(p: SnippetProvider, c: SnippetContext): string {
  const base = baseUrl(p, c);
  const json = "-H 'content-type: application/json'";
  switch (p) {
    case 'openai':
      return lines(`curl ${base}/chat/completions \\`, '  -H "Authorization: Bearer $GATEWAY_KEY" \\', `  ${json} \\`, `  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "${PROMPT}"}]}'`);
    case 'anthropic':
      return lines(
        `curl ${base}/v1/messages \\`,
        '  -H "x-api-key: $GATEWAY_KEY" \\',
        "  -H 'anthropic-version: 2023-06-01' \\",
        `  ${json} \\`,
        `  -d '{"model": "claude-haiku-4-5", "max_tokens": 256, "messages": [{"role": "user", "content": "${PROMPT}"}]}'`,
      );
    case 'azure':
      return lines(
        `curl "${base}/openai/deployments/${c.azureDeployment || 'YOUR_DEPLOYMENT'}/chat/completions?api-version=${AZURE_API_VERSION}" \\`,
        '  -H "api-key: $GATEWAY_KEY" \\',
        `  ${json} \\`,
        `  -d '{"messages": [{"role": "user", "content": "${PROMPT}"}]}'`,
      );
    case 'bedrock':
      return lines(
        `curl ${base}/model/${encodeURIComponent(BEDROCK_MODEL)}/converse \\`,
        '  -H "Authorization: Bearer $GATEWAY_KEY" \\',
        `  ${json} \\`,
        `  -d '{"messages": [{"role": "user", "content": [{"text": "${PROMPT}"}]}]}'`,
      );
    case 'vertex': {
      const location = c.vertexLocation || 'us-central1';
      return lines(
        `curl ${base}/projects/${c.vertexProject || 'YOUR_PROJECT'}/locations/${location}/publishers/google/models/gemini-2.5-flash:generateContent \\`,
        '  -H "Authorization: Bearer $GATEWAY_KEY" \\',
        `  ${json} \\`,
        `  -d '{"contents": [{"role": "user", "parts": [{"text": "${PROMPT}"}]}]}'`,
      );
    }
    case 'google':
      return lines(
        `curl ${base}/v1beta/models/gemini-2.5-flash:generateContent \\`,
        '  -H "x-goog-api-key: $GATEWAY_KEY" \\',
        `  ${json} \\`,
        `  -d '{"contents": [{"parts": [{"text": "${PROMPT}"}]}]}'`,
      );
  }
}

export function snippet(provider: SnippetProvider, language: SnippetLanguage, c: SnippetContext): string {
  if (language === 'python') return python(provider, c);
  if (language === 'typescript') return typescript(provider, c);
  return curl(provider, c);
}

/** The provider-neutral endpoint, for apps without a provider SDK. */
export function unifiedCurl(origin: string, model = 'openai/gpt-4o-mini'): string {
  return lines(`curl ${origin}/api/gateway \\`, '  -H "Authorization: Bearer $GATEWAY_KEY" \\', "  -H 'content-type: application/json' \\", `  -d '{"prompt": "${PROMPT}", "model": "${model}"}'`);
}

/** Placeholders a snippet still holds, so the page can say what to replace. */
export function placeholders(code: string): string[] {
  return [...new Set(code.match(/YOUR_[A-Z]+/g) ?? [])];
}

/** Fills the context from the organisation's stored credentials (their non-secret metadata). */
export function contextFromCredentials(origin: string, credentials: { provider: string; is_default: boolean; metadata: Record<string, unknown> | null }[]): SnippetContext {
  const pick = (provider: string) => {
    const list = credentials.filter((cr) => cr.provider === provider);
    return (list.find((cr) => cr.is_default) ?? list[0])?.metadata ?? {};
  };
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const azure = pick('azure');
  const aws = pick('bedrock');
  const vertex = pick('vertex');
  return { origin, azureResource: str(azure.resource), awsRegion: str(aws.region), vertexProject: str(vertex.project), vertexLocation: str(vertex.location) };
}
