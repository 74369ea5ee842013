import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { usageTimeseries, violationTimeseries } from '@/lib/analytics/service';
import { validation } from '@/lib/errors';
import { timeseriesQuery } from '../schema';

// GET /api/v1/analytics/timeseries - spend, tokens, requests, errors and latency (or violations) per hour or day, grouped
export const GET = withOrg({ query: timeseriesQuery }, async ({ db, auth, query }) => {
  const { group_by: groupBy, series } = query;
  if (series === 'violations') {
    if (groupBy !== 'none' && groupBy !== 'type' && groupBy !== 'severity') throw validation('query.group_by', 'violations group by none, type or severity');
    return json(await violationTimeseries(db, auth.orgId, { ...query, group_by: groupBy }));
  }
  if (groupBy === 'type' || groupBy === 'severity') throw validation('query.group_by', 'usage groups by none, model, provider or key');
  return json(await usageTimeseries(db, auth.orgId, { ...query, group_by: groupBy, filter: { provider: query.provider, model: query.model, apiKeyId: query.api_key } }));
});
