import { applyEntityActions, detectEntities, Pseudonymizer } from '@/lib/guards/pii';
import { scoreInjection } from '@/lib/guards/injection';
import type { EntityAction, TextRole } from '@/lib/guards/types';
import type { CompiledPolicy, ScopeContext } from '@/lib/policy/compile';
import { contentMatches } from '@/lib/policy/evaluate';
import type { PolicySet } from '@/lib/policy/compile';
import { inScope } from '@/lib/policy/evaluate';
import { injectionPolicies, scoreParts } from './injection-scan';
import { REDACTED, scanText, textPlan } from './text-scan';

/**
 * POST /api/v1/guards/scan: one text through the same engine and the same policies the gateway
 * applies to a request (or a response). `masked_text` is the text with every entity replaced —
 * by its placeholder where a policy pseudonymises, by `[REDACTED:TYPE]` otherwise, including
 * entities the policies only record — and with `redact` content rules applied.
 */
export interface ScanInput {
  text: string;
  direction: 'request' | 'response';
  role: 'user' | 'system' | 'tool';
  scope: ScopeContext;
}

export interface ScanDecision {
  policy_id: string;
  action: string;
  kind: string;
  name: string;
  shadow: boolean;
}

export function scanForApi(set: PolicySet, input: ScanInput) {
  const policies: CompiledPolicy[] = inScope(set, input.scope);
  const role: TextRole = input.role;
  const plan = textPlan(policies, input.direction) ?? { direction: input.direction, pii: null, rules: [] };
  const pseudonymizer = new Pseudonymizer();
  const scanned = scanText(input.text, role, plan, pseudonymizer);
  const findings = plan.pii ? scanned.findings : detectEntities(input.text);
  const decisions = new Map<string, ScanDecision>();
  const add = (p: CompiledPolicy, action: string) => {
    const key = `${p.id}|${action}`;
    if (!decisions.has(key)) decisions.set(key, { policy_id: p.id, action, kind: p.kind, name: p.name, shadow: p.shadow });
  };
  scanned.decisions.forEach((d) => d && add(d.policy, d.action));
  scanned.shadow.forEach((d) => d && add(d.policy, d.action));
  for (const hit of scanned.hits) add(hit.rule, hit.rule.action);

  const injection = injectionPolicies(policies);
  const score = scoreInjection(input.text, { role, threshold: Math.min(0.5, ...injection.map((p) => p.threshold)) });
  if (injection.length > 0) for (const hit of scoreParts([{ text: input.text, role }], injection).hits) add(hit.policy, hit.policy.action);

  const actionOf = new Map(findings.map((f, i) => [f, plan.pii ? scanned.decisions[i]?.action : undefined] as const));
  let masked = applyEntityActions(input.text, findings, (f): EntityAction => (actionOf.get(f) === 'pseudonymize' ? 'pseudonymize' : 'mask'), pseudonymizer).text;
  for (const hit of scanned.hits) {
    if (hit.rule.action !== 'redact' || hit.rule.shadow || hit.rule.trigger === 'entity_types') continue;
    let out = '';
    let cursor = 0;
    for (const m of contentMatches(hit.rule, masked)) {
      out += masked.slice(cursor, m.start) + REDACTED;
      cursor = m.end;
    }
    masked = out + masked.slice(cursor);
  }
  return {
    injection: { score: score.score, flagged: score.flagged, family: score.family, evidence: score.evidence },
    entities: findings.map((f) => ({ type: f.type, start: f.start, end: f.end, score: f.score })),
    masked_text: masked,
    decisions: [...decisions.values()],
  };
}
