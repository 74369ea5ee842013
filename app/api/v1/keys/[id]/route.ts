import { getApiKey, revokeApiKey, updateApiKey } from '@/db/queries/keys';
import { uuidParam } from '@/lib/api/params';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit } from '@/lib/audit';
import { keyCache } from '@/lib/keys/cache';
import { publishChange } from '@/lib/events/changes';
import { presentKey } from '@/lib/keys/present';
import { updateKeySchema } from '../schema';

type Params = { id: string };

// GET /api/v1/keys/{id} - one key (masked)
export const GET = withOrg<Params>({}, async ({ db, auth, params }) => json(presentKey(await getApiKey(db, auth.orgId, uuidParam(params.id, 'key')))));

// PATCH /api/v1/keys/{id} - change a key's name, models, limits, budgets or metadata
export const PATCH = withOrg<Params, typeof updateKeySchema>({ role: 'member', body: updateKeySchema }, async ({ db, auth, params, body }) => {
  const row = await updateApiKey(db, auth.orgId, uuidParam(params.id, 'key'), {
    name: body.name,
    allowedModels: body.models,
    rateLimitRpm: body.rate_limit_rpm,
    rateLimitTpm: body.rate_limit_tpm,
    budgetUsdDaily: body.budget_usd_daily,
    budgetUsdMonthly: body.budget_usd_monthly,
    fallbacks: body.fallbacks,
    metadata: body.metadata,
  });
  keyCache().invalidateHash(row.keyHash);
  await publishChange({ kind: 'api_key', orgId: auth.orgId, id: row.id, hash: row.keyHash });
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'key.update', target: { type: 'api_key', id: row.id }, details: { fields: Object.keys(body) } });
  return json(presentKey(row));
});

// DELETE /api/v1/keys/{id} - revoke a key (immediately on this instance, within seconds everywhere)
export const DELETE = withOrg<Params>({ role: 'member' }, async ({ db, auth, params }) => {
  const row = await revokeApiKey(db, auth.orgId, uuidParam(params.id, 'key'));
  keyCache().invalidateHash(row.keyHash);
  await publishChange({ kind: 'api_key', orgId: auth.orgId, id: row.id, hash: row.keyHash });
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'key.revoke', target: { type: 'api_key', id: row.id }, details: { masked: presentKey(row).masked } });
  return json(presentKey(row));
});
