import { env } from '@/lib/config/env';
import { log } from '@/lib/log';
import { metrics } from '@/lib/metrics';
import { onShutdown } from '@/lib/runtime/shutdown';
import { processSingleton } from '@/lib/runtime/singleton';
import { AlertSender, type AlertFields, type AlertKind } from './sender';

export { AlertSender, type AlertFields, type AlertKind, type AlertMessage } from './sender';

/** The process's alert sender (GATEWAY_ALERT_WEBHOOK_URL; without it alerts are only logged). */
export function alertSender(): AlertSender {
  return processSingleton('alerts', () => {
    const config = env();
    const sender = new AlertSender({
      url: config.GATEWAY_ALERT_WEBHOOK_URL,
      perWindow: config.GATEWAY_ALERTS_PER_MINUTE,
      logger: log,
      onOutcome: (kind, outcome) => metrics.alert(kind, outcome),
    });
    onShutdown('alerts', () => sender.flush());
    return sender;
  });
}

function send(kind: AlertKind, title: string, fields: AlertFields): Promise<void> {
  try {
    return alertSender().send(kind, title, fields);
  } catch (error) {
    log.error({ err: error, alert: kind }, 'alert could not be queued');
    return Promise.resolve();
  }
}

/**
 * The alerts the product raises. Fields are ids, names and codes only: never a key, a credential
 * or prompt text (an alert channel is read by more people than the audit trail).
 */
export const alerts = {
  /** A guard or policy found a critical-severity violation (called by lib/guards / lib/policy). */
  criticalViolation: (f: { orgId: string; requestId: string; rule: string; type?: string; action?: string }) =>
    send('critical_violation', `Critical violation: ${f.rule}`, f),
  /** A guard that must answer could not, and the request was refused (fail-closed). */
  failClosed: (f: { guard: string; orgId?: string; requestId?: string; reason: string }) =>
    send('fail_closed', `Request refused: guard ${f.guard} unavailable (fail-closed)`, f),
  circuitOpen: (host: string, f: { threshold?: number; cooldownMs?: number } = {}) =>
    send('circuit_open', `Circuit opened for upstream ${host}`, { host, ...f }),
  auditChainBreak: (f: { orgId: string | null; id: number; reason: string }) =>
    send('audit_chain_break', `Audit trail hash chain broken at row ${f.id}`, { org: f.orgId ?? 'global', row: f.id, reason: f.reason }),
};
