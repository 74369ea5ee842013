import type { MemberRole } from '@/db/schema';

/** Roles in increasing power; a check passes when the caller's role is at least the required one. */
export const ROLES: readonly MemberRole[] = ['viewer', 'member', 'admin', 'owner'];

export function roleAtLeast(role: MemberRole, required: MemberRole): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}
