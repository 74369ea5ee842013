import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { usageBreakdown } from '@/lib/analytics/service';
import { breakdownQuery } from '../schema';

// GET /api/v1/analytics/breakdown - requests, tokens, spend, errors and latency per model, provider, key or model and key
export const GET = withOrg({ query: breakdownQuery }, async ({ db, auth, query }) =>
  json(await usageBreakdown(db, auth.orgId, { ...query, filter: { provider: query.provider, model: query.model, apiKeyId: query.api_key } })),
);
