import type { AuditEvent } from '@/db/schema';

/** The management API's view of one audit row (the hashes let a client check the chain itself). */
export function presentAuditEvent(row: AuditEvent) {
  return {
    id: row.id,
    action: row.action,
    actor: { type: row.actorType, id: row.actorId },
    target: row.targetType ? { type: row.targetType, id: row.targetId } : null,
    ip: row.ip,
    user_agent: row.userAgent,
    details: row.details,
    created_at: row.createdAt.toISOString(),
    prev_hash: row.prevHash,
    hash: row.hash,
  };
}
