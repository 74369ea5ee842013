import { createApiKey, listApiKeys } from '@/db/queries/keys';
import { audit } from '@/lib/audit';
import { pageQuery } from '@/lib/api/pagination';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { presentKey } from '@/lib/keys/present';
import { createKeySchema } from './schema';

// GET /api/v1/keys - list gateway keys (masked)
export const GET = withOrg({ query: pageQuery(100) }, async ({ db, auth, query }) => {
  const { items, total } = await listApiKeys(db, auth.orgId, query);
  return json({ items: items.map(presentKey), total, limit: query.limit, offset: query.offset });
});

// POST /api/v1/keys - create a gateway key; the full key is in this response only
export const POST = withOrg({ role: 'member', body: createKeySchema }, async ({ db, auth, body }) => {
  const daily = body.budget_usd_daily ?? (body.budget_period === 'day' ? body.budget_usd : null) ?? null;
  const monthly = body.budget_usd_monthly ?? (body.budget_period === 'month' ? body.budget_usd : null) ?? null;
  const { row, key } = await createApiKey(
    db,
    auth.orgId,
    {
      name: body.name,
      environment: body.environment,
      expiresAt: body.expires_at ? new Date(body.expires_at) : null,
      allowedModels: body.models,
      rateLimitRpm: body.rate_limit_rpm,
      rateLimitTpm: body.rate_limit_tpm,
      budgetUsdDaily: daily,
      budgetUsdMonthly: monthly,
      fallbacks: body.fallbacks,
      metadata: body.metadata,
    },
    auth.userId,
  );
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'key.create', target: { type: 'api_key', id: row.id }, details: { name: row.name, masked: presentKey(row).masked } });
  return json({ ...presentKey(row), key }, 201, { 'cache-control': 'no-store' });
});
