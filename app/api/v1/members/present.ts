import type { MemberView } from '@/db/queries/members';
import type { Invitation } from '@/db/schema';

export function presentMember(m: MemberView) {
  return { user_id: m.userId, email: m.email, name: m.name, role: m.role, joined_at: m.createdAt.toISOString(), last_sign_in_at: m.lastSignInAt?.toISOString() ?? null };
}

export function presentInvitation(i: Invitation) {
  return { id: i.id, email: i.email, role: i.role, invited_by: i.invitedBy, invited_at: i.createdAt.toISOString() };
}
