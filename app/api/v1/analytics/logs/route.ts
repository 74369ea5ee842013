import { countRequestLog, listRequestLog, type RequestLogFilter } from '@/db/queries/request-log';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { decodeCursor, encodeCursor } from '@/lib/analytics/cursor';
import { presentLogItem } from '@/lib/analytics/present';
import { validation } from '@/lib/errors';
import { logsQuery } from '../schema';

// GET /api/v1/analytics/logs - the request log, newest first: filters, keyset cursor (next_cursor) or offset, total (exact or capped)
export const GET = withOrg({ query: logsQuery }, async ({ db, auth, query }) => {
  if (query.cursor && query.offset) throw validation('query.cursor', 'use either cursor or offset, not both');
  const filter: RequestLogFilter = {
    apiKeyId: query.api_key,
    provider: query.provider,
    model: query.model,
    status: query.status,
    decision: query.decision,
    requestId: query.request_id,
    agentId: query.agent_id,
    userId: query.user_id,
    start: query.start_date ? new Date(query.start_date) : undefined,
    end: query.end_date ? new Date(query.end_date) : undefined,
  };
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const [page, count] = await Promise.all([listRequestLog(db, auth.orgId, filter, { limit: query.limit, offset: query.offset, cursor }), countRequestLog(db, auth.orgId, filter)]);
  const last = page.rows.at(-1);
  return json({
    items: page.rows.map(presentLogItem),
    total: count.total,
    total_exact: count.exact,
    offset: query.offset ?? 0,
    limit: query.limit,
    next_cursor: page.hasMore && last ? encodeCursor(last.cursorTs, last.id) : null,
  });
});
