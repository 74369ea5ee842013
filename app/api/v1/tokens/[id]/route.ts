import { revokeManagementToken } from '@/db/queries/tokens';
import { uuidParam } from '@/lib/api/params';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit } from '@/lib/audit';
import { presentToken } from '@/lib/keys/present-token';

// DELETE /api/v1/tokens/{id} - revoke a management token
export const DELETE = withOrg<{ id: string }>({ role: 'admin' }, async ({ db, auth, params }) => {
  const row = await revokeManagementToken(db, auth.orgId, uuidParam(params.id, 'token'));
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'token.revoke', target: { type: 'management_token', id: row.id } });
  return json(presentToken(row));
});
