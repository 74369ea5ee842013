import { withPublic } from '@/lib/api/with-org';
import { json } from '@/lib/api/respond';
import { healthReport } from '@/lib/health';

export const dynamic = 'force-dynamic';

// GET /api/health - liveness and the state of the database and Redis
export const GET = withPublic(async () => json(await healthReport(), 200, { 'cache-control': 'no-store' }));
