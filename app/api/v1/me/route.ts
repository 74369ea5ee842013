import { getOrganization, getUser, listUserMemberships } from '@/db/queries/accounts';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';

// GET /api/v1/me - the caller, the active organisation and role, and every organisation they belong to
export const GET = withOrg({}, async ({ db, auth }) => {
  const org = await getOrganization(db, auth.orgId);
  const user = auth.userId ? await getUser(db, auth.userId) : undefined;
  const memberships = auth.via === 'session' && auth.userId ? await listUserMemberships(db, auth.userId) : [];
  return json({
    user: user ? { id: user.id, email: user.email, name: user.name } : null,
    via: auth.via,
    organization: { id: org.id, name: org.name, slug: org.slug },
    role: auth.role,
    organizations: memberships.map((m) => ({ id: m.orgId, name: m.orgName, slug: m.orgSlug, role: m.role })),
  });
});
