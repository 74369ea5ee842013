import { desc, eq, isNull, sql } from 'drizzle-orm';
import { notFound } from '@/lib/errors';
import { generateKey } from '@/lib/keys/format';
import type { Db } from '../client';
import { managementTokens, type ManagementToken, type MemberRole } from '../schema';
import { forOrg, type OrgId } from '../tenant';

export async function createManagementToken(
  db: Db,
  orgId: OrgId,
  input: { name: string; role: MemberRole; expiresAt?: Date | null },
  createdBy: string | null,
): Promise<{ row: ManagementToken; token: string }> {
  const generated = generateKey('management');
  const [row] = await db
    .insert(managementTokens)
    .values({ orgId, name: input.name, role: input.role, tokenHash: generated.hash, lastFour: generated.lastFour, expiresAt: input.expiresAt ?? null, createdBy })
    .returning();
  return { row, token: generated.key };
}

export async function listManagementTokens(db: Db, orgId: OrgId): Promise<ManagementToken[]> {
  return db.select().from(managementTokens).where(forOrg(managementTokens, orgId, isNull(managementTokens.revokedAt))).orderBy(desc(managementTokens.createdAt));
}

export async function revokeManagementToken(db: Db, orgId: OrgId, id: string): Promise<ManagementToken> {
  const [row] = await db
    .update(managementTokens)
    .set({ revokedAt: sql`coalesce(${managementTokens.revokedAt}, now())` })
    .where(forOrg(managementTokens, orgId, eq(managementTokens.id, id)))
    .returning();
  if (!row) throw notFound('token');
  return row;
}

/** Like the gateway key lookup: the hash identifies the organisation. */
export async function findManagementTokenByHash(db: Db, tokenHash: string): Promise<ManagementToken | undefined> {
  const [row] = await db.select().from(managementTokens).where(eq(managementTokens.tokenHash, tokenHash)).limit(1);
  return row;
}

export async function touchManagementToken(db: Db, id: string): Promise<void> {
  await db.update(managementTokens).set({ lastUsedAt: new Date() }).where(eq(managementTokens.id, id));
}
