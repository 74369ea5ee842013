/**
 * Seeds an organisation with synthetic gateway traffic for the dashboards and their timing figures:
 *
 *   DATABASE_URL=postgres://…/gw_analytics npm run seed:analytics -- --rows 1000000 --violations 50000 [--days 90] [--keys 10]
 *
 * Postgres only (the embedded database is for single-instance use, not million-row benchmarks).
 * The database is created when missing and migrated. Request rows go through the gateway's own
 * batch writer query (db/queries/requests.ts), so `usage_hourly` is filled exactly as in
 * production; violations are linked to real request ids. A second, small organisation is seeded
 * beside it so tenant filtering is exercised. Prints the organisation id at the end.
 */
import { randomBytes } from 'node:crypto';
import { openPostgres } from '@/db/client';
import { createAccount } from '@/db/queries/accounts';
import { createApiKey } from '@/db/queries/keys';
import { insertRequestBatch } from '@/db/queries/requests';
import type { NewRequestRow } from '@/db/schema';
import { trustedOrgId, type OrgId } from '@/db/tenant';
import { uuidv7 } from '@/lib/ids';
import { computeCost } from '@/lib/usage/cost';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
}

const MODELS: [provider: string, model: string, weight: number][] = [
  ['openai', 'gpt-4o', 18],
  ['openai', 'gpt-4o-mini', 30],
  ['openai', 'gpt-4.1', 6],
  ['openai', 'o3-mini', 4],
  ['anthropic', 'claude-sonnet-4-5', 14],
  ['anthropic', 'claude-haiku-4-5', 10],
  ['google', 'gemini-2.5-flash', 8],
  ['google', 'gemini-2.5-pro', 3],
  ['bedrock', 'anthropic.claude-3-5-haiku-20241022-v1:0', 3],
  ['azure', 'gpt-4o', 2],
  ['mistral', 'mistral-large-latest', 1],
  ['custom', 'house-llm-7b', 1],
];
const VIOLATION_KINDS: [type: string, severity: 'critical' | 'high' | 'medium' | 'low', action: string, description: string, weight: number][] = [
  ['pii', 'medium', 'mask', 'E-mail address masked in prompt', 30],
  ['pii', 'high', 'mask', 'Payment card number masked in prompt', 12],
  ['secret', 'critical', 'block', 'AWS access key in prompt', 4],
  ['injection', 'high', 'block', 'Prompt injection: instruction override', 14],
  ['injection', 'critical', 'block', 'Prompt injection: system prompt exfiltration', 3],
  ['policy', 'medium', 'block', 'Model not allowed for this key', 10],
  ['tool', 'high', 'deny', 'Tool call denied: shell.exec', 8],
  ['budget', 'low', 'block', 'Daily budget reached', 6],
  ['rate', 'low', 'block', 'Rate limit reached', 13],
];

function weighted<T extends unknown[]>(items: T[], weightAt: number): () => T {
  const total = items.reduce((a, i) => a + (i[weightAt] as number), 0);
  return () => {
    let r = Math.random() * total;
    for (const item of items) if ((r -= item[weightAt] as number) < 0) return item;
    return items[items.length - 1];
  };
}

/** Log-normal latency around ~700 ms with a long tail. */
function latency(): number {
  const u = 1 - Math.random();
  const v = Math.random();
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.round(Math.exp(6.5 + 0.8 * normal) * 1000) / 1000;
}

async function ensureDatabase(url: string): Promise<void> {
  const { default: postgres } = await import('postgres');
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('use a database name of lowercase letters, digits and _');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  const [found] = await sql`select 1 from pg_database where datname = ${name}`;
  if (!found) await sql.unsafe(`create database ${name}`);
  await sql.end();
}

async function seedOrg(db: Parameters<typeof insertRequestBatch>[0], name: string, keyCount: number) {
  const email = `analytics-bench-${randomBytes(4).toString('hex')}@example.com`;
  const { user, org } = await createAccount(db, { email, name: 'Bench', passwordHash: 'x', organization: name });
  const orgId = trustedOrgId(org.id);
  const keys: string[] = [];
  for (let i = 0; i < keyCount; i++) keys.push((await createApiKey(db, orgId, { name: `agent-${String(i + 1).padStart(2, '0')}` }, user.id)).row.id);
  return { orgId, keys };
}

interface RowInput {
  orgId: OrgId;
  keys: string[];
  at: number;
  index: number;
}

