import { z } from 'zod';
import { createOrganizationFor } from '@/db/queries/accounts';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit } from '@/lib/audit';
import { trustedOrgId } from '@/db/tenant';
import { forbidden } from '@/lib/errors';
import { createDefaultPolicies } from '@/lib/policy/defaults';

const schema = z.object({ name: z.string().trim().min(1).max(100) }).strict();

// POST /api/v1/orgs - create another organisation owned by the signed-in user
export const POST = withOrg({ body: schema }, async ({ db, auth, body }) => {
  if (auth.via !== 'session' || !auth.userId) throw forbidden('organisations are created by a signed-in user');
  const org = await createOrganizationFor(db, auth.userId, body.name);
  await audit(db, { orgId: org.id, actor: auth.actor, action: 'org.create', target: { type: 'organization', id: org.id } });
  await createDefaultPolicies(db, trustedOrgId(org.id), { type: 'system', id: 'defaults' }, auth.userId);
  return json({ id: org.id, name: org.name, slug: org.slug, role: 'owner' }, 201);
});
