import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { getDb } from '@/db';
import { appendAuditEvents } from '@/db/queries/audit';
import type { AuditContent } from '@/lib/audit/chain';
import { BatchWriter } from '@/lib/usage/batch-writer';
import { dataDir } from '@/lib/runtime/data-dir';
import { onShutdown } from '@/lib/runtime/shutdown';
import { processSingleton } from '@/lib/runtime/singleton';
import type { AuditInput } from './index';

/**
 * Audit events raised on the gateway's request path (denials). Management actions await their
 * audit row; the gateway must not wait for a transaction per refused request, so these are queued
 * and appended in batches (one transaction per batch), spooled to disk while the database is
 * away like usage rows. Each event carries an `event_id` so a replayed batch is not written twice.
 */
export function auditWriter(): BatchWriter<AuditContent> {
  return processSingleton('audit-writer', () => {
    const writer = new BatchWriter<AuditContent>({
      name: 'audit',
      write: async (rows, replay) => appendAuditEvents(await getDb(), rows, { dedupe: replay }),
      spoolDir: () => path.join(dataDir(), 'spool'),
      revive: (row) => ({ ...row, createdAt: new Date(row.createdAt as unknown as string) }),
      batchSize: 200,
      flushIntervalMs: 500,
      maxQueue: 10_000,
    });
    onShutdown('audit-writer', () => writer.close());
    return writer;
  });
}

/** Queues an audit event without waiting for it; never throws. */
export function auditLater(input: AuditInput): void {
  auditWriter().enqueue({
    orgId: input.orgId,
    actorType: input.actor.type,
    actorId: input.actor.id,
    action: input.action,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    ip: input.actor.ip ?? null,
    userAgent: input.actor.userAgent?.slice(0, 256) ?? null,
    details: { ...input.details, event_id: randomUUID() },
    createdAt: new Date(),
  });
}
