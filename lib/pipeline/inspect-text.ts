import { performance } from 'node:perf_hooks';
import { AppError } from '@/lib/errors';
import { entityDrafts, ruleDrafts, roleLabel } from '@/lib/guards/drafts';
import { classifierInput, externalClassifier, injectionDraft, injectionPolicies, scoreParts, type InjectionHit } from '@/lib/guards/injection-scan';
import { Pseudonymizer } from '@/lib/guards/pii';
import { scanText, textPlan, type ScannedText } from '@/lib/guards/text-scan';
import type { PolicyOf } from '@/lib/policy/compile';
import { RegexBudgetError } from '@/lib/policy/regex';
import { writePart } from '@/lib/providers/shared/view';
import type { TextPart } from '@/lib/providers/types';
import { recordLateViolation } from './guard-record';
import { addViolation, guardFailed, type GuardState } from './guard-state';
import type { PipelineContext } from './types';

/** Content rules may spend at most this long on one request before the `content_rules` fail mode applies. */
const CONTENT_BUDGET_MS = 100;

interface Refusal {
  policy: { id: string; name: string; message?: string };
  reason: string;
}

function refusal(r: Refusal): AppError {
  const text = r.policy.message ?? `request blocked by policy "${r.policy.name}": ${r.reason}`;
  return new AppError('policy_denied', text, { policy_id: r.policy.id });
}

/** Writes one edited part back into the native JSON; a JSON-valued part that no longer parses is stored as text. */
function writeBack(ctx: PipelineContext, part: TextPart, text: string): void {
  try {
    writePart(ctx.json, part, text);
  } catch {
    writePart(ctx.json, { ...part, encoding: undefined }, text);
  }
  part.text = text;
  ctx.bodyEdited = true;
}

/** PII, secrets and content rules over every text part; edits go back into the native JSON. */
function scanEntities(ctx: PipelineContext, guard: GuardState, parts: TextPart[]): Refusal | null {
  const plan = textPlan(guard.policies, 'request');
  if (!plan) return null;
  guard.requestPlan = plan;
  if (plan.pii?.pseudonymizes) guard.pseudonymizer = new Pseudonymizer();
  let scanned: ScannedText[];
  try {
    const deadline = performance.now() + CONTENT_BUDGET_MS;
    scanned = parts.map((p) => scanText(p.text, p.role, plan, guard.pseudonymizer, deadline));
  } catch (error) {
    guardFailed(ctx, guard.settings, error instanceof RegexBudgetError ? 'content_rules' : 'pii', error);
    return null;
  }
  const refs = parts.map((p, i) => ({ role: p.role, kind: p.kind, source: p.text, scanned: scanned[i] }));
  for (const d of [...entityDrafts('request', refs), ...ruleDrafts('request', refs)]) addViolation(ctx, d);
  let refused: Refusal | null = null;
  scanned.forEach((s, i) => {
    ctx.guardStats.entitiesDetected += s.findings.length;
    const blocked = s.findings.findIndex((_, j) => s.decisions[j]?.action === 'block');
    if (!refused && blocked >= 0) refused = { policy: s.decisions[blocked]!.policy, reason: `${s.findings[blocked].type} found in the ${roleLabel(parts[i])}` };
    for (const hit of s.hits) {
      if (hit.rule.shadow) continue;
      if (!refused && hit.rule.action === 'block') refused = { policy: hit.rule, reason: `content rule matched in the ${roleLabel(parts[i])}` };
      if (hit.rule.action === 'hold' && !guard.holds.some((h) => h.policy.id === hit.rule.id)) guard.holds.push({ policy: hit.rule, reason: `content rule "${hit.rule.name}" matched` });
    }
    if (s.changed) {
      writeBack(ctx, parts[i], s.text);
      guard.masked = true;
    }
  });
  return refused;
}

function classifierFinding(score: number, label: string) {
  return { score, flagged: true, family: /jailbreak/i.test(label) ? 'roleplay_jailbreak' : 'classifier', evidence: null, detector: 'external-classifier', version: label };
}

