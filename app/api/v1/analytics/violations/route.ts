import { listViolations } from '@/db/queries/violations';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { presentViolation, violationsQuery } from './schema';

// GET /api/v1/analytics/violations - detections and decisions, newest first, with filters
export const GET = withOrg({ query: violationsQuery }, async ({ db, auth, query }) => {
  const { items, total } = await listViolations(db, auth.orgId, {
    type: query.type,
    severity: query.severity,
    direction: query.direction,
    action: query.action,
    apiKeyId: query.api_key,
    policyId: query.policy_id,
    requestId: query.usage_log_id,
    shadow: query.shadow,
    start: query.start_date ? new Date(query.start_date) : undefined,
    end: query.end_date ? new Date(query.end_date) : undefined,
    limit: query.limit,
    offset: query.offset,
  });
  return json({ items: items.map(presentViolation), total, limit: query.limit, offset: query.offset });
});
