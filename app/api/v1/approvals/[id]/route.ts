import { getApproval } from '@/db/queries/approvals';
import { uuidParam } from '@/lib/api/params';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { decide, decisionSchema, presentApproval } from '../schema';

type Params = { id: string };

// GET /api/v1/approvals/{id} - one approval
export const GET = withOrg<Params>({}, async ({ db, auth, params }) => json(presentApproval(await getApproval(db, auth.orgId, uuidParam(params.id, 'approval')))));

// POST /api/v1/approvals/{id} {decision: approve|deny, note?} - decide a pending approval
export const POST = withOrg<Params, typeof decisionSchema>({ role: 'admin', body: decisionSchema }, async ({ db, auth, params, body }) =>
  json(await decide(db, auth, uuidParam(params.id, 'approval'), body)),
);
