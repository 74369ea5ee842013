import { json } from '@/lib/api/respond';
import { withPublic } from '@/lib/api/with-org';
import { readinessReport } from '@/lib/health';

export const dynamic = 'force-dynamic';

// GET /api/health/ready - readiness: database, migrations, usage queue, shutdown; 503 when not ready
export const GET = withPublic(async () => {
  const report = await readinessReport();
  return json(report, report.status === 'ready' ? 200 : 503, { 'cache-control': 'no-store' });
});
