import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { notFound } from '@/lib/errors';
import type { Db } from '../client';
import { policies, policyVersions, type Policy } from '../schema';
import { forOrg, type OrgId } from '../tenant';

/**
 * Policies and their version history. Every write bumps `version` and stores a snapshot of the
 * row as it now stands in `policy_versions`, in the same transaction.
 */
export interface PolicyFields {
  name: string;
  kind: string;
  action: string;
  triggerType: string | null;
  pattern: string | null;
  config: Record<string, unknown>;
  scope: Record<string, unknown>;
  mode: string;
  isActive: boolean;
  priority: number;
}

function snapshot(row: Policy, deleted = false): Record<string, unknown> {
  const { createdAt, updatedAt, ...rest } = row;
  return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString(), ...(deleted ? { deleted: true } : {}) };
}

async function writeVersion(tx: Db, row: Policy, changedBy: string | null, deleted = false, version = row.version): Promise<void> {
  await tx.insert(policyVersions).values({ orgId: row.orgId, policyId: row.id, version, snapshot: snapshot(row, deleted), changedBy });
}

export async function createPolicies(db: Db, orgId: OrgId, inputs: PolicyFields[], createdBy: string | null): Promise<Policy[]> {
  if (inputs.length === 0) return [];
  return db.transaction(async (tx) => {
    const rows = await tx
      .insert(policies)
      .values(inputs.map((input) => ({ ...input, orgId, createdBy })))
      .returning();
    for (const row of rows) await writeVersion(tx as unknown as Db, row, createdBy);
    return rows;
  });
}

export async function createPolicy(db: Db, orgId: OrgId, input: PolicyFields, createdBy: string | null): Promise<Policy> {
  const [row] = await createPolicies(db, orgId, [input], createdBy);
  return row;
}

export async function listPolicies(db: Db, orgId: OrgId, page: { limit: number; offset: number; kind?: string }): Promise<{ items: Policy[]; total: number }> {
  const where = forOrg(policies, orgId, page.kind ? eq(policies.kind, page.kind) : undefined);
  const [items, [{ total }]] = await Promise.all([
    db.select().from(policies).where(where).orderBy(asc(policies.priority), asc(policies.createdAt), asc(policies.id)).limit(page.limit).offset(page.offset),
    db.select({ total: count() }).from(policies).where(where),
  ]);
  return { items, total: Number(total) };
}

/** Every policy of an organisation (the gateway's cache compiles the active ones). */
export async function listAllPolicies(db: Db, orgId: OrgId): Promise<Policy[]> {
  return db.select().from(policies).where(forOrg(policies, orgId)).orderBy(asc(policies.priority), asc(policies.id));
}

export async function getPolicy(db: Db, orgId: OrgId, id: string): Promise<Policy> {
  const [row] = await db.select().from(policies).where(forOrg(policies, orgId, eq(policies.id, id))).limit(1);
  if (!row) throw notFound('policy');
  return row;
}

export async function updatePolicy(db: Db, orgId: OrgId, id: string, fields: PolicyFields, changedBy: string | null): Promise<Policy> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(policies)
      .set({ ...fields, version: sql`${policies.version} + 1`, updatedAt: new Date() })
      .where(forOrg(policies, orgId, eq(policies.id, id)))
      .returning();
    if (!row) throw notFound('policy');
    await writeVersion(tx as unknown as Db, row, changedBy);
    return row;
  });
}

/** Deletes the policy; its history stays, ending with a snapshot marked `deleted`. */
export async function deletePolicy(db: Db, orgId: OrgId, id: string, changedBy: string | null): Promise<Policy> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(policies).where(forOrg(policies, orgId, eq(policies.id, id))).returning();
    if (!row) throw notFound('policy');
    await writeVersion(tx as unknown as Db, row, changedBy, true, row.version + 1);
    return row;
  });
}

export async function listPolicyVersions(db: Db, orgId: OrgId, policyId: string, page: { limit: number; offset: number }) {
  const where = and(forOrg(policyVersions, orgId), eq(policyVersions.policyId, policyId));
  const [items, [{ total }]] = await Promise.all([
    db.select().from(policyVersions).where(where).orderBy(desc(policyVersions.version)).limit(page.limit).offset(page.offset),
    db.select({ total: count() }).from(policyVersions).where(where),
  ]);
  if (Number(total) === 0) throw notFound('policy');
  return { items, total: Number(total) };
}
