import { ALNUM, BASE64, BASE64URL, DIGITS, HEX, LOWER, Random, UPPER } from './random';

/** Credential values in each vendor's published format (random, never real). */
export const SECRET_GENERATORS: Record<string, (r: Random) => string> = {
  AWS_ACCESS_KEY_ID: (r) => r.pick(['AKIA', 'ASIA']) + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
  AWS_SECRET_ACCESS_KEY: (r) => r.chars(ALNUM + '/+', 40),
  AZURE_API_KEY: (r) => r.chars(HEX, 32),
  OPENAI_API_KEY: (r) => r.pick([`sk-proj-${r.chars(BASE64URL, 48)}T3BlbkFJ${r.chars(BASE64URL, 48)}`, `sk-${r.chars(ALNUM, 20)}T3BlbkFJ${r.chars(ALNUM, 20)}`, `sk-svcacct-${r.chars(BASE64URL, 64)}`]),
  ANTHROPIC_API_KEY: (r) => `sk-ant-api03-${r.chars(BASE64URL, 93)}AA`,
  GOOGLE_API_KEY: (r) => `AIza${r.chars(BASE64URL, 35)}`,
  GOOGLE_OAUTH_SECRET: (r) => r.pick([`GOCSPX-${r.chars(BASE64URL, 28)}`, `ya29.a0${r.chars(BASE64URL, 120)}`]),
  STRIPE_KEY: (r) => `${r.pick(['sk_live_', 'sk_test_', 'rk_live_'])}${r.chars(ALNUM, r.int(24, 99))}`,
  GITHUB_TOKEN: (r) => r.pick([`${r.pick(['ghp_', 'gho_', 'ghs_'])}${r.chars(ALNUM, 36)}`, `github_pat_${r.chars(ALNUM, 22)}_${r.chars(ALNUM, 59)}`]),
  GITLAB_TOKEN: (r) => `glpat-${r.chars(BASE64URL, 20)}`,
  SLACK_TOKEN: (r) => `${r.pick(['xoxb', 'xoxp'])}-${r.digits(12)}-${r.digits(13)}-${r.chars(ALNUM, 24)}`,
  SLACK_WEBHOOK: (r) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`,
  TWILIO_CREDENTIAL: (r) => `${r.pick(['AC', 'SK'])}${r.chars(HEX, 32)}`,
  SENDGRID_API_KEY: (r) => `SG.${r.chars(BASE64URL, 22)}.${r.chars(BASE64URL, 43)}`,
  PACKAGE_REGISTRY_TOKEN: (r) => `npm_${r.chars(ALNUM, 36)}`,
  HUGGINGFACE_TOKEN: (r) => `hf_${r.chars(ALNUM, 34)}`,
  JWT: (r) => {
    const b64 = (s: string) => Buffer.from(s).toString('base64url');
    const header = b64(JSON.stringify({ alg: r.pick(['HS256', 'RS256']), typ: 'JWT' }));
    const payload = b64(JSON.stringify({ sub: r.digits(8), name: 'user', iat: 1700000000 + r.int(0, 9999999) }));
    return `${header}.${payload}.${r.chars(BASE64URL, r.pick([43, 86]))}`;
  },
  PRIVATE_KEY: (r) => {
    const label = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
    const lines = Array.from({ length: r.int(3, 8) }, () => r.chars(BASE64, 64));
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n${r.chars(BASE64, 20)}==\n-----END ${label}-----`;
  },
  PASSWORD: (r) => r.pick([
    `${r.chars(UPPER, 1)}${r.chars(LOWER, 5)}${r.digits(2)}${r.pick(['!', '#', '$', '%', '&', '*'])}`,
    `${r.chars(ALNUM, 12)}`,
    `${r.chars(LOWER, 4)}-${r.chars(LOWER, 5)}-${r.digits(3)}`,
    `${r.chars(LOWER, 6)}${r.digits(4)}`,
  ]),
  GENERIC_SECRET: (r) => r.pick([r.chars(ALNUM, 32), r.chars(HEX, 40), r.chars(BASE64URL, 28), `${r.chars(ALNUM, 8)}.${r.chars(ALNUM, 24)}`]),
};

export function connectionString(r: Random): string {
  const scheme = r.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqps']);
  const user = r.pick(['app', 'admin', 'svc_billing', 'root', 'etl']);
  const host = r.pick(['db.internal', 'prod-db.cluster-abc123.eu-west-1.rds.amazonaws.com', '10.0.3.17', 'cache.example.net', 'mq.example.io']);
  const port = r.pick([':5432', ':3306', ':6379', '', ':5671']);
  const path = r.pick(['/app', '/billing?sslmode=require', '', '/0', '/orders']);
  return `${scheme}://${user}:${SECRET_GENERATORS.PASSWORD(r)}@${host}${port}${path}`;
}

export function urlWithCredentials(r: Random): string {
  return `${r.pick(['https', 'ftp', 'https', 'sftp'])}://${r.pick(['deploy', 'ci-bot', 'alice', 'backup'])}:${r.chars(ALNUM, r.int(8, 16))}@${r.pick(['git.example.com', 'files.example.org', 'registry.internal:8443', 'ftp.example.net'])}`;
}

export function azureConnectionString(r: Random): string {
  return `DefaultEndpointsProtocol=https;AccountName=${r.chars(LOWER, 10)};AccountKey=${r.chars(ALNUM + '+/', 86)}==;EndpointSuffix=core.windows.net`;
}

/** The value inside a service-account JSON's "private_key" string, with escaped line breaks. */
export function gcpPrivateKeyValue(r: Random): string {
  const lines = Array.from({ length: r.int(3, 6) }, () => r.chars(BASE64, 64));
  return `-----BEGIN PRIVATE KEY-----\\n${lines.join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
}
