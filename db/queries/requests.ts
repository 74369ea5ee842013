import { sql } from 'drizzle-orm';
import { LATENCY_BOUNDS_MS } from '@/lib/usage/histogram';
import type { Db } from '../client';
import type { NewRequestRow } from '../schema';

/**
 * Columns of a request row as they travel in the batch's JSON (snake_case, the table's names) and
 * their SQL types for `jsonb_to_recordset`.
 */
/** [field, column, SQL type, default when the row leaves the field out] */
const COLUMNS: [keyof NewRequestRow, string, string, string?][] = [
  ['id', 'id', 'uuid'],
  ['orgId', 'org_id', 'uuid'],
  ['apiKeyId', 'api_key_id', 'uuid'],
  ['requestId', 'request_id', 'text'],
  ['provider', 'provider', 'text'],
  ['model', 'model', 'text'],
  ['method', 'method', 'text'],
  ['path', 'path', 'text'],
  ['status', 'status', 'integer'],
  ['stream', 'stream', 'boolean', 'false'],
  ['tokensIn', 'tokens_in', 'integer', '0'],
  ['tokensOut', 'tokens_out', 'integer', '0'],
  ['tokensCached', 'tokens_cached', 'integer', '0'],
  ['tokensCacheWrite', 'tokens_cache_write', 'integer', '0'],
  ['costUsd', 'cost_usd', 'double precision'],
  ['priceUnknown', 'price_unknown', 'boolean', 'false'],
  ['latencyMs', 'latency_ms', 'double precision'],
  ['upstreamMs', 'upstream_ms', 'double precision'],
  ['overheadMs', 'overhead_ms', 'double precision'],
  ['ttfbMs', 'ttfb_ms', 'double precision'],
  ['requestBytes', 'request_bytes', 'bigint'],
  ['responseBytes', 'response_bytes', 'bigint'],
  ['agentId', 'agent_id', 'text'],
  ['userId', 'user_id', 'text'],
  ['userGroup', 'user_group', 'text'],
  ['errorCode', 'error_code', 'text'],
  ['decision', 'decision', 'text'],
  ['metadata', 'metadata', 'jsonb'],
  ['prompt', 'prompt', 'text'],
  ['response', 'response', 'text'],
  ['createdAt', 'created_at', 'timestamptz', 'now()'],
];

const NO_KEY = '00000000-0000-0000-0000-000000000000';
const names = COLUMNS.map(([, column]) => column).join(', ');
const selected = COLUMNS.map(([, column, , fallback]) => (fallback ? `coalesce(${column}, ${fallback})` : column)).join(', ');
const recordType = COLUMNS.map(([, column, type]) => `${column} ${type}`).join(', ');
/** One count per latency bucket (bounds shared with the dashboards), in bucket order. */
const bucketCounts = LATENCY_BOUNDS_MS.map((upper, i) => {
  const lower = i === 0 ? null : LATENCY_BOUNDS_MS[i - 1];
  const conditions = [lower === null ? null : `latency_ms > ${lower}`, Number.isFinite(upper) ? `latency_ms <= ${upper}` : null].filter(Boolean);
  return `(count(*) filter (where ${conditions.join(' and ')}))::int`;
}).join(', ');

/** Folds the inserted rows into one rollup table (hourly or daily, UTC), adding to existing rows. */
function rollupInsert(table: 'usage_hourly' | 'usage_daily', grain: 'hour' | 'day'): string {
  return `insert into ${table} as u (org_id, ${grain}, provider, model, api_key_id, requests, errors, blocked, unpriced, tokens_in, tokens_out, tokens_cached, cost_usd, latency_ms_sum, overhead_ms_sum, latency_buckets)
  select org_id, date_trunc('${grain}', created_at at time zone 'UTC') at time zone 'UTC', provider, coalesce(model, ''), coalesce(api_key_id, '${NO_KEY}'::uuid),
    count(*)::int,
    (count(*) filter (where status >= 400 or error_code is not null))::int,
    (count(*) filter (where decision = 'block'))::int,
    (count(*) filter (where price_unknown))::int,
    coalesce(sum(tokens_in), 0), coalesce(sum(tokens_out), 0), coalesce(sum(tokens_cached), 0),
    coalesce(sum(cost_usd), 0), coalesce(sum(latency_ms), 0), coalesce(sum(overhead_ms), 0),
    array[${bucketCounts}]
  from inserted
  group by 1, 2, 3, 4, 5
  on conflict (org_id, ${grain}, provider, model, api_key_id) do update set
    requests = u.requests + excluded.requests,
    errors = u.errors + excluded.errors,
    blocked = u.blocked + excluded.blocked,
    unpriced = u.unpriced + excluded.unpriced,
    tokens_in = u.tokens_in + excluded.tokens_in,
    tokens_out = u.tokens_out + excluded.tokens_out,
    tokens_cached = u.tokens_cached + excluded.tokens_cached,
    cost_usd = u.cost_usd + excluded.cost_usd,
    latency_ms_sum = u.latency_ms_sum + excluded.latency_ms_sum,
    overhead_ms_sum = u.overhead_ms_sum + excluded.overhead_ms_sum,
    latency_buckets = (select array_agg(coalesce(a, 0) + coalesce(b, 0) order by n) from unnest(u.latency_buckets, excluded.latency_buckets) with ordinality as t(a, b, n))
  returning 1`;
}

/**
 * One statement per batch: the rows arrive as a single JSON parameter, are inserted with
 * ON CONFLICT DO NOTHING (rows carry gateway-made ids, so a batch replayed after a failure inserts
 * only what is missing), and only the rows actually inserted are folded into the hourly and daily rollups and
 * the keys' last-used times. Nothing is counted twice, and the database does the per-row work.
 */
const STATEMENT = `
with input as (
  select * from jsonb_to_recordset($1::jsonb) as r(${recordType})
), inserted as (
  insert into requests (${names})
  select ${selected} from input
  on conflict (id) do nothing
  returning org_id, api_key_id, provider, model, status, error_code, decision, price_unknown, tokens_in, tokens_out, tokens_cached, cost_usd, latency_ms, overhead_ms, created_at
), rollup as (
  ${rollupInsert('usage_hourly', 'hour')}
), daily as (
  ${rollupInsert('usage_daily', 'day')}
), touched as (
  update api_keys k set last_used_at = greatest(coalesce(k.last_used_at, l.at), l.at)
  from (select api_key_id, max(created_at) as at from inserted where api_key_id is not null group by 1) l
  where k.id = l.api_key_id
  returning 1
)
select (select count(*) from inserted)::int as inserted`;

const [BEFORE_PARAM, AFTER_PARAM] = STATEMENT.split('$1');

function toRecord(row: NewRequestRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, column] of COLUMNS) {
    const value = row[field];
    if (value !== undefined && value !== null) out[column] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/** Writes a batch of request rows (and their rollups) in one round trip; returns how many were new. */
export async function insertRequestBatch(db: Db, rows: NewRequestRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const payload = JSON.stringify(rows.map(toRecord));
  const result = await db.execute(sql`${sql.raw(BEFORE_PARAM)}${payload}${sql.raw(AFTER_PARAM)}`);
  return readInserted(result);
}

function readInserted(result: unknown): number {
  const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
  return Number((rows[0] as { inserted?: number } | undefined)?.inserted ?? 0);
}
