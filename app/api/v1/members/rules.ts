import type { MemberRole } from '@/db/schema';
import { roleAtLeast } from '@/lib/auth/roles';
import { forbidden } from '@/lib/errors';

/**
 * Who may change whom: admins manage members up to admin; only owners grant, change or remove
 * the owner role. (The last-owner rule is enforced in the database transaction.)
 */
export function assertMayAssign(actor: MemberRole, role: MemberRole): void {
  if (role === 'owner' && actor !== 'owner') throw forbidden('only an owner can make someone an owner');
  if (!roleAtLeast(actor, role)) throw forbidden(`cannot grant the ${role} role`);
}

export function assertMayManage(actor: MemberRole, target: MemberRole): void {
  if (target === 'owner' && actor !== 'owner') throw forbidden('only an owner can change or remove an owner');
}
