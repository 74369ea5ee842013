import type { PatternRecognizer } from '@/lib/guards/pii/engine/types';
import { ASSIGNMENT, KEY_END, KEY_START, secretPattern } from './define';

const PEM_LABEL = String.raw`(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?`;
/** The complete closing line; until it arrives a streamed key is held back. */
export const PEM_END_LINE = new RegExp(`-----END ${PEM_LABEL}-----`);
/** A line break inside a PEM block: real, or escaped inside a JSON/YAML string. */
const PEM_BREAK = String.raw`(?:\r?\n|(?:\\r)?\\n)`;

/** Values that name a secret instead of containing one: types, placeholders, templates, env lookups. */
const PLACEHOLDER_VALUES = new Set([
  'string', 'str', 'number', 'int', 'boolean', 'bool', 'any', 'undefined', 'null', 'none', 'nil', 'true', 'false',
  'optional', 'required', 'text', 'varchar', 'password', 'passwd', 'secret', 'your_password', 'yourpassword',
  'your-password', 'changeit', 'redacted', 'hidden', 'masked', 'example', 'placeholder', 'empty', 'env', 'self',
]);
const TEMPLATED_VALUE = /^(?:[$%<{[*#(]|\\|process\.|os\.|env\.|import\.|getenv|config\.|settings\.|self\.|this\.|args\.|params\.|options\.|opts\.|req\.|request\.|input\(|x{3,}$|\.{3})/i;
const FORBIDDEN_INSIDE = /[()]|^\*+$|^-+$|^_+$/;

function isLiteralPassword(value: string): boolean {
  const lower = value.toLowerCase();
  if (value.length < 4 || PLACEHOLDER_VALUES.has(lower)) return false;
  return !TEMPLATED_VALUE.test(value) && !FORBIDDEN_INSIDE.test(value);
}

/** In prose ("the password is incorrect") only values that do not read as a plain word count. */
const NOT_A_PLAIN_WORD = /\d|[^\p{L}]|\p{Ll}\p{Lu}/u;

function isPasswordInProse(value: string): boolean {
  return isLiteralPassword(value) && NOT_A_PLAIN_WORD.test(value);
}

/** "password", "adminPassword", "DB_PASS", "smtp.pwd" - but not "bypass" or "compass". */
const PASSWORD_KEYS = String.raw`(?:(?:[A-Za-z0-9]+[_\-.])*(?:[A-Za-z0-9]*(?:password|passwd|passphrase)|pass|pwd)|passwort|kennwort|mot de passe|mdp|contraseña|contrasena|clave|senha|wachtwoord)`;

const TRAILING_URL_PUNCTUATION = /[.,;:!?)\]}>'"]+$/;

/** URLs at the end of a sentence do not own the full stop after them. */
function withoutTrailingPunctuation(value: string): number {
  const trimmed = value.replace(TRAILING_URL_PUNCTUATION, '');
  return trimmed.length > 0 ? trimmed.length : 0;
}

const DB_SCHEMES = 'postgres|postgresql|mysql|mariadb|mongodb|mongodb\\+srv|redis|rediss|amqp|amqps|mssql|sqlserver|oracle|couchdb|neo4j|clickhouse|cockroachdb|jdbc:[a-z]+|snowflake|memcached|cassandra';

export const credentialRecognizers: PatternRecognizer[] = [
  secretPattern({
    id: 'jwt',
    type: 'JWT',
    source: `${KEY_START}eyJ[A-Za-z0-9_\\-]{5,}\\.eyJ[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]{10,}${KEY_END}`,
    literals: ['eyJ'],
    after: 8192,
    score: 0.9,
    maxLength: 8192,
    opener: { literal: 'eyJ' },
  }),
  secretPattern({
    id: 'pem.private_key',
    type: 'PRIVATE_KEY',
    source: `-----BEGIN ${PEM_LABEL}-----(?:${PEM_BREAK}|[A-Za-z0-9+/=:,\\- \\t])*?-----END ${PEM_LABEL}-----|-----BEGIN ${PEM_LABEL}-----${PEM_BREAK}(?:[A-Za-z0-9+/=]{16,}${PEM_BREAK}?)+`,
    literals: ['-----BEGIN'],
    after: 16384,
    score: 0.99,
    maxLength: 16384,
    spansWhitespace: true,
    opener: { literal: '-----BEGIN', closer: PEM_END_LINE },
  }),
  secretPattern({
    id: 'password.assignment',
    type: 'PASSWORD',
    source: `(?<![A-Za-z0-9_])${PASSWORD_KEYS}${ASSIGNMENT}([^\\s"'\`,;]{4,128})`,
    flags: 'gid',
    valueGroup: 1,
    literals: ['pass', 'pwd', 'passwort', 'kennwort', 'mot de passe', 'mdp', 'contrase', 'clave', 'senha', 'wachtwoord'],
    ignoreCase: true,
    before: 24,
    after: 160,
    validate: isLiteralPassword,
    score: 0.85,
    maxLength: 128,
  }),
  secretPattern({
    id: 'password.prose',
    type: 'PASSWORD',
    source: String.raw`${PASSWORD_KEYS}(?: is| ist| est| es| è| é| is:|:)\s+["'\x60]?([^\s"'\x60,;]{4,128}?)["'\x60]?(?=[\s,;)]|[.,:;](?:\s|$)|$)`,
    flags: 'gid',
    valueGroup: 1,
    literals: ['pass', 'pwd', 'passwort', 'kennwort', 'mot de passe', 'contrase', 'clave', 'senha', 'wachtwoord'],
    ignoreCase: true,
    after: 160,
    validate: isPasswordInProse,
    score: 0.8,
    maxLength: 128,
  }),
  secretPattern({
    id: 'connection_string.database',
    type: 'CONNECTION_STRING',
    source: String.raw`(?<![\w+.\-])(?:${DB_SCHEMES})://[^\s:@/"'<>]*:[^\s@/"'<>]+@[^\s/"'<>?#]+(?:/[^\s"'<>]*)?`,
    literals: ['://'],
    before: 24,
    after: 512,
    validate: withoutTrailingPunctuation,
    score: 0.95,
    maxLength: 600,
  }),
  secretPattern({
    id: 'url.with_credentials',
    type: 'URL_WITH_CREDENTIALS',
    source: String.raw`(?<![\w+.\-])(?:https?|ftp|ftps|sftp|ssh|smtp|smtps|imap|imaps|ldap|ldaps|git|svn|ws|wss)://[^\s:@/"'<>]+:[^\s@/"'<>]+@[^\s/"'<>?#]+`,
    literals: ['://'],
    before: 8,
    after: 400,
    validate: withoutTrailingPunctuation,
    score: 0.9,
    maxLength: 420,
  }),
];

