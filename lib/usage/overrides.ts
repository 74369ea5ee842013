import type { Db } from '@/db';
import { listPriceOverridesOf, type PriceOverride } from '@/db/queries/prices';
import type { NewRequestRow } from '@/db/schema';
import { computeCost } from './cost';
import type { ModelPrice } from './prices';

/**
 * Organisation price overrides (price_overrides), applied when a batch of request rows is
 * written rather than on the request path: one query per batch, and a row spooled during a
 * database outage is priced with the overrides in force when it is finally written.
 * A row whose model had no list price becomes priced once its organisation sets one.
 */
function asPrice(o: PriceOverride): ModelPrice {
  return { input: o.inputPerMTok, output: o.outputPerMTok, cachedInput: o.cachedInputPerMTok ?? undefined, cacheWrite: o.cacheWritePerMTok ?? undefined };
}

export function priceRows(rows: NewRequestRow[], overrides: PriceOverride[]): NewRequestRow[] {
  if (overrides.length === 0) return rows;
  const byKey = new Map(overrides.map((o) => [`${o.orgId}|${o.provider}|${o.model}`, asPrice(o)]));
  return rows.map((row) => {
    const price = row.model ? byKey.get(`${row.orgId}|${row.provider}|${row.model}`) : undefined;
    // Failed calls carry no usage and stay as recorded (zero, or null when nothing was counted).
    if (!price || !row.model || ((row.tokensIn ?? 0) === 0 && (row.tokensOut ?? 0) === 0)) return row;
    const usage = { inputTokens: row.tokensIn ?? 0, outputTokens: row.tokensOut ?? 0, cachedTokens: row.tokensCached ?? 0, cacheWriteTokens: row.tokensCacheWrite ?? 0 };
    const cost = computeCost(row.provider, row.model, usage, () => price);
    return { ...row, costUsd: cost.costUsd, priceUnknown: false };
  });
}

export async function applyPriceOverrides(db: Db, rows: NewRequestRow[]): Promise<NewRequestRow[]> {
  const orgIds = [...new Set(rows.map((r) => r.orgId))];
  return priceRows(rows, await listPriceOverridesOf(db, orgIds));
}
