import { aggregateUsage } from '@/db/queries/analytics';
import { deletePriceOverride, listPriceOverrides, upsertPriceOverride, type PriceOverride } from '@/db/queries/prices';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit } from '@/lib/audit';
import { publishChange } from '@/lib/events/changes';
import { PRICE_TABLE_VERSION } from '@/lib/usage/prices';
import { priceBody, priceKeyQuery } from './schema';

const present = (o: PriceOverride) => ({
  provider: o.provider,
  model: o.model,
  input_per_mtok: o.inputPerMTok,
  output_per_mtok: o.outputPerMTok,
  cached_input_per_mtok: o.cachedInputPerMTok,
  cache_write_per_mtok: o.cacheWritePerMTok,
  updated_at: o.updatedAt.toISOString(),
});

const DAY = 86_400_000;

// GET /api/v1/prices - the organisation's price overrides, and models called in the last 30 days that have no price
export const GET = withOrg({}, async ({ db, auth }) => {
  const end = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3_600_000);
  const [overrides, usage] = await Promise.all([listPriceOverrides(db, auth.orgId), aggregateUsage(db, auth.orgId, { start: new Date(end.getTime() - 30 * DAY), end }, ['provider', 'model'])]);
  const unpriced = new Map<string, { provider: string; model: string; requests: number }>();
  for (const r of usage) {
    if (!r.unpriced) continue;
    const key = `${r.provider}|${r.model}`;
    const seen = unpriced.get(key) ?? { provider: r.provider!, model: r.model!, requests: 0 };
    seen.requests += r.unpriced;
    unpriced.set(key, seen);
  }
  return json({ items: overrides.map(present), unpriced: [...unpriced.values()].sort((a, b) => b.requests - a.requests), price_table_version: PRICE_TABLE_VERSION });
});

// PUT /api/v1/prices - set the price (USD per million tokens) of one provider's model; applies to requests recorded from now on
export const PUT = withOrg({ role: 'admin', body: priceBody }, async ({ db, auth, body }) => {
  const row = await upsertPriceOverride(db, auth.orgId, {
    provider: body.provider,
    model: body.model,
    inputPerMTok: body.input_per_mtok,
    outputPerMTok: body.output_per_mtok,
    cachedInputPerMTok: body.cached_input_per_mtok,
    cacheWritePerMTok: body.cache_write_per_mtok,
  });
  await publishChange({ kind: 'prices', orgId: auth.orgId });
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'price.set', target: { type: 'price', id: `${row.provider}/${row.model}` }, details: { input_per_mtok: row.inputPerMTok, output_per_mtok: row.outputPerMTok } });
  return json(present(row));
});

// DELETE /api/v1/prices?provider=&model= - remove an override (the built-in price, if any, applies again)
export const DELETE = withOrg({ role: 'admin', query: priceKeyQuery }, async ({ db, auth, query }) => {
  const row = await deletePriceOverride(db, auth.orgId, query.provider, query.model);
  await publishChange({ kind: 'prices', orgId: auth.orgId });
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'price.delete', target: { type: 'price', id: `${row.provider}/${row.model}` } });
  return json(present(row));
});
