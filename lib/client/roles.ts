/** Roles in increasing power, as the management API orders them (the API enforces; the UI only hides). */
export const ROLES = ['viewer', 'member', 'admin', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export function roleAtLeast(role: Role | undefined, required: Role): boolean {
  if (!role) return false;
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

export const ROLE_LABELS: Record<Role, string> = { viewer: 'Viewer', member: 'Member', admin: 'Admin', owner: 'Owner' };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: 'read only',
  member: 'read, and manage gateway keys',
  admin: 'also provider credentials, tokens and policies',
  owner: 'everything',
};

/** The roles a user may hand to a token they create: never more than their own. */
export function grantableRoles(role: Role | undefined): Role[] {
  return ROLES.filter((r) => roleAtLeast(role, r));
}
