import { and, count, desc, eq, gt, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { notFound } from '@/lib/errors';
import type { Db } from '../client';
import { approvals, type Approval } from '../schema';
import { forOrg, type OrgId } from '../tenant';

/**
 * Requests and tool calls held for a human. A pending approval waits until `expires_at`; an
 * approved one is usable until its (renewed) `expires_at`, exactly once. Expiry is applied when
 * read (`effectiveStatus`) and written back by the housekeeping job (`expireApprovals`).
 */
export type ApprovalStatus = 'pending' | 'approved' | 'denied' | 'expired' | 'used';

export function effectiveStatus(row: Approval, now = Date.now()): ApprovalStatus {
  if ((row.status === 'pending' || row.status === 'approved') && row.expiresAt.getTime() <= now) return 'expired';
  return row.status;
}

export interface NewApproval {
  id?: string;
  apiKeyId: string | null;
  requestId: string | null;
  kind: 'request' | 'tool_call';
  policyId: string | null;
  reason: string;
  context: Record<string, unknown>;
  fingerprint: string;
  expiresAt: Date;
}

export async function createApproval(db: Db, orgId: OrgId, input: NewApproval): Promise<Approval> {
  const [row] = await db.insert(approvals).values({ ...input, orgId }).onConflictDoNothing({ target: approvals.id }).returning();
  return row ?? getApproval(db, orgId, input.id!);
}

/** A still-pending approval for the same held request, so a client retrying without a decision does not pile up rows. */
export async function findPendingApproval(db: Db, orgId: OrgId, fingerprint: string): Promise<Approval | undefined> {
  const [row] = await db
    .select()
    .from(approvals)
    .where(forOrg(approvals, orgId, eq(approvals.fingerprint, fingerprint), eq(approvals.status, 'pending'), gt(approvals.expiresAt, new Date())))
    .orderBy(desc(approvals.createdAt))
    .limit(1);
  return row;
}

export async function getApproval(db: Db, orgId: OrgId, id: string): Promise<Approval> {
  const [row] = await db.select().from(approvals).where(forOrg(approvals, orgId, eq(approvals.id, id))).limit(1);
  if (!row) throw notFound('approval');
  return row;
}

function statusCondition(status: ApprovalStatus | undefined): SQL | undefined {
  const now = new Date();
  switch (status) {
    case undefined:
      return undefined;
    case 'pending':
    case 'approved':
      return and(eq(approvals.status, status), gt(approvals.expiresAt, now));
    case 'expired':
      return or(eq(approvals.status, 'expired'), and(inArray(approvals.status, ['pending', 'approved']), lte(approvals.expiresAt, now)));
    default:
      return eq(approvals.status, status);
  }
}

export async function listApprovals(db: Db, orgId: OrgId, f: { status?: ApprovalStatus; limit: number; offset: number }): Promise<{ items: Approval[]; total: number }> {
  const where = forOrg(approvals, orgId, statusCondition(f.status));
  const [items, [{ total }]] = await Promise.all([
    db.select().from(approvals).where(where).orderBy(desc(approvals.createdAt), desc(approvals.id)).limit(f.limit).offset(f.offset),
    db.select({ total: count() }).from(approvals).where(where),
  ]);
  return { items, total: Number(total) };
}

/**
 * Approves or denies a pending approval. An approval is then usable for `ttlMinutes` from now.
 * Returns undefined when it was no longer pending (decided, used or expired meanwhile).
 */
export async function decideApproval(db: Db, orgId: OrgId, id: string, d: { approve: boolean; by: string | null; note?: string; ttlMinutes: number }): Promise<Approval | undefined> {
  const now = new Date();
  const [row] = await db
    .update(approvals)
    .set({
      status: d.approve ? 'approved' : 'denied',
      decidedBy: d.by,
      decidedAt: now,
      decisionNote: d.note ?? null,
      ...(d.approve ? { expiresAt: new Date(now.getTime() + d.ttlMinutes * 60_000) } : {}),
    })
    .where(forOrg(approvals, orgId, eq(approvals.id, id), eq(approvals.status, 'pending'), gt(approvals.expiresAt, now)))
    .returning();
  return row;
}

/**
 * Uses an approval: only an approved, unexpired one, and only once (the conditional update is
 * atomic, so two concurrent retries cannot both pass). A held request must match its fingerprint;
 * a held tool call (no fingerprint given) is matched later, against the response's tool calls.
 */
export async function consumeApproval(db: Db, orgId: OrgId, id: string, fingerprint?: string): Promise<Approval | undefined> {
  const match = fingerprint === undefined ? eq(approvals.kind, 'tool_call') : and(eq(approvals.kind, 'request'), eq(approvals.fingerprint, fingerprint));
  const [row] = await db
    .update(approvals)
    .set({ status: 'used', usedAt: new Date() })
    .where(forOrg(approvals, orgId, eq(approvals.id, id), eq(approvals.status, 'approved'), match, gt(approvals.expiresAt, new Date())))
    .returning();
  return row;
}

/** Housekeeping: writes back the expiry of approvals whose time ran out. */
export async function expireApprovals(db: Db): Promise<number> {
  const rows = await db
    .update(approvals)
    .set({ status: 'expired' })
    .where(and(inArray(approvals.status, ['pending', 'approved']), lte(approvals.expiresAt, sql`now()`)))
    .returning({ id: approvals.id });
  return rows.length;
}
