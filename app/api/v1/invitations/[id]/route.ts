import { revokeInvitation } from '@/db/queries/members';
import { uuidParam } from '@/lib/api/params';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit } from '@/lib/audit';
import { presentInvitation } from '../../members/present';

type Params = { id: string };

// DELETE /api/v1/invitations/{id} - withdraw an open invitation (admins may withdraw any, including an owner invitation)
export const DELETE = withOrg<Params>({ role: 'admin' }, async ({ db, auth, params }) => {
  const row = await revokeInvitation(db, auth.orgId, uuidParam(params.id, 'invitation'));
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'invitation.revoke', target: { type: 'invitation', id: row.id }, details: { role: row.role } });
  return json(presentInvitation(row));
});
