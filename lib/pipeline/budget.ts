import { getDb } from '@/db';
import { reserveBudgets } from '@/db/queries/budgets';
import { AppError } from '@/lib/errors';
import { POLICY_DETECTOR, type ViolationDraft } from '@/lib/guards/drafts';
import { budgetSubjects, estimateCostUsd, type BudgetSubject } from '@/lib/policy/budget';
import { settleLater } from '@/lib/policy/budget-settle';
import { ofKind } from '@/lib/policy/evaluate';
import { addViolation, guardFailed, type GuardState } from './guard-state';
import type { PipelineContext } from './types';

/**
 * Budget pre-flight: the request's cost upper bound is reserved on every counter that applies
 * (policy budgets in scope, and the key's own daily / monthly budget) before anything is
 * forwarded; a counter that would cross its cap refuses the request with 402 `budget_exceeded`
 * and the model is never called. The one database round trip on the hot path, and only for
 * requests under a budget. Unknown price under an enforced budget: refused (fail closed), since
 * nothing could be counted against the cap.
 */
const usd = (n: number) => `$${n < 1 ? n.toFixed(4) : n.toFixed(2)}`;

function budgetDraft(s: BudgetSubject, description: string, blocked: boolean): ViolationDraft {
  const p = s.policy;
  return {
    type: 'budget',
    severity: p?.severity ?? (blocked ? 'high' : 'medium'),
    direction: 'request',
    action: p ? p.action : 'block',
    autoBlocked: blocked,
    policyId: p?.id ?? null,
    policyName: p?.name ?? 'key budget',
    detector: POLICY_DETECTOR,
    detectorVersion: p ? `v${p.version}` : 'key',
    description,
    preview: null,
    entities: [],
    shadow: p?.shadow ?? false,
    alert: p?.action === 'alert',
  };
}

function label(s: BudgetSubject): string {
  return s.policy ? `budget "${s.policy.name}"` : `this key's ${s.claim.period.startsWith('day') ? 'daily' : 'monthly'} budget`;
}

export async function reserveBudget(ctx: PipelineContext, guard: GuardState): Promise<void> {
  const key = ctx.key!;
  const policies = ofKind(guard.policies, 'budget');
  if (policies.length === 0 && !key.budgetUsdDaily && !key.budgetUsdMonthly) return;
  const estimate = estimateCostUsd(ctx.provider, ctx.model, ctx.view);
  const subjects = budgetSubjects(policies, key, guard.scope, estimate ?? 0);
  if (estimate === null) {
    const enforced = subjects.find((s) => s.claim.capUsd !== null);
    if (!enforced) return;
    addViolation(ctx, budgetDraft(enforced, `no price is known for model ${ctx.model ?? '(none)'}, so ${label(enforced)} cannot be enforced`, true));
    throw new AppError('policy_denied', `no price is known for model ${ctx.model ?? '(none)'}, so ${label(enforced)} cannot be enforced; add a price override or use a priced model`, { policy_id: enforced.policy?.id });
  }
  let result;
  try {
    result = await reserveBudgets(await getDb(), ctx.orgId!, subjects.map((s) => s.claim));
  } catch (error) {
    return guardFailed(ctx, guard.settings, 'budget', error);
  }
  if (!result.ok) {
    const s = subjects[result.index];
    const cap = s.claim.capUsd!;
    const used = result.spentUsd + result.reservedUsd;
    const message = `${label(s)} of ${usd(cap)} per ${s.claim.period.split(':')[0]} would be exceeded: ${usd(used)} spent or reserved, this request may cost up to ${usd(estimate)}`;
    addViolation(ctx, budgetDraft(s, message, true));
    throw new AppError('budget_exceeded', message, { policy_id: s.policy?.id });
  }
  guard.budget = { claims: subjects.map((s) => s.claim), estimateUsd: estimate, settled: false };
  // Record-only and shadow budgets never refuse; they say when the cap is crossed.
  subjects.forEach((s, i) => {
    if (s.claim.capUsd !== null || !s.policy || result.totals[i] <= s.policy.limitUsd) return;
    addViolation(ctx, budgetDraft(s, `${label(s)} of ${usd(s.policy.limitUsd)} exceeded: ${usd(result.totals[i])} spent or reserved`, false));
  });
}

/**
 * After the response: the reservation is replaced by the real cost. A call that never reached the
 * model costs nothing; a stream cut short without usage is charged its estimate (the provider
 * may still bill it).
 */
export function settleBudget(ctx: PipelineContext, costUsd: number | null): void {
  const budget = ctx.guard?.budget;
  if (!budget || budget.settled) return;
  budget.settled = true;
  const reachedModel = ctx.timings.upstreamHeaders !== undefined && (ctx.status ?? 500) < 400;
  const spent = !reachedModel ? 0 : ctx.result?.usage ? (costUsd ?? budget.estimateUsd) : budget.estimateUsd;
  settleLater(budget.claims.map((c) => ({ orgId: ctx.orgId!, subject: c.subject, period: c.period, spentUsd: spent, releaseUsd: c.amountUsd })));
}
