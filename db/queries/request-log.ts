import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { apiKeys, approvals, requests, violations, type Approval, type RequestRow, type Violation } from '../schema';
import { forOrg, type OrgId } from '../tenant';
import { aggregateUsage, NO_KEY } from './analytics';

/**
 * The request log: newest first, paged by keyset on (created_at, id) through
 * `requests_org_time_idx`, so the first page and every later page cost the same.
 */

export interface RequestLogFilter {
  apiKeyId?: string;
  provider?: string;
  model?: string;
  /** ok | error | blocked | 4xx | 5xx | a status code. */
  status?: string;
  decision?: string;
  requestId?: string;
  agentId?: string;
  userId?: string;
  start?: Date;
  end?: Date;
}

/** Where a page ends: the last row's time (microseconds, as Postgres keeps it) and id. */
export interface LogCursor {
  ts: string;
  id: string;
}

export type LogRow = RequestRow & { keyName: string | null; keyPrefix: string | null; keyLastFour: string | null; cursorTs: string };

// Errors are counted the same way the rollups count them (db/queries/requests.ts).
const isError = sql`(${requests.status} >= 400 or ${requests.errorCode} is not null)`;

function statusCondition(status: string | undefined): SQL | undefined {
  if (!status) return undefined;
  if (status === 'ok') return sql`not ${isError}`;
  if (status === 'error') return isError;
  if (status === 'blocked') return eq(requests.decision, 'block');
  if (/^[1-5]xx$/.test(status)) {
    const base = Number(status[0]) * 100;
    return and(gte(requests.status, base), lt(requests.status, base + 100));
  }
  return eq(requests.status, Number(status));
}

function conditions(orgId: OrgId, f: RequestLogFilter): SQL {
  return forOrg(
    requests,
    orgId,
    f.apiKeyId ? eq(requests.apiKeyId, f.apiKeyId) : undefined,
    f.provider ? eq(requests.provider, f.provider) : undefined,
    f.model ? eq(requests.model, f.model) : undefined,
    statusCondition(f.status),
    f.decision ? eq(requests.decision, f.decision) : undefined,
    f.requestId ? eq(requests.requestId, f.requestId) : undefined,
    f.agentId ? eq(requests.agentId, f.agentId) : undefined,
    f.userId ? eq(requests.userId, f.userId) : undefined,
    f.start ? gte(requests.createdAt, f.start) : undefined,
    f.end ? lt(requests.createdAt, f.end) : undefined,
  );
}

// The index is (org_id, created_at DESC NULLS LAST, id DESC NULLS LAST); a plain DESC means NULLS
// FIRST and would not match it, turning the first page into a sort of every row of the organisation.
const NEWEST_FIRST = [sql`${requests.createdAt} desc nulls last`, sql`${requests.id} desc nulls last`];

const selection = {
  row: requests,
  keyName: apiKeys.name,
  keyPrefix: apiKeys.prefix,
  keyLastFour: apiKeys.lastFour,
  // Text keeps the microseconds a JS Date would drop, so the cursor never skips or repeats a row.
  cursorTs: sql<string>`to_char(${requests.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
};

export async function listRequestLog(db: Db, orgId: OrgId, filter: RequestLogFilter, page: { limit: number; offset?: number; cursor?: LogCursor }): Promise<{ rows: LogRow[]; hasMore: boolean }> {
  const after = page.cursor ? sql`(${requests.createdAt}, ${requests.id}) < ((${page.cursor.ts}::timestamp at time zone 'UTC'), ${page.cursor.id}::uuid)` : undefined;
  let query = db
    .select(selection)
    .from(requests)
    .leftJoin(apiKeys, eq(apiKeys.id, requests.apiKeyId))
    .where(and(conditions(orgId, filter), after))
    .orderBy(...NEWEST_FIRST)
    .limit(page.limit + 1)
    .$dynamic();
  if (page.offset) query = query.offset(page.offset);
  const found = await query;
  const rows = found.slice(0, page.limit).map((r) => ({ ...r.row, keyName: r.keyName, keyPrefix: r.keyPrefix, keyLastFour: r.keyLastFour, cursorTs: r.cursorTs }));
  return { rows, hasMore: found.length > page.limit };
}

/** Above this many matches an exact count costs more than the page itself; the API says "at least". */
export const COUNT_CAP = 10_000;

const HOUR = 3_600_000;
const onHour = (d: Date | undefined) => !d || d.getTime() % HOUR === 0;

/**
 * How many rows match. When every filter is one the rollups carry (key, provider, model,
 * error/blocked, whole-hour dates), the hourly rollups answer exactly without touching
 * `requests`; otherwise a count bounded at COUNT_CAP.
 */
export async function countRequestLog(db: Db, orgId: OrgId, f: RequestLogFilter): Promise<{ total: number; exact: boolean }> {
  const rollupable = !f.decision && !f.requestId && !f.agentId && !f.userId && (!f.status || ['ok', 'error', 'blocked'].includes(f.status)) && onHour(f.start) && onHour(f.end);
  if (rollupable) {
    const window = { start: f.start ?? new Date(0), end: f.end ?? new Date(Math.ceil(Date.now() / HOUR) * HOUR + HOUR) };
    const [m] = await aggregateUsage(db, orgId, window, [], { apiKeyId: f.apiKeyId, provider: f.provider, model: f.model }).then((parts) => [
      parts.reduce((acc, p) => ({ requests: acc.requests + p.requests, errors: acc.errors + p.errors, blocked: acc.blocked + p.blocked }), { requests: 0, errors: 0, blocked: 0 }),
    ]);
    const total = f.status === 'error' ? m.errors : f.status === 'blocked' ? m.blocked : f.status === 'ok' ? m.requests - m.errors : m.requests;
    return { total, exact: true };
  }
  const [row] = await db
    .select({ n: sql<number>`count(*)::float8`.mapWith(Number) })
    .from(db.select({ one: sql`1` }).from(requests).where(conditions(orgId, f)).limit(COUNT_CAP + 1).as('capped'));
  return row.n > COUNT_CAP ? { total: COUNT_CAP, exact: false } : { total: row.n, exact: true };
}

export interface RequestDetail {
  row: LogRow;
  violations: Violation[];
  approvals: Approval[];
}

/** One request with what the gateway decided about it: its violations and any approval holds. */
export async function getRequestDetail(db: Db, orgId: OrgId, id: string): Promise<RequestDetail | undefined> {
  const [found] = await db.select(selection).from(requests).leftJoin(apiKeys, eq(apiKeys.id, requests.apiKeyId)).where(forOrg(requests, orgId, eq(requests.id, id))).limit(1);
  if (!found) return undefined;
  const row: LogRow = { ...found.row, keyName: found.keyName, keyPrefix: found.keyPrefix, keyLastFour: found.keyLastFour, cursorTs: found.cursorTs };
  const [vs, holds] = await Promise.all([
    db.select().from(violations).where(forOrg(violations, orgId, eq(violations.requestId, row.requestId))).orderBy(desc(violations.createdAt)).limit(100),
    db.select().from(approvals).where(forOrg(approvals, orgId, eq(approvals.requestId, row.requestId))).orderBy(desc(approvals.createdAt)).limit(20),
  ]);
  return { row, violations: vs, approvals: holds };
}

export { NO_KEY };
