import type { BudgetClaim } from '@/db/queries/budgets';
import type { ApiKey } from '@/db/schema';
import type { RequestView } from '@/lib/providers/types';
import { priceFor } from '@/lib/usage/cost';
import type { PolicyOf, ScopeContext } from './compile';

/**
 * Budget arithmetic, pure. The pre-flight estimate is what a request could cost at most:
 * prompt tokens (characters / 4 over every text part, plus 8 per part for message framing) at the
 * input price, plus the request's max output tokens (DEFAULT_MAX_OUTPUT_TOKENS when it names none)
 * at the output price. Reserving the upper bound is what makes concurrent requests unable to
 * overspend; the real cost replaces it when the response ends.
 */
export const DEFAULT_MAX_OUTPUT_TOKENS = 4096;

export function estimatePromptTokens(view: RequestView | undefined): number {
  if (!view) return 0;
  let chars = 0;
  for (const part of view.parts) chars += part.text.length;
  return Math.ceil(chars / 4) + 8 * view.parts.length;
}

/** USD upper bound for the call, or null when the model has no known price. */
export function estimateCostUsd(provider: string, model: string | undefined, view: RequestView | undefined): number | null {
  const price = priceFor(provider, model);
  if (!price) return null;
  const output = view?.maxOutputTokens && view.maxOutputTokens > 0 ? view.maxOutputTokens : DEFAULT_MAX_OUTPUT_TOKENS;
  return (estimatePromptTokens(view) * price.input + output * price.output) / 1_000_000;
}

/** `day:2026-11-23` or `month:2026-11`, in UTC. */
export function periodKey(period: 'day' | 'month', now = new Date()): string {
  const iso = now.toISOString();
  return period === 'day' ? `day:${iso.slice(0, 10)}` : `month:${iso.slice(0, 7)}`;
}

export interface BudgetSubject {
  claim: BudgetClaim;
  /** The budget policy, or null for the key's own `budget_usd_daily` / `budget_usd_monthly`. */
  policy: PolicyOf<'budget'> | null;
}

/**
 * One counter per budget that applies. Policy budgets count only the requests in their scope, so
 * their counters are their own (`policy:<id>:user:<id>`); a key's own budgets count all its spend.
 * A per-user or per-agent budget counts calls without a user or agent together, under `(none)`.
 */
export function budgetSubjects(policies: readonly PolicyOf<'budget'>[], key: ApiKey, scope: ScopeContext, amountUsd: number, now = new Date()): BudgetSubject[] {
  const out: BudgetSubject[] = [];
  for (const p of policies) {
    const who = p.per === 'key' ? `key:${key.id}` : p.per === 'user' ? `user:${scope.userId ?? '(none)'}` : p.per === 'agent' ? `agent:${scope.agentId ?? '(none)'}` : 'org';
    const enforced = !p.shadow && p.action === 'block';
    out.push({ policy: p, claim: { subject: `policy:${p.id}:${who}`, period: periodKey(p.period, now), capUsd: enforced ? p.limitUsd : null, amountUsd } });
  }
  if (key.budgetUsdDaily) out.push({ policy: null, claim: { subject: `key:${key.id}`, period: periodKey('day', now), capUsd: key.budgetUsdDaily, amountUsd } });
  if (key.budgetUsdMonthly) out.push({ policy: null, claim: { subject: `key:${key.id}`, period: periodKey('month', now), capUsd: key.budgetUsdMonthly, amountUsd } });
  return out;
}
