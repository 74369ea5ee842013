import { getRequestDetail } from '@/db/queries/request-log';
import { uuidParam } from '@/lib/api/params';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { presentLogDetail } from '@/lib/analytics/present';
import { notFound } from '@/lib/errors';

type Params = { id: string };

// GET /api/v1/analytics/logs/{id} - one request: timings, tokens, cost, decision, ids, its violations and holds, and the masked prompt when stored
export const GET = withOrg<Params>({}, async ({ db, auth, params }) => {
  const detail = await getRequestDetail(db, auth.orgId, uuidParam(params.id, 'request'));
  if (!detail) throw notFound('request');
  return json(presentLogDetail(detail));
});