/** Sends a copy of the text to the classifier after the request went on; a finding is recorded late. */
function classifyLater(ctx: PipelineContext, policies: PolicyOf<'injection'>[], input: string): void {
  const client = externalClassifier(Math.max(...policies.map((p) => p.classifierTimeoutMs)));
  if (!client) return;
  const snapshot = { orgId: ctx.orgId!, requestId: ctx.requestId, apiKeyId: ctx.key!.id, agentId: ctx.identity.agentId, userId: ctx.identity.userId };
  client.classify(input).then(
    (r) => {
      for (const p of policies) {
        if (r.score < p.classifierThreshold) continue;
        const hit: InjectionHit = { policy: p, partIndex: -1, finding: classifierFinding(r.score, r.label), indirect: false, source: 'classifier' };
        // Asked after the fact, it can only record: the request has already gone on.
        recordLateViolation(snapshot, { ...injectionDraft(hit, { role: 'user', text: input }), action: 'log', autoBlocked: false });
      }
    },
    (error) => recordLateViolation(snapshot, { type: 'policy', severity: 'low', direction: 'request', action: 'allow', autoBlocked: false, policyId: null, detector: 'fail-mode', detectorVersion: 'injection_classifier', description: `asynchronous injection classifier failed: ${(error as Error).message.slice(0, 200)}`, preview: null, entities: [], shadow: false }),
  );
}

async function scanInjection(ctx: PipelineContext, guard: GuardState, parts: TextPart[]): Promise<Refusal | null> {
  const policies = injectionPolicies(guard.policies);
  if (policies.length === 0) return null;
  let hits: InjectionHit[];
  try {
    hits = scoreParts(parts, policies).hits;
  } catch (error) {
    guardFailed(ctx, guard.settings, 'injection', error);
    return null;
  }
  const inline = policies.filter((p) => p.classifier === 'inline' && !hits.some((h) => h.policy === p));
  if (inline.length > 0) {
    try {
      const client = externalClassifier(Math.max(...inline.map((p) => p.classifierTimeoutMs)));
      if (!client) throw new Error('GATEWAY_INJECTION_CLASSIFIER_URL is not set');
      const input = classifierInput(parts, inline);
      const r = await client.classify(input);
      const last = parts.length - 1;
      for (const p of inline) {
        if (r.score >= p.classifierThreshold) hits.push({ policy: p, partIndex: last, finding: classifierFinding(r.score, r.label), indirect: false, source: 'classifier' });
      }
    } catch (error) {
      guardFailed(ctx, guard.settings, 'injection_classifier', error);
    }
  }
  const later = policies.filter((p) => p.classifier === 'async');
  if (later.length > 0) classifyLater(ctx, later, classifierInput(parts, later));
  let refused: Refusal | null = null;
  for (const hit of hits) {
    const part = parts[hit.partIndex] ?? parts[parts.length - 1];
    addViolation(ctx, injectionDraft(hit, part));
    if (hit.policy.shadow) continue;
    const reason = `possible prompt injection (${hit.finding.family ?? 'unclassified'}) in the ${roleLabel(part)}`;
    if (!refused && hit.policy.action === 'block') refused = { policy: hit.policy, reason };
    if (hit.policy.action === 'hold') guard.holds.push({ policy: hit.policy, reason });
  }
  return refused;
}

/**
 * Request text through the guards: PII and secrets with per-entity actions (mask and pseudonymize
 * write back into the native JSON), content rules, then prompt injection (detector, and the
 * external classifier where a policy asks for it). Every finding is recorded before a refusal is
 * raised, so a blocked request still shows everything that was wrong with it.
 */
export async function scanRequest(ctx: PipelineContext, guard: GuardState): Promise<void> {
  const parts = ctx.view?.parts;
  if (!parts || parts.length === 0) return;
  const started = performance.now();
  const refusedByText = scanEntities(ctx, guard, parts);
  const mid = performance.now();
  const refusedByInjection = await scanInjection(ctx, guard, parts);
  ctx.guardStats.maskingMs += mid - started;
  const refused = refusedByText ?? refusedByInjection;
  if (refused) throw refusal(refused);
}
