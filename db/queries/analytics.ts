import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { LATENCY_BOUNDS_MS } from '@/lib/usage/histogram';
import type { Db } from '../client';
import { apiKeys, usageDaily, usageHourly, violations } from '../schema';
import { forOrg, type OrgId } from '../tenant';

/**
 * Dashboard aggregates. Usage comes only from the rollups (`usage_daily` and `usage_hourly`,
 * maintained with every batch of request rows), never from a scan of `requests`; violations are counted from their own table
 * through the (org_id, created_at) index. Callers fold the grouped rows (lib/analytics/fold.ts).
 */

/** Rollup rows with no gateway key (unauthenticated calls are not recorded, but the column is not null). */
export const NO_KEY = '00000000-0000-0000-0000-000000000000';

export type UsageDim = 't' | 'provider' | 'model' | 'key';

export interface UsageWindow {
  start: Date;
  end: Date;
  /** Needed when `t` is a dimension. */
  bucket?: 'hour' | 'day';
  /** Day buckets start at midnight in this IANA zone. */
  tz?: string;
}

export interface UsageFilter {
  provider?: string;
  model?: string;
  apiKeyId?: string;
}

/** One grouped row: the dimensions asked for, then every additive measure of the rollup. */
export interface UsageRow {
  t?: number;
  provider?: string;
  model?: string;
  key?: string;
  requests: number;
  errors: number;
  blocked: number;
  unpriced: number;
  tokensIn: number;
  tokensOut: number;
  tokensCached: number;
  costUsd: number;
  latencyMsSum: number;
  overheadMsSum: number;
  /** Summed latency histogram (bounds in lib/usage/histogram.ts). */
  buckets: number[];
}

type RollupTable = typeof usageHourly | typeof usageDaily;

// Summed as float8: both drivers hand over plain numbers (int8 would be a string), and a sum of
// bigint columns would otherwise be computed in numeric, several times slower per row.
const sum = (column: SQL | AnyPgColumn) => sql<number>`coalesce(sum(${column}::float8), 0)`.mapWith(Number);

function measuresOf(t: RollupTable) {
  return {
    requests: sum(t.requests),
    errors: sum(t.errors),
    blocked: sum(t.blocked),
    unpriced: sum(t.unpriced),
    tokensIn: sum(t.tokensIn),
    tokensOut: sum(t.tokensOut),
    tokensCached: sum(t.tokensCached),
    costUsd: sum(t.costUsd),
    latencyMsSum: sum(t.latencyMsSum),
    overheadMsSum: sum(t.overheadMsSum),
    ...Object.fromEntries(LATENCY_BOUNDS_MS.map((_, i) => [`b${i}`, sum(sql`${t.latencyBuckets}[${sql.raw(String(i + 1))}]`)])),
  };
}

const DAY = 86_400_000;
const isUtc = (tz: string | undefined) => !tz || tz === 'UTC' || tz === 'Etc/UTC';

async function aggregateFrom(db: Db, orgId: OrgId, table: RollupTable, window: UsageWindow, by: UsageDim[], filter: UsageFilter): Promise<UsageRow[]> {
  const time = table === usageDaily ? usageDaily.day : usageHourly.hour;
  const dims: Record<string, SQL> = {};
  if (by.includes('t')) {
    const bucket = window.bucket === 'day' ? (table === usageDaily ? sql`${time}` : sql`date_trunc('day', ${time}, ${window.tz ?? 'UTC'})`) : sql`${time}`;
    dims.t = sql<number>`(extract(epoch from ${bucket}) * 1000)::float8`.mapWith(Number);
  }
  if (by.includes('provider')) dims.provider = sql<string>`${table.provider}`;
  if (by.includes('model')) dims.model = sql<string>`${table.model}`;
  if (by.includes('key')) dims.key = sql<string>`${table.apiKeyId}::text`;
  const where = forOrg(
    table,
    orgId,
    gte(time, window.start),
    lt(time, window.end),
    filter.provider ? eq(table.provider, filter.provider) : undefined,
    filter.model !== undefined ? eq(table.model, filter.model) : undefined,
    filter.apiKeyId ? eq(table.apiKeyId, filter.apiKeyId) : undefined,
  );
  // By position: a bound time-zone parameter repeated in GROUP BY would not match the SELECT's.
  const groups = Object.keys(dims).map((_, i) => sql.raw(String(i + 1)));
  const query = db
    .select({ ...dims, ...measuresOf(table) })
    .from(table)
    .where(where);
  const rows = (groups.length ? await query.groupBy(...groups) : await query) as unknown as Record<string, number | string>[];
  return rows.map((r) => ({
    t: r.t as number | undefined,
    provider: r.provider as string | undefined,
    model: r.model as string | undefined,
    key: r.key as string | undefined,
    requests: r.requests as number,
    errors: r.errors as number,
    blocked: r.blocked as number,
    unpriced: r.unpriced as number,
    tokensIn: r.tokensIn as number,
    tokensOut: r.tokensOut as number,
    tokensCached: r.tokensCached as number,
    costUsd: r.costUsd as number,
    latencyMsSum: r.latencyMsSum as number,
    overheadMsSum: r.overheadMsSum as number,
    buckets: LATENCY_BOUNDS_MS.map((_, i) => r[`b${i}`] as number),
  }));
}

