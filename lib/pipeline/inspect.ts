import { AppError } from '@/lib/errors';
import { POLICY_DETECTOR } from '@/lib/guards/drafts';
import { textPlan } from '@/lib/guards/text-scan';
import { orgSettings } from '@/lib/orgs/cache';
import { policySet } from '@/lib/policy/cache';
import type { PolicySet, ScopeContext } from '@/lib/policy/compile';
import { inScope, modelAccessTriggers, ofKind } from '@/lib/policy/evaluate';
import { matchesAny } from '@/lib/policy/glob';
import { reserveBudget } from './budget';
import { addViolation, guardFailed, STORED_TEXT_LIMIT, type GuardState } from './guard-state';
import { resolveHold } from './hold';
import { scanRequest } from './inspect-text';
import type { PipelineContext } from './types';

/** The key's own allowed-model globs (matched against `model` and `provider/model`). */
function keyModelAccess(ctx: PipelineContext): void {
  const allowed = ctx.key!.allowedModels;
  if (allowed.length > 0 && ctx.model) {
    const qualified = `${ctx.provider}/${ctx.model}`;
    if (!matchesAny(ctx.model, allowed) && !matchesAny(qualified, allowed)) {
      ctx.decision = 'block';
      throw new AppError('policy_denied', `model ${ctx.model} is not allowed for this key`, { model: ctx.model });
    }
  }
}

async function loadGuard(ctx: PipelineContext): Promise<GuardState | undefined> {
  const settings = await orgSettings(ctx.orgId!);
  let set: PolicySet;
  try {
    set = await policySet(ctx.orgId!);
  } catch (error) {
    guardFailed(ctx, settings, 'policy_store', error);
    set = { orgId: ctx.orgId!, policies: [], empty: true, loadedAt: Date.now() };
  }
  const key = ctx.key!;
  if (set.empty && !settings.prompt_storage && !key.budgetUsdDaily && !key.budgetUsdMonthly) return undefined;
  const id = ctx.identity;
  const scope: ScopeContext = { keyId: key.id, agentId: id.agentId, userId: id.userId, groups: id.groups ?? [], model: ctx.model, provider: ctx.provider };
  return { settings, set, policies: inScope(set, scope), scope, holds: [], approvedTools: new Set(), masked: false };
}

function modelAccess(ctx: PipelineContext, guard: GuardState): void {
  const triggered = modelAccessTriggers(ofKind(guard.policies, 'model_access'), ctx.model, ctx.provider);
  let refused: (typeof triggered)[number] | undefined;
  for (const p of triggered) {
    const enforced = !p.shadow;
    addViolation(ctx, {
      type: 'policy',
      severity: p.severity ?? 'medium',
      direction: 'request',
      action: p.action,
      autoBlocked: enforced && p.action === 'block',
      policyId: p.id,
      policyName: p.name,
      detector: POLICY_DETECTOR,
      detectorVersion: `v${p.version}`,
      description: `model ${ctx.provider}/${ctx.model} is not allowed by "${p.name}"`,
      preview: null,
      entities: [],
      shadow: p.shadow,
      alert: p.action === 'alert',
    });
    if (!enforced) continue;
    if (p.action === 'block') refused ??= p;
    if (p.action === 'hold') guard.holds.push({ policy: p, reason: `model ${ctx.model} needs approval under "${p.name}"` });
  }
  if (refused) throw new AppError('policy_denied', refused.message ?? `model ${ctx.model} is not allowed by policy "${refused.name}"`, { policy_id: refused.id, model: ctx.model });
}

/**
 * What the response guards must do. Nothing in the response can change when only detect-only or
 * shadow rules apply and no placeholder needs restoring: then respond.ts observes the bytes and
 * never holds them. A guard that must edit a format with no editor follows the `response_guard`
 * fail mode here, before the model is called.
 */
function planResponse(ctx: PipelineContext, guard: GuardState): void {
  const text = textPlan(guard.policies, 'response');
  const toolRules = ofKind(guard.policies, 'tool_call');
  const rehydrate = (guard.pseudonymizer?.size ?? 0) > 0;
  const capture = guard.settings.prompt_storage;
  if (!text && toolRules.length === 0 && !rehydrate && !capture) return;
  const edits = rehydrate || toolRules.some((r) => !r.shadow) || Boolean(text?.pii?.edits) || Boolean(text?.rules.some((r) => !r.shadow && (r.action === 'block' || r.action === 'redact')));
  const observeOnly = !edits && toolRules.length === 0;
  guard.response = { text, toolRules, observeOnly, capture };
  const format = ctx.route?.format;
  if (!format || observeOnly) return;
  const editor = ctx.stream ? format.createStreamEditor : format.editResponse;
  if (!editor) {
    guardFailed(ctx, guard.settings, 'response_guard', new Error(`response guards are not available for the ${format.id} format yet`));
    guard.response = { text, toolRules: [], observeOnly: true, capture };
  }
}

function storePrompt(ctx: PipelineContext, guard: GuardState): void {
  if (!guard.settings.prompt_storage || !ctx.view) return;
  let out = '';
  for (const part of ctx.view.parts) {
    out += `${part.kind === 'tool_arguments' ? 'tool_call' : part.role}: ${part.text}\n\n`;
    if (out.length >= STORED_TEXT_LIMIT) break;
  }
  guard.storedPrompt = out.slice(0, STORED_TEXT_LIMIT).trimEnd();
}

/**
 * Step 5: request-side checks before anything reaches the provider, in order: the key's model
 * globs, model-access policies, PII / secrets / content rules (masking and pseudonymising in
 * place), prompt injection, holds for approval, and the budget reservation last (so a request
 * refused for any other reason never writes to a budget counter).
 */
export async function inspect(ctx: PipelineContext): Promise<void> {
  keyModelAccess(ctx);
  const guard = await loadGuard(ctx);
  if (!guard) return;
  ctx.guard = guard;
  modelAccess(ctx, guard);
  await scanRequest(ctx, guard);
  await resolveHold(ctx, guard);
  await reserveBudget(ctx, guard);
  planResponse(ctx, guard);
  storePrompt(ctx, guard);
}
