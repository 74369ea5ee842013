import { and, asc, count, desc, eq } from 'drizzle-orm';
import { conflict, isUniqueViolation, notFound } from '@/lib/errors';
import type { Db } from '../client';
import { providerCredentials, type ProviderCredential } from '../schema';
import { forOrg, type OrgId } from '../tenant';

export interface NewCredentialRow {
  id: string;
  provider: string;
  name: string;
  kind: string;
  sealedSecret: string;
  lastFour: string;
  metadata: Record<string, unknown>;
}

/** Inserts a credential; the first one of a provider becomes that provider's default. */
export async function insertCredential(db: Db, orgId: OrgId, input: NewCredentialRow, createdBy: string | null): Promise<ProviderCredential> {
  try {
    return await db.transaction(async (tx) => {
      const [{ existing }] = await tx
        .select({ existing: count() })
        .from(providerCredentials)
        .where(forOrg(providerCredentials, orgId, eq(providerCredentials.provider, input.provider)));
      const [row] = await tx
        .insert(providerCredentials)
        .values({ ...input, orgId, isDefault: Number(existing) === 0, createdBy })
        .returning();
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`a ${input.provider} credential named "${input.name}" already exists`);
    throw error;
  }
}

export async function listCredentials(db: Db, orgId: OrgId): Promise<ProviderCredential[]> {
  return db.select().from(providerCredentials).where(forOrg(providerCredentials, orgId)).orderBy(asc(providerCredentials.provider), desc(providerCredentials.isDefault), asc(providerCredentials.createdAt));
}

export async function getCredential(db: Db, orgId: OrgId, id: string): Promise<ProviderCredential> {
  const [row] = await db.select().from(providerCredentials).where(forOrg(providerCredentials, orgId, eq(providerCredentials.id, id))).limit(1);
  if (!row) throw notFound('credential');
  return row;
}

/** The credential the gateway uses: the named one, or the provider's default. */
export async function findCredentialForProvider(db: Db, orgId: OrgId, provider: string, name?: string): Promise<ProviderCredential | undefined> {
  const [row] = await db
    .select()
    .from(providerCredentials)
    .where(forOrg(providerCredentials, orgId, eq(providerCredentials.provider, provider), name ? eq(providerCredentials.name, name) : eq(providerCredentials.isDefault, true)))
    .limit(1);
  return row;
}

/** Deletes a credential; when it was the default, the oldest remaining one of its provider takes over. */
export async function deleteCredential(db: Db, orgId: OrgId, id: string): Promise<ProviderCredential> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(providerCredentials).where(forOrg(providerCredentials, orgId, eq(providerCredentials.id, id))).returning();
    if (!row) throw notFound('credential');
    if (row.isDefault) {
      const [next] = await tx
        .select({ id: providerCredentials.id })
        .from(providerCredentials)
        .where(forOrg(providerCredentials, orgId, eq(providerCredentials.provider, row.provider)))
        .orderBy(asc(providerCredentials.createdAt))
        .limit(1);
      if (next) await tx.update(providerCredentials).set({ isDefault: true }).where(forOrg(providerCredentials, orgId, eq(providerCredentials.id, next.id)));
    }
    return row;
  });
}

export async function setDefaultCredential(db: Db, orgId: OrgId, id: string): Promise<ProviderCredential> {
  return db.transaction(async (tx) => {
    const [target] = await tx.select().from(providerCredentials).where(forOrg(providerCredentials, orgId, eq(providerCredentials.id, id))).limit(1);
    if (!target) throw notFound('credential');
    await tx.update(providerCredentials).set({ isDefault: false }).where(forOrg(providerCredentials, orgId, eq(providerCredentials.provider, target.provider)));
    const [row] = await tx.update(providerCredentials).set({ isDefault: true }).where(and(eq(providerCredentials.id, id), eq(providerCredentials.orgId, orgId))).returning();
    return row;
  });
}

/**
 * Master-key rotation is the one operation that spans every tenant: it re-seals each row in place
 * without reading anything else. It is only reachable from the admin CLI.
 */
export async function listAllSealedCredentials(db: Db): Promise<Pick<ProviderCredential, 'id' | 'orgId' | 'sealedSecret'>[]> {
  return db.select({ id: providerCredentials.id, orgId: providerCredentials.orgId, sealedSecret: providerCredentials.sealedSecret }).from(providerCredentials);
}

export async function replaceSealedSecret(db: Db, id: string, sealedSecret: string): Promise<void> {
  await db.update(providerCredentials).set({ sealedSecret }).where(eq(providerCredentials.id, id));
}
