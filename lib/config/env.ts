import { z } from 'zod';

/**
 * Every environment variable the product reads, validated once at boot. A bad value stops the boot
 * with a message naming the variable, instead of failing later on the request path.
 * The README's configuration table is generated from the `describe()` texts below.
 */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min = 0) => z.coerce.number().int().min(min);
const url = z.string().url();

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('Set to production by `npm start`.'),
  PORT: int(0).max(65535).default(3000).describe('Port the production server listens on.'),
  HOST: z.string().default('0.0.0.0').describe('Interface the production server binds to.'),
  GATEWAY_DASHBOARD_PROCESS: z
    .enum(['separate', 'inline'])
    .default('separate')
    .describe(
      'separate: the production server runs the dashboard and management API (Next.js) in a child process and proxies them, so gateway traffic never pays for the framework (its async-context hooks, patched globals and memory). inline: one process. The embedded database always runs inline.',
    ),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .describe('Postgres connection URL. Unset: embedded PGlite under GATEWAY_DATA_DIR.'),
  DATABASE_POOL_SIZE: int(1).default(10).describe('Postgres connections per instance.'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional()
    .describe('Redis URL for shared rate limits and cache invalidation. Unset: in-memory.'),
  GATEWAY_DATA_DIR: z.string().default('.data').describe('Directory for the embedded database and generated secrets.'),
  GATEWAY_MASTER_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
    .optional()
    .describe('AES-256 key (base64, 32 bytes) for provider credentials. Unset: generated into the data dir.'),
  GATEWAY_MASTER_KEY_PREVIOUS: z
    .string()
    .optional()
    .describe('Comma-separated earlier master keys, still accepted for decryption during rotation.'),
  NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional().describe('Session signing secret. Unset: generated into the data dir.'),
  NEXTAUTH_URL: url.optional().describe('Public URL of the dashboard (for sign-in redirects).'),
  GATEWAY_MAX_BODY_BYTES: int(1024).default(10 * 1024 * 1024).describe('Largest request body the gateway accepts (413 above).'),
  GATEWAY_MANAGEMENT_MAX_BODY_BYTES: int(1024).default(1024 * 1024).describe('Largest body the management API accepts.'),
  GATEWAY_ALLOW_PRIVATE_UPSTREAMS: bool.default(false).describe('Allow custom upstreams on private, loopback and link-local addresses.'),
  GATEWAY_GOOGLE_TOKEN_URL: url.default('https://oauth2.googleapis.com/token').describe('OAuth2 token endpoint for Vertex service accounts.'),
  GATEWAY_CONNECT_TIMEOUT_MS: int(1).default(10_000).describe('Upstream connect timeout.'),
  GATEWAY_FIRST_BYTE_TIMEOUT_MS: int(1).default(120_000).describe('Upstream time to response headers.'),
  GATEWAY_IDLE_TIMEOUT_MS: int(1).default(300_000).describe('Longest silence inside an upstream body.'),
  GATEWAY_MAX_RETRIES: int(0).max(10).default(2).describe('Retries on connect errors, 429 and 5xx before any byte reached the client.'),
  GATEWAY_RATE_LIMIT_PER_KEY: int(0).default(0).describe('Default requests per minute per gateway key (0: no limit).'),
  GATEWAY_RATE_LIMIT_PER_USER: int(0).default(0).describe('Default requests per minute per end user (X-Gateway-User-Id).'),
  GATEWAY_RATE_LIMIT_PER_ORG: int(0).default(0).describe('Default requests per minute per organisation.'),
  GATEWAY_RATE_LIMIT_PER_PROVIDER: int(0).default(0).describe('Default requests per minute per upstream provider.'),
  GATEWAY_UPSTREAM_CONNECTIONS: int(1).default(256).describe('Keep-alive connections per upstream host and pool.'),
  GATEWAY_CIRCUIT_THRESHOLD: int(1).default(5).describe('Consecutive upstream failures (connect errors, timeouts, 5xx) that open a host\'s circuit.'),
  GATEWAY_CIRCUIT_COOLDOWN_MS: int(1).default(30_000).describe('How long an open circuit fails fast before one probe call is let through.'),
  GATEWAY_USAGE_BATCH_SIZE: int(1).default(500).describe('Usage rows written per INSERT.'),
  GATEWAY_USAGE_FLUSH_MS: int(1).default(200).describe('Longest a usage row waits in memory before its batch is written.'),
  GATEWAY_USAGE_MAX_QUEUE: int(1).default(50_000).describe('Usage rows held in memory; beyond, rows go to the disk spool and readiness reports not ready.'),
  GATEWAY_SHUTDOWN_GRACE_MS: int(0).default(25_000).describe('On SIGTERM: how long in-flight requests and streams may finish before connections are closed and queues flushed.'),
  GATEWAY_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional().describe('Bearer token required by GET /api/metrics when set (open otherwise).'),
  GATEWAY_REQUEST_LOG: bool.default(true).describe('One JSON log line per gateway request (ids, status, timings; never prompts or keys).'),
  GATEWAY_ALERT_WEBHOOK_URL: url.optional().describe('Slack-compatible webhook for critical violations, fail-closed events, circuit openings and audit-chain breaks.'),
  GATEWAY_ALERTS_PER_MINUTE: int(1).default(5).describe('Alerts of one kind sent per minute; the rest are summed up in one summary message.'),
  GATEWAY_INJECTION_CLASSIFIER_URL: url.optional().describe('Optional external prompt-injection classifier.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Log level (JSON lines on stdout).'),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Invalid environment variable ${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Per-provider variables (`GATEWAY_UPSTREAM_<NAME>_URL`, `GATEWAY_RATE_LIMIT_PER_PROVIDER_<NAME>`). */
export const dynamicVariables: { name: string; pattern: RegExp; schema: z.ZodType; description: string }[] = [
  { name: 'GATEWAY_UPSTREAM_<PROVIDER>_URL', pattern: /^GATEWAY_UPSTREAM_[A-Z0-9_]+_URL$/, schema: url, description: "Replaces a provider's upstream base URL (e.g. GATEWAY_UPSTREAM_OPENAI_URL for a regional endpoint or a test double)." },
  { name: 'GATEWAY_RATE_LIMIT_PER_PROVIDER_<PROVIDER>', pattern: /^GATEWAY_RATE_LIMIT_PER_PROVIDER_[A-Z0-9_]+$/, schema: int(0), description: 'Requests per minute for one provider, instead of GATEWAY_RATE_LIMIT_PER_PROVIDER.' },
];

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  // Empty strings mean "unset" (docker-compose and .env files produce them).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  for (const [name, value] of Object.entries(cleaned)) {
    const rule = dynamicVariables.find((d) => d.pattern.test(name));
    if (!rule) continue;
    const parsed = rule.schema.safeParse(value);
    if (!parsed.success) throw new ConfigError(name, parsed.error.issues[0].message);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment; parsed on first use and then cached for the life of the process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests that change process.env. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** `GATEWAY_UPSTREAM_<PROVIDER>_URL`, read live so tests can point providers at a mock. */
export function upstreamOverride(provider: string): string | undefined {
  const value = process.env[`GATEWAY_UPSTREAM_${provider.toUpperCase().replace(/-/g, '_')}_URL`];
  return value ? value.replace(/\/+$/, '') : undefined;
}
