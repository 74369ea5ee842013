import { deletePolicy, getPolicy, updatePolicy } from '@/db/queries/policies';
import { uuidParam } from '@/lib/api/params';
import { fromZodError, json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit, changedFields } from '@/lib/audit';
import { publishChange } from '@/lib/events/changes';
import { invalidatePolicies } from '@/lib/policy/cache';
import { inputToFields, policyToInput, presentPolicy } from '@/lib/policy/present';
import { policyInputSchema } from '@/lib/policy/schema';
import { checkDeployment, patchPolicySchema } from '../schema';

type Params = { id: string };

// GET /api/v1/policies/{id} - one policy
export const GET = withOrg<Params>({}, async ({ db, auth, params }) => json(presentPolicy(await getPolicy(db, auth.orgId, uuidParam(params.id, 'policy')))));

// PATCH /api/v1/policies/{id} - change fields (each named field is replaced); bumps the version
export const PATCH = withOrg<Params, typeof patchPolicySchema>({ role: 'admin', body: patchPolicySchema }, async ({ db, auth, params, body }) => {
  const id = uuidParam(params.id, 'policy');
  const before = policyToInput(await getPolicy(db, auth.orgId, id));
  const merged = { ...before, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) };
  const parsed = policyInputSchema.safeParse(merged);
  if (!parsed.success) throw fromZodError(parsed.error);
  checkDeployment(parsed.data);
  const row = await updatePolicy(db, auth.orgId, id, inputToFields(parsed.data), auth.userId);
  invalidatePolicies(auth.orgId);
  await publishChange({ kind: 'policy', orgId: auth.orgId, id });
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'policy.update', target: { type: 'policy', id }, details: { fields: changedFields(before, policyToInput(row)), version: row.version } });
  return json(presentPolicy(row));
});

// DELETE /api/v1/policies/{id} - delete a policy (its version history stays readable)
export const DELETE = withOrg<Params>({ role: 'admin' }, async ({ db, auth, params }) => {
  const row = await deletePolicy(db, auth.orgId, uuidParam(params.id, 'policy'), auth.userId);
  invalidatePolicies(auth.orgId);
  await publishChange({ kind: 'policy', orgId: auth.orgId, id: row.id });
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'policy.delete', target: { type: 'policy', id: row.id }, details: { name: row.name, kind: row.kind, version: row.version } });
  return json({ ...presentPolicy(row), deleted: true });
});
