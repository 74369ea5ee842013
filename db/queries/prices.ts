import { and, eq, inArray } from 'drizzle-orm';
import { notFound } from '@/lib/errors';
import type { Db } from '../client';
import { priceOverrides } from '../schema';
import { forOrg, type OrgId } from '../tenant';

export type PriceOverride = typeof priceOverrides.$inferSelect;

export async function listPriceOverrides(db: Db, orgId: OrgId) {
  return db.select().from(priceOverrides).where(forOrg(priceOverrides, orgId)).orderBy(priceOverrides.provider, priceOverrides.model);
}

/** Overrides of several organisations at once (the usage writer prices a whole batch). */
export async function listPriceOverridesOf(db: Db, orgIds: string[]): Promise<PriceOverride[]> {
  if (orgIds.length === 0) return [];
  return db.select().from(priceOverrides).where(inArray(priceOverrides.orgId, orgIds));
}

export interface PriceInput {
  provider: string;
  model: string;
  inputPerMTok: number;
  outputPerMTok: number;
  cachedInputPerMTok?: number | null;
  cacheWritePerMTok?: number | null;
}

export async function upsertPriceOverride(db: Db, orgId: OrgId, input: PriceInput): Promise<PriceOverride> {
  const values = { orgId, ...input, cachedInputPerMTok: input.cachedInputPerMTok ?? null, cacheWritePerMTok: input.cacheWritePerMTok ?? null, updatedAt: new Date() };
  const [row] = await db
    .insert(priceOverrides)
    .values(values)
    .onConflictDoUpdate({ target: [priceOverrides.orgId, priceOverrides.provider, priceOverrides.model], set: { inputPerMTok: values.inputPerMTok, outputPerMTok: values.outputPerMTok, cachedInputPerMTok: values.cachedInputPerMTok, cacheWritePerMTok: values.cacheWritePerMTok, updatedAt: values.updatedAt } })
    .returning();
  return row;
}

export async function deletePriceOverride(db: Db, orgId: OrgId, provider: string, model: string): Promise<PriceOverride> {
  const [row] = await db.delete(priceOverrides).where(forOrg(priceOverrides, orgId, and(eq(priceOverrides.provider, provider), eq(priceOverrides.model, model)))).returning();
  if (!row) throw notFound('price');
  return row;
}
