import { createPolicy, listPolicies } from '@/db/queries/policies';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit } from '@/lib/audit';
import { publishChange } from '@/lib/events/changes';
import { invalidatePolicies } from '@/lib/policy/cache';
import { inputToFields, presentPolicy } from '@/lib/policy/present';
import { policyInputSchema } from '@/lib/policy/schema';
import { checkDeployment, listPoliciesQuery } from './schema';

// GET /api/v1/policies - the organisation's policies, by priority
export const GET = withOrg({ query: listPoliciesQuery }, async ({ db, auth, query }) => {
  const { items, total } = await listPolicies(db, auth.orgId, query);
  return json({ items: items.map(presentPolicy), total, limit: query.limit, offset: query.offset });
});

// POST /api/v1/policies - create a policy (version 1); in force on every instance within moments
export const POST = withOrg({ role: 'admin', body: policyInputSchema }, async ({ db, auth, body }) => {
  checkDeployment(body);
  const row = await createPolicy(db, auth.orgId, inputToFields(body), auth.userId);
  invalidatePolicies(auth.orgId);
  await publishChange({ kind: 'policy', orgId: auth.orgId, id: row.id });
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'policy.create', target: { type: 'policy', id: row.id }, details: { name: row.name, kind: row.kind, action: row.action, mode: row.mode, version: row.version } });
  return json(presentPolicy(row), 201);
});
