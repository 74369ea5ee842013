import type { BudgetClaim } from '@/db/queries/budgets';
import { alerts } from '@/lib/alerts';
import { AppError } from '@/lib/errors';
import type { ViolationDraft } from '@/lib/guards/drafts';
import type { Pseudonymizer } from '@/lib/guards/pii';
import type { TextPlan } from '@/lib/guards/text-scan';
import { log } from '@/lib/log';
import { metrics } from '@/lib/metrics';
import type { OrgSettings } from '@/lib/orgs/settings';
import type { CompiledPolicy, PolicyOf, PolicySet, ScopeContext } from '@/lib/policy/compile';
import type { PipelineContext } from './types';

/**
 * What the request guards (inspect) leave for the response guards (respond) and the recorder.
 * Created only when the organisation has something to enforce or store.
 */
export interface ResponsePlan {
  text: TextPlan | null;
  toolRules: PolicyOf<'tool_call'>[];
  /** Nothing in the response can change (detect-only or shadow rules): observe the bytes, never hold them. */
  observeOnly: boolean;
  /** Keep the (guarded) response text for the request row (prompt storage). */
  capture: boolean;
}

export interface BudgetHold {
  claims: BudgetClaim[];
  estimateUsd: number;
  settled: boolean;
}

export interface GuardState {
  settings: OrgSettings;
  set: PolicySet;
  /** The organisation's active policies whose scope matches this request, by priority. */
  policies: CompiledPolicy[];
  scope: ScopeContext;
  pseudonymizer?: Pseudonymizer;
  /** The request-side text plan, reused to mask a stored response like the prompt was masked. */
  requestPlan?: TextPlan;
  /** Policies asking to hold the request for a human, resolved after every blocking check. */
  holds: { policy: CompiledPolicy; reason: string }[];
  budget?: BudgetHold;
  response?: ResponsePlan;
  /** Fingerprints of tool calls a reviewer approved (consumed for this request). */
  approvedTools: Set<string>;
  masked: boolean;
  storedPrompt?: string;
  storedResponse?: string;
  /** Set by the response guard: records what the response scanners found (idempotent). */
  finishResponse?: () => void;
}

/** Stored prompts and responses (prompt_storage) are cut at this many characters. */
export const STORED_TEXT_LIMIT = 32_768;

export type GuardName = 'policy_store' | 'identity' | 'pii' | 'content_rules' | 'injection' | 'injection_classifier' | 'budget' | 'approvals' | 'response_guard';

export function failMode(settings: OrgSettings, guard: GuardName): 'open' | 'closed' {
  return settings.guard_fail_modes[guard] ?? settings.fail_mode;
}

export function addViolation(ctx: PipelineContext, draft: ViolationDraft): void {
  (ctx.violations ??= []).push(draft);
}

/**
 * A guard could not give an answer. Closed (the default): the request is refused with 503
 * `guard_unavailable` and an alert. Open: it goes on unguarded, and the gap is recorded and counted.
 */
export function guardFailed(ctx: PipelineContext, settings: OrgSettings, guard: GuardName, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  const mode = failMode(settings, guard);
  log.warn({ err: error, guard, mode, request_id: ctx.requestId }, 'guard unavailable');
  metrics.policyEvaluated(mode === 'open' ? 'fail_open' : 'fail_closed');
  addViolation(ctx, {
    type: 'policy',
    severity: 'high',
    direction: 'request',
    action: mode === 'open' ? 'allow' : 'block',
    autoBlocked: mode === 'closed',
    policyId: null,
    detector: 'fail-mode',
    detectorVersion: guard,
    description: `guard ${guard} unavailable (${reason.slice(0, 200)}); ${mode === 'open' ? 'let through (fail-open)' : 'refused (fail-closed)'}`,
    preview: null,
    entities: [],
    shadow: false,
  });
  if (mode === 'open') return;
  void alerts.failClosed({ guard, orgId: ctx.orgId, requestId: ctx.requestId, reason: reason.slice(0, 200) });
  throw new AppError('guard_unavailable', `the ${guard.replace(/_/g, ' ')} guard is unavailable, so the request was refused (fail-closed)`, { guard });
}

/** The request row's `decision`: the strongest thing the guards did. */
export function decisionOf(ctx: PipelineContext): string {
  const drafts = ctx.violations ?? [];
  if (drafts.some((d) => d.autoBlocked)) return 'block';
  // A tool call held for approval in the response (a held request already set `hold` itself).
  if (drafts.some((d) => d.action === 'hold' && !d.shadow)) return 'hold';
  if (ctx.guard?.masked) return 'mask';
  if (drafts.length > 0) return 'log';
  return 'allow';
}
