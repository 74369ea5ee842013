import { getViolation } from '@/db/queries/violations';
import { uuidParam } from '@/lib/api/params';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { presentViolationDetail } from '../schema';

type Params = { id: string };

// GET /api/v1/analytics/violations/{id} - one violation with its redacted preview and entities
export const GET = withOrg<Params>({}, async ({ db, auth, params }) => json(presentViolationDetail(await getViolation(db, auth.orgId, uuidParam(params.id, 'violation')))));
