import { withPublic } from '@/lib/api/with-org';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import { METRICS_CONTENT_TYPE, metricsAuthorized, metricsText } from '@/lib/metrics';

export const dynamic = 'force-dynamic';

// GET /api/metrics - Prometheus exposition of this instance (bearer GATEWAY_METRICS_TOKEN when set).
// With the dashboard in its own process, the gateway process answers this path itself
// (lib/server/ops.ts) and merges both processes' metrics; this handler serves single-process setups.
export const GET = withPublic(async (req) => {
  if (!metricsAuthorized(req.headers.get('authorization'), env().GATEWAY_METRICS_TOKEN)) {
    throw new AppError('unauthorized', 'metrics need Authorization: Bearer <GATEWAY_METRICS_TOKEN>', {}, { 'www-authenticate': 'Bearer' });
  }
  return new Response(await metricsText(), { status: 200, headers: { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' } });
});