/**
 * Grouped usage over a window. Whole UTC days inside the window are read from `usage_daily`
 * and only the partial days at either end from `usage_hourly`, so a 90-day query reads about
 * 90 x (models x keys) rows whatever the traffic. Day buckets in another time zone cannot be
 * cut from UTC days and read the hourly table throughout. Rows of the parts are returned as
 * they are; callers fold them by the same dimensions (a group may appear up to three times).
 */
export async function aggregateUsage(db: Db, orgId: OrgId, window: UsageWindow, by: UsageDim[], filter: UsageFilter = {}): Promise<UsageRow[]> {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const firstDay = Math.ceil(start / DAY) * DAY;
  const lastDay = Math.floor(end / DAY) * DAY;
  const hourlyOnly = (by.includes('t') && window.bucket === 'hour') || (by.includes('t') && !isUtc(window.tz)) || firstDay >= lastDay;
  if (hourlyOnly) return aggregateFrom(db, orgId, usageHourly, window, by, filter);
  const parts: Promise<UsageRow[]>[] = [aggregateFrom(db, orgId, usageDaily, { ...window, start: new Date(firstDay), end: new Date(lastDay) }, by, filter)];
  if (start < firstDay) parts.push(aggregateFrom(db, orgId, usageHourly, { ...window, end: new Date(firstDay) }, by, filter));
  if (lastDay < end) parts.push(aggregateFrom(db, orgId, usageHourly, { ...window, start: new Date(lastDay) }, by, filter));
  return (await Promise.all(parts)).flat();
}

export type ViolationDim = 't' | 'type' | 'severity';

export interface ViolationCountRow {
  t?: number;
  type?: string;
  severity?: string;
  shadow: boolean;
  count: number;
}

/** Violations in a window, grouped; shadow-mode findings are kept apart (they changed nothing). */
export async function countViolations(db: Db, orgId: OrgId, window: UsageWindow, by: ViolationDim[]): Promise<ViolationCountRow[]> {
  const dims: Record<string, SQL> = {};
  if (by.includes('t')) {
    const bucket = window.bucket === 'day' ? sql`date_trunc('day', ${violations.createdAt}, ${window.tz ?? 'UTC'})` : sql`date_trunc('hour', ${violations.createdAt})`;
    dims.t = sql<number>`(extract(epoch from ${bucket}) * 1000)::float8`.mapWith(Number);
  }
  if (by.includes('type')) dims.type = sql<string>`${violations.type}`;
  if (by.includes('severity')) dims.severity = sql<string>`${violations.severity}::text`;
  dims.shadow = sql<boolean>`${violations.shadow}`;
  const rows = (await db
    .select({ ...dims, count: sql<number>`count(*)::float8`.mapWith(Number) })
    .from(violations)
    .where(forOrg(violations, orgId, gte(violations.createdAt, window.start), lt(violations.createdAt, window.end)))
    .groupBy(...Object.keys(dims).map((_, i) => sql.raw(String(i + 1))))) as unknown as ViolationCountRow[];
  return rows;
}

export interface KeyLabel {
  id: string;
  name: string;
  masked: string;
  status: string;
}

/** Names of the keys that appear in a breakdown (a handful of ids, one indexed lookup). */
export async function keyLabels(db: Db, orgId: OrgId, ids: string[]): Promise<Map<string, KeyLabel>> {
  const wanted = [...new Set(ids)].filter((id) => id !== NO_KEY);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, lastFour: apiKeys.lastFour, status: apiKeys.status })
    .from(apiKeys)
    .where(and(forOrg(apiKeys, orgId), inArray(apiKeys.id, wanted)));
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, masked: `${r.prefix}…${r.lastFour}`, status: r.status }]));
}
