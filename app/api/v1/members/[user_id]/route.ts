import { changeMemberRole, getMember, removeMember } from '@/db/queries/members';
import { uuidParam } from '@/lib/api/params';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit } from '@/lib/audit';
import { presentMember } from '../present';
import { assertMayAssign, assertMayManage } from '../rules';
import { changeRoleSchema } from '../schema';

type Params = { user_id: string };

// PATCH /api/v1/members/{user_id} - change a member's role (never leaving the organisation without an owner)
export const PATCH = withOrg<Params, typeof changeRoleSchema>({ role: 'admin', body: changeRoleSchema }, async ({ db, auth, params, body }) => {
  const userId = uuidParam(params.user_id, 'member');
  assertMayManage(auth.role, (await getMember(db, auth.orgId, userId)).role);
  assertMayAssign(auth.role, body.role);
  const change = await changeMemberRole(db, auth.orgId, userId, body.role);
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'member.role_change', target: { type: 'user', id: userId }, details: { from: change.before, to: change.after } });
  return json(presentMember(await getMember(db, auth.orgId, userId)));
});

// DELETE /api/v1/members/{user_id} - remove a member (never the last owner)
export const DELETE = withOrg<Params>({ role: 'admin' }, async ({ db, auth, params }) => {
  const userId = uuidParam(params.user_id, 'member');
  assertMayManage(auth.role, (await getMember(db, auth.orgId, userId)).role);
  const removed = await removeMember(db, auth.orgId, userId);
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'member.remove', target: { type: 'user', id: userId }, details: { role: removed.role } });
  return json(presentMember(removed));
});
