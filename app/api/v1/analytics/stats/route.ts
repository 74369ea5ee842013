import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { usageStats } from '@/lib/analytics/service';
import { statsQuery } from '../schema';

// GET /api/v1/analytics/stats - totals, latency, errors, spend by provider/model/key and violations for a period (from hourly rollups)
export const GET = withOrg({ query: statsQuery }, async ({ db, auth, query }) => json(await usageStats(db, auth.orgId, query)));
