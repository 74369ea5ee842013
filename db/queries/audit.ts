import { and, asc, desc, eq, gt, isNull, sql, type SQL } from 'drizzle-orm';
import { auditHash, GENESIS_HASH, type AuditContent } from '@/lib/audit/chain';
import type { Db } from '../client';
import { auditEvents, type AuditEvent } from '../schema';
import { forOrg, type OrgId } from '../tenant';

const chainOf = (orgId: string | null): SQL => (orgId ? eq(auditEvents.orgId, orgId) : isNull(auditEvents.orgId));

/**
 * Appends one event to its organisation's chain. The transaction-scoped advisory lock serialises
 * writers of the same chain (across instances too), so two events never claim the same predecessor.
 */
export async function appendAuditEvent(db: Db, content: Omit<AuditContent, 'createdAt'>): Promise<AuditEvent> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'audit:' + (content.orgId ?? 'global')}))`);
    const [last] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).where(chainOf(content.orgId)).orderBy(desc(auditEvents.id)).limit(1);
    const prevHash = last?.hash ?? GENESIS_HASH;
    const full: AuditContent = { ...content, createdAt: new Date() };
    const [row] = await tx.insert(auditEvents).values({ ...full, prevHash, hash: auditHash(prevHash, full) }).returning();
    return row;
  });
}

/**
 * Appends queued events (gateway denials, written in batches off the request path) in one
 * transaction: per chain, one advisory lock, one read of the last hash, one INSERT. Chains are
 * locked in a fixed order so two writers never wait on each other in a cycle. With `dedupe`
 * (a batch replayed from the spool, which may have been committed once before its
 * acknowledgement was lost) events whose `details.event_id` is already among the chain's recent
 * rows are skipped.
 */
export async function appendAuditEvents(db: Db, events: AuditContent[], options: { dedupe?: boolean } = {}): Promise<number> {
  if (events.length === 0) return 0;
  const byChain = new Map<string, AuditContent[]>();
  for (const event of events) {
    const chain = event.orgId ?? '';
    const list = byChain.get(chain);
    if (list) list.push(event);
    else byChain.set(chain, [event]);
  }
  return db.transaction(async (tx) => {
    let written = 0;
    for (const chain of [...byChain.keys()].sort()) {
      const orgId = chain || null;
      let list = byChain.get(chain)!;
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'audit:' + (orgId ?? 'global')}))`);
      const recent = await tx
        .select({ hash: auditEvents.hash, eventId: sql<string | null>`${auditEvents.details}->>'event_id'` })
        .from(auditEvents)
        .where(chainOf(orgId))
        .orderBy(desc(auditEvents.id))
        .limit(options.dedupe ? Math.max(1000, list.length * 2) : 1);
      if (options.dedupe) {
        const seen = new Set(recent.map((r) => r.eventId).filter(Boolean));
        list = list.filter((e) => !seen.has(e.details.event_id as string));
        if (list.length === 0) continue;
      }
      let prevHash = recent[0]?.hash ?? GENESIS_HASH;
      const rows = list.map((content) => {
        const hash = auditHash(prevHash, content);
        const row = { ...content, prevHash, hash };
        prevHash = hash;
        return row;
      });
      // bigserial ids follow the VALUES order inside one INSERT, so the chain order is the id order.
      await tx.insert(auditEvents).values(rows);
      written += rows.length;
    }
    return written;
  });
}

export async function listAuditEvents(
  db: Db,
  orgId: OrgId,
  filter: { limit: number; offset: number; action?: string },
): Promise<{ items: AuditEvent[]; total: number }> {
  const where = forOrg(auditEvents, orgId, filter.action ? eq(auditEvents.action, filter.action) : undefined);
  const [items, [{ total }]] = await Promise.all([
    db.select().from(auditEvents).where(where).orderBy(desc(auditEvents.id)).limit(filter.limit).offset(filter.offset),
    db.select({ total: sql<number>`count(*)` }).from(auditEvents).where(where),
  ]);
  return { items, total: Number(total) };
}

export interface ChainBreak {
  id: number;
  orgId: string | null;
  reason: 'prev_hash_mismatch' | 'hash_mismatch';
}

/** Walks one chain in id order, in pages, and returns the first row that does not match. */
export async function verifyAuditChain(db: Db, orgId: string | null, pageSize = 1000): Promise<{ checked: number; broken?: ChainBreak }> {
  let prevHash = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditEvents).where(and(chainOf(orgId), gt(auditEvents.id, afterId))).orderBy(asc(auditEvents.id)).limit(pageSize);
    for (const row of rows) {
      checked++;
      if (row.prevHash !== prevHash) return { checked, broken: { id: row.id, orgId, reason: 'prev_hash_mismatch' } };
      const { id: _id, prevHash: _p, hash, ...content } = row;
      if (auditHash(prevHash, content) !== hash) return { checked, broken: { id: row.id, orgId, reason: 'hash_mismatch' } };
      prevHash = hash;
      afterId = row.id;
    }
    if (rows.length < pageSize) return { checked };
  }
}

/** Every chain (one per organisation, plus the global one), for the verifier. */
export async function listAuditChains(db: Db): Promise<(string | null)[]> {
  const rows = await db.selectDistinct({ orgId: auditEvents.orgId }).from(auditEvents);
  return rows.map((r) => r.orgId);
}
