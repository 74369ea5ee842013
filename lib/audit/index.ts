import type { Db } from '@/db';
import { appendAuditEvent } from '@/db/queries/audit';
import { log } from '@/lib/log';

export interface AuditActor {
  type: 'user' | 'token' | 'system' | 'gateway_key' | 'anonymous';
  id: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditInput {
  orgId: string | null;
  actor: AuditActor;
  action: string;
  target?: { type: string; id: string | null };
  details?: Record<string, unknown>;
}

/**
 * Records an audit event. Management actions await it (so the trail is complete before the caller
 * sees success); an audit failure is logged and re-thrown rather than silently dropped.
 */
export async function audit(db: Db, input: AuditInput): Promise<void> {
  try {
    await appendAuditEvent(db, {
      orgId: input.orgId,
      actorType: input.actor.type,
      actorId: input.actor.id,
      action: input.action,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      ip: input.actor.ip ?? null,
      userAgent: input.actor.userAgent?.slice(0, 256) ?? null,
      details: input.details ?? {},
    });
  } catch (error) {
    log.error({ err: error, action: input.action }, 'audit event could not be written');
    throw error;
  }
}

/**
 * The actions the trail records. Management routes await `audit()`; the gateway queues its
 * denials through `auditLater()` (lib/audit/writer.ts). Settings, policy and approval routes use
 * the names below so the audit API's `?action=` filter and the dashboard agree on them.
 */
export const AUDIT_ACTIONS = [
  'auth.sign_up',
  'auth.sign_in',
  'auth.sign_in_failed',
  'org.create',
  'key.create',
  'key.update',
  'key.revoke',
  'credential.create',
  'credential.set_default',
  'credential.delete',
  'token.create',
  'token.revoke',
  'policy.create',
  'policy.update',
  'policy.delete',
  'approval.approve',
  'approval.reject',
  'settings.update',
  'member.add',
  'member.invite',
  'member.join',
  'member.role_change',
  'member.remove',
  'invitation.revoke',
  'price.set',
  'price.delete',
  'gateway.denied',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * For `settings.update` (and policy edits): the names of the fields that changed, never their
 * values (a setting may hold a webhook URL or another secret).
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name])).sort();
}
