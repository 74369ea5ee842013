import type { NewViolation } from '@/db/schema';
import { alerts } from '@/lib/alerts';
import { previewText, type ViolationDraft } from '@/lib/guards/drafts';
import { applyEntityActions, detectEntities } from '@/lib/guards/pii';
import { violationWriter } from '@/lib/guards/violation-writer';
import { uuidv7 } from '@/lib/ids';
import { log } from '@/lib/log';
import { metrics } from '@/lib/metrics';
import { settleBudget } from './budget';
import { decisionOf, type GuardState } from './guard-state';
import type { PipelineContext } from './types';

/**
 * The record stage's guard part: every violation of the request becomes a row (queued, batched,
 * spooled), with its metrics and alerts; the budget reservation is settled with the real cost; the
 * request's decision is fixed. Never throws.
 */
interface Who {
  orgId: string;
  requestId: string;
  apiKeyId?: string;
  agentId?: string;
  userId?: string;
}

function observeDraft(who: Who, d: ViolationDraft): void {
  if (d.type === 'pii' || d.type === 'secret') for (const e of d.entities) metrics.piiDetected(e.type, d.direction);
  if (d.type === 'injection' && d.entities[0]) metrics.injectionDetected(d.entities[0].type);
  metrics.policyEvaluated(d.shadow ? 'shadow' : d.action);
  if (!d.shadow && (d.severity === 'critical' || d.alert)) {
    void alerts.criticalViolation({ orgId: who.orgId, requestId: who.requestId, rule: d.policyName ?? d.description.slice(0, 80), type: d.type, action: d.action });
  }
}

function toRow(who: Who, d: ViolationDraft, at: Date): NewViolation {
  return {
    id: uuidv7(at.getTime()),
    orgId: who.orgId,
    requestId: who.requestId,
    apiKeyId: who.apiKeyId ?? null,
    type: d.type,
    severity: d.severity,
    direction: d.direction,
    action: d.action,
    autoBlocked: d.autoBlocked,
    policyId: d.policyId,
    detector: d.detector,
    detectorVersion: d.detectorVersion,
    description: d.description.slice(0, 1000),
    redactedPreview: previewText(d.preview),
    entities: d.entities.slice(0, 50),
    shadow: d.shadow,
    agentId: who.agentId ?? null,
    userId: who.userId ?? null,
    createdAt: at,
  };
}

/**
 * A stored response holds what the client received, with placeholders restored; it is masked with
 * the request's own actions (a pseudonymised value gets its placeholder back), so the request row
 * never keeps a value the prompt was not allowed to keep.
 */
function maskStored(guard: GuardState, text: string): string {
  const pii = guard.requestPlan?.pii;
  if (!pii?.edits) return text;
  const findings = detectEntities(text, pii.options);
  return applyEntityActions(text, findings, (f) => pii.enforced(f)?.action ?? 'detect', guard.pseudonymizer).text;
}

/** For findings that arrive after the request was recorded (the asynchronous classifier). */
export function recordLateViolation(who: Who, draft: ViolationDraft): void {
  try {
    observeDraft(who, draft);
    violationWriter().enqueue(toRow(who, draft, new Date()));
  } catch (error) {
    log.error({ err: error, requestId: who.requestId }, 'could not record violation');
  }
}

export function recordGuards(ctx: PipelineContext, costUsd: number | null): void {
  try {
    if (!ctx.orgId || !ctx.key) return;
    settleBudget(ctx, costUsd);
    ctx.guard?.finishResponse?.();
    if (ctx.guard?.storedResponse) ctx.guard.storedResponse = maskStored(ctx.guard, ctx.guard.storedResponse);
    if (ctx.errorCode === 'rate_limited') {
      (ctx.violations ??= []).push({ type: 'rate', severity: 'low', direction: 'request', action: 'block', autoBlocked: true, policyId: null, detector: 'rate-limiter', detectorVersion: '1', description: ctx.errorMessage ?? 'rate limit exceeded', preview: null, entities: [], shadow: false });
    }
    const drafts = ctx.violations;
    // A refusal or hold already named the decision; otherwise the strongest thing the guards did.
    if ((ctx.guard || drafts) && ctx.decision !== 'block' && ctx.decision !== 'hold') ctx.decision = decisionOf(ctx);
    if (!drafts || drafts.length === 0) return;
    const who: Who = { orgId: ctx.orgId, requestId: ctx.requestId, apiKeyId: ctx.key.id, agentId: ctx.identity.agentId, userId: ctx.identity.userId };
    // The rows, and the redacted previews in them, are made once the response has gone out: the
    // caller does not wait for its own violation records.
    setImmediate(writeDrafts, who, drafts, ctx.receivedAt);
  } catch (error) {
    log.error({ err: error, requestId: ctx.requestId }, 'could not record guard results');
  }
}

function writeDrafts(who: Who, drafts: ViolationDraft[], at: Date): void {
  try {
    const writer = violationWriter();
    for (const d of drafts) {
      observeDraft(who, d);
      writer.enqueue(toRow(who, d, at));
    }
  } catch (error) {
    log.error({ err: error, requestId: who.requestId }, 'could not record violations');
  }
}
