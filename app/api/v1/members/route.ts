import { findUserByEmail } from '@/db/queries/accounts';
import { addMember, createInvitation, getMember, listMembersWithActivity, listOpenInvitations } from '@/db/queries/members';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit } from '@/lib/audit';
import { presentInvitation, presentMember } from './present';
import { assertMayAssign } from './rules';
import { addMemberSchema } from './schema';

// GET /api/v1/members - the organisation's members with their roles, and open invitations
export const GET = withOrg({}, async ({ db, auth }) => {
  const [members, invites] = await Promise.all([listMembersWithActivity(db, auth.orgId), listOpenInvitations(db, auth.orgId)]);
  return json({ items: members.map(presentMember), invitations: invites.map(presentInvitation) });
});

// POST /api/v1/members - add a person by e-mail: an existing account joins at once, any other address gets an invitation accepted at sign-up
export const POST = withOrg({ role: 'admin', body: addMemberSchema }, async ({ db, auth, body }) => {
  assertMayAssign(auth.role, body.role);
  const user = await findUserByEmail(db, body.email);
  if (user) {
    await addMember(db, auth.orgId, user.id, body.role);
    await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'member.add', target: { type: 'user', id: user.id }, details: { role: body.role } });
    return json({ member: presentMember(await getMember(db, auth.orgId, user.id)), invitation: null }, 201);
  }
  const invitation = await createInvitation(db, auth.orgId, body.email, body.role, auth.userId);
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'member.invite', target: { type: 'invitation', id: invitation.id }, details: { role: body.role } });
  return json({ member: null, invitation: presentInvitation(invitation) }, 201);
});