const pickModel = weighted(MODELS, 2);
function makeRow({ orgId, keys, at, index }: RowInput): NewRequestRow {
  const [provider, model] = pickModel();
  const roll = Math.random();
  const status = roll < 0.01 ? 429 : roll < 0.02 ? 502 : roll < 0.03 ? 403 : 200;
  const ok = status === 200;
  const tokensIn = ok ? 50 + Math.floor(Math.random() * 2000) : 0;
  const tokensOut = ok ? 20 + Math.floor(Math.random() * 600) : 0;
  const tokensCached = ok && Math.random() < 0.2 ? Math.floor(tokensIn * 0.5) : 0;
  const cost = computeCost(provider, model, { inputTokens: tokensIn, outputTokens: tokensOut, cachedTokens: tokensCached, cacheWriteTokens: 0 });
  const total = ok ? latency() : 2 + Math.random() * 20;
  const overhead = 0.3 + Math.random() * 2;
  return {
    id: uuidv7(at),
    orgId,
    apiKeyId: keys[index % keys.length],
    requestId: `bench-${index}`,
    provider,
    model,
    method: 'POST',
    path: provider === 'anthropic' ? '/v1/messages' : '/v1/chat/completions',
    status,
    stream: Math.random() < 0.4,
    tokensIn,
    tokensOut,
    tokensCached,
    costUsd: ok ? cost.costUsd : 0,
    priceUnknown: ok && cost.priceUnknown,
    latencyMs: total,
    upstreamMs: ok ? total - overhead : null,
    overheadMs: overhead,
    ttfbMs: ok ? total * 0.4 : null,
    errorCode: status === 429 ? 'rate_limited' : status === 502 ? 'upstream_error' : status === 403 ? 'policy_denied' : null,
    decision: status === 403 ? 'block' : Math.random() < 0.05 ? 'mask' : 'allow',
    agentId: `agent-${index % 7}`,
    userId: `user-${index % 53}`,
    createdAt: new Date(at),
  };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL to a Postgres database (created if missing)');
  const rowCount = arg('rows', 1_000_000);
  const violationCount = arg('violations', 50_000);
  const days = arg('days', 90);
  const keyCount = Math.max(1, arg('keys', 10));
  await ensureDatabase(url);
  const database = await openPostgres(url, { poolSize: 4 });
  const db = database.db;
  const started = Date.now();
  const main = await seedOrg(db, 'Analytics bench', keyCount);
  const noise = await seedOrg(db, 'Analytics bench neighbour', 2);

  const end = Date.now();
  const span = days * 24 * 3_600_000;
  const batch = 5000;
  const write = async (org: { orgId: OrgId; keys: string[] }, count: number, prefix: number) => {
    for (let i = 0; i < count; i += batch) {
      const rows: NewRequestRow[] = [];
      // Oldest first, like real traffic; a daily rhythm makes the charts look like charts.
      for (let j = i; j < Math.min(count, i + batch); j++) {
        const at = end - span + Math.floor(((j + Math.random()) / count) * span);
        rows.push(makeRow({ ...org, at, index: prefix + j }));
      }
      await insertRequestBatch(db, rows);
      if ((i / batch) % 20 === 0) process.stdout.write(`  ${Math.min(count, i + batch).toLocaleString('en')} rows\n`);
    }
  };
  await write(main, rowCount, 0);
  await write(noise, Math.min(20_000, rowCount), 10_000_000);

  const pickViolation = weighted(VIOLATION_KINDS, 4);
  for (let i = 0; i < violationCount; i += batch) {
    const items = [];
    for (let j = i; j < Math.min(violationCount, i + batch); j++) {
      const index = Math.floor(((j + Math.random()) / violationCount) * rowCount);
      const at = end - span + Math.floor(((index + 0.5) / rowCount) * span);
      const [type, severity, action, description] = pickViolation();
      items.push({ id: uuidv7(at), org_id: main.orgId, request_id: `bench-${index}`, api_key_id: main.keys[index % main.keys.length], type, severity, direction: Math.random() < 0.85 ? 'request' : 'response', action, auto_blocked: action === 'block', detector: type === 'pii' ? 'pii' : type === 'injection' ? 'injection' : null, description, redacted_preview: type === 'pii' ? 'Contact me at [EMAIL_1] about…' : null, created_at: new Date(at).toISOString() });
    }
    await database.rows(
      `insert into violations (id, org_id, request_id, api_key_id, type, severity, direction, action, auto_blocked, detector, description, redacted_preview, created_at)
       select id, org_id, request_id, api_key_id, type, severity::severity, direction, action, auto_blocked, detector, description, redacted_preview, created_at
       from jsonb_to_recordset($1::jsonb) as r(id uuid, org_id uuid, request_id text, api_key_id uuid, type text, severity text, direction text, action text, auto_blocked boolean, detector text, description text, redacted_preview text, created_at timestamptz)`,
      [JSON.stringify(items)],
    );
  }
  await database.rows('analyze requests; analyze usage_hourly; analyze violations');
  const [counts] = await database.rows<{ requests: number; rollups: number; violations: number }>(
    'select (select count(*) from requests where org_id = $1)::int as requests, (select count(*) from usage_hourly where org_id = $1)::int as rollups, (select count(*) from violations where org_id = $1)::int as violations',
    [main.orgId],
  );
  process.stdout.write(`seeded org ${main.orgId} ("Analytics bench"): ${counts.requests.toLocaleString('en')} requests, ${counts.rollups.toLocaleString('en')} hourly rollup rows, ${counts.violations.toLocaleString('en')} violations in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  await database.close();
}

main().catch((error: Error) => {
  process.stderr.write(`error: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
