import { count, desc, eq, inArray, sql } from 'drizzle-orm';
import { notFound } from '@/lib/errors';
import { generateKey, type KeyKind } from '@/lib/keys/format';
import type { Db } from '../client';
import { apiKeys, type ApiKey } from '../schema';
import { forOrg, type OrgId } from '../tenant';

export interface NewApiKey {
  name: string;
  environment?: Extract<KeyKind, 'live' | 'test'>;
  expiresAt?: Date | null;
  allowedModels?: string[];
  rateLimitRpm?: number | null;
  rateLimitTpm?: number | null;
  budgetUsdDaily?: number | null;
  budgetUsdMonthly?: number | null;
  fallbacks?: string[];
  metadata?: Record<string, unknown>;
}

/** Creates a key and returns the raw key alongside the row: the only time it exists outside the caller. */
export async function createApiKey(db: Db, orgId: OrgId, input: NewApiKey, createdBy: string | null): Promise<{ row: ApiKey; key: string }> {
  const generated = generateKey(input.environment ?? 'live');
  const [row] = await db
    .insert(apiKeys)
    .values({
      orgId,
      name: input.name,
      keyHash: generated.hash,
      prefix: generated.prefix,
      lastFour: generated.lastFour,
      expiresAt: input.expiresAt ?? null,
      allowedModels: input.allowedModels ?? [],
      rateLimitRpm: input.rateLimitRpm ?? null,
      rateLimitTpm: input.rateLimitTpm ?? null,
      budgetUsdDaily: input.budgetUsdDaily ?? null,
      budgetUsdMonthly: input.budgetUsdMonthly ?? null,
      fallbacks: input.fallbacks ?? [],
      metadata: input.metadata ?? {},
      createdBy,
    })
    .returning();
  return { row, key: generated.key };
}

export async function listApiKeys(db: Db, orgId: OrgId, page: { limit: number; offset: number }): Promise<{ items: ApiKey[]; total: number }> {
  const [items, [{ total }]] = await Promise.all([
    db.select().from(apiKeys).where(forOrg(apiKeys, orgId)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id)).limit(page.limit).offset(page.offset),
    db.select({ total: count() }).from(apiKeys).where(forOrg(apiKeys, orgId)),
  ]);
  return { items, total: Number(total) };
}

export async function getApiKey(db: Db, orgId: OrgId, id: string): Promise<ApiKey> {
  const [row] = await db.select().from(apiKeys).where(forOrg(apiKeys, orgId, eq(apiKeys.id, id))).limit(1);
  if (!row) throw notFound('key');
  return row;
}

export async function revokeApiKey(db: Db, orgId: OrgId, id: string): Promise<ApiKey> {
  const [row] = await db
    .update(apiKeys)
    .set({ status: 'revoked', revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(forOrg(apiKeys, orgId, eq(apiKeys.id, id)))
    .returning();
  if (!row) throw notFound('key');
  return row;
}

export type ApiKeyPatch = Partial<Omit<NewApiKey, 'environment'>>;

export async function updateApiKey(db: Db, orgId: OrgId, id: string, patch: ApiKeyPatch): Promise<ApiKey> {
  const [row] = await db.update(apiKeys).set(patch).where(forOrg(apiKeys, orgId, eq(apiKeys.id, id))).returning();
  if (!row) throw notFound('key');
  return row;
}

/**
 * The gateway's key lookup. The hash identifies the organisation, so this is the one key query that
 * does not start from an organisation id; its result is what scopes everything after it.
 */
export async function findApiKeyByHash(db: Db, keyHash: string): Promise<ApiKey | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.keyHash, keyHash)).limit(1);
  return row;
}

/** Batched `last_used_at` update, written off the request path. */
export async function touchApiKeys(db: Db, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.update(apiKeys).set({ lastUsedAt: at }).where(inArray(apiKeys.id, ids));
}
