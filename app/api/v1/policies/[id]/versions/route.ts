import { listPolicyVersions } from '@/db/queries/policies';
import { uuidParam } from '@/lib/api/params';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { presentSnapshot } from '@/lib/policy/present';
import { versionsQuery } from '../../schema';

type Params = { id: string };

// GET /api/v1/policies/{id}/versions - every saved version, newest first (also after deletion)
export const GET = withOrg<Params, undefined, typeof versionsQuery>({ query: versionsQuery }, async ({ db, auth, params, query }) => {
  const { items, total } = await listPolicyVersions(db, auth.orgId, uuidParam(params.id, 'policy'), query);
  return json({
    items: items.map((v) => ({ version: v.version, changed_by: v.changedBy, created_at: v.createdAt.toISOString(), deleted: v.snapshot.deleted === true, policy: presentSnapshot(v.snapshot) })),
    total,
    limit: query.limit,
    offset: query.offset,
  });
});
