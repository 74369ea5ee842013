import { applyEntityActions, detectEntities, type Pseudonymizer } from '@/lib/guards/pii';
import type { EntityAction, EntityFinding, TextRole } from '@/lib/guards/types';
import type { PolicyOf } from '@/lib/policy/compile';
import { appliesTo, contentMatches, ofKind, piiPlan, type EntityDecision, type PiiPlan } from '@/lib/policy/evaluate';
import type { CompiledPolicy } from '@/lib/policy/compile';
import type { RegexMatch } from '@/lib/policy/regex';

/**
 * One text through the PII/secret engine and the content rules, with the organisation's actions
 * applied. The gateway runs it on every text part of a request; the scan API on the text it is
 * given; both therefore decide alike.
 */
export interface TextPlan {
  direction: 'request' | 'response';
  pii: PiiPlan | null;
  rules: PolicyOf<'content_rule'>[];
}

export function textPlan(policies: readonly CompiledPolicy[], direction: 'request' | 'response'): TextPlan | null {
  const pii = piiPlan(policies, direction);
  const rules = ofKind(policies, 'content_rule').filter((r) => appliesTo(direction, r));
  return pii || rules.length > 0 ? { direction, pii, rules } : null;
}

export interface RuleHit {
  rule: PolicyOf<'content_rule'>;
  matches: RegexMatch[];
}

export interface ScannedText {
  /** The text as it may be forwarded: entity actions and `redact` rules applied (shadow policies change nothing). */
  text: string;
  changed: boolean;
  findings: EntityFinding[];
  /** Enforced decision per finding (same order), or null when no enforcing policy covers it. */
  decisions: (EntityDecision | null)[];
  /** Shadow decisions stricter than the enforced ones. */
  shadow: (EntityDecision | null)[];
  hits: RuleHit[];
}

export const REDACTED = '[REDACTED]';

function redactMatches(text: string, matches: readonly RegexMatch[]): string {
  let out = '';
  let cursor = 0;
  for (const m of matches) {
    if (m.start < cursor) continue;
    out += text.slice(cursor, m.start) + REDACTED;
    cursor = m.end;
  }
  return out + text.slice(cursor);
}

function roleAllowed(rule: PolicyOf<'content_rule'>, role: TextRole): boolean {
  return !rule.roles || rule.roles.has(role);
}

/** `deadline` (performance.now() ms) bounds the time content-rule regexes may take (RegexBudgetError). */
export function scanText(text: string, role: TextRole, plan: TextPlan, pseudonymizer?: Pseudonymizer, deadline = Infinity): ScannedText {
  const findings = plan.pii ? detectEntities(text, plan.pii.options) : [];
  const decisions = findings.map((f) => plan.pii?.enforced(f) ?? null);
  const shadow = findings.map((f) => plan.pii?.shadow(f) ?? null);
  const hits: RuleHit[] = [];
  for (const rule of plan.rules) {
    if (!roleAllowed(rule, role)) continue;
    const matches = contentMatches(rule, text, findings, deadline);
    if (matches.length > 0) hits.push({ rule, matches });
  }
  let out = text;
  let changed = false;
  const redacting = hits.filter((h) => h.rule.action === 'redact' && !h.rule.shadow);
  if (plan.pii?.edits || redacting.length > 0) {
    // Entity-type rules that redact mask their entities like a PII `mask` action would.
    const maskedTypes = new Set(redacting.flatMap((h) => h.rule.entityTypes));
    const byFinding = new Map(
      findings.map((f, i) => {
        const action = decisions[i]?.action ?? 'detect';
        return [f, (action === 'detect' || action === 'pseudonymize') && maskedTypes.has(f.type) ? 'mask' : action] as const;
      }),
    );
    const applied = applyEntityActions(text, findings, (f): EntityAction => byFinding.get(f) ?? 'detect', pseudonymizer);
    out = applied.text;
    changed = applied.changed;
    for (const hit of redacting) {
      if (hit.rule.trigger === 'entity_types') continue;
      // Matched again on the already-masked text, so entity masking and rule redaction compose.
      const again = contentMatches(hit.rule, out, [], deadline);
      if (again.length > 0) {
        out = redactMatches(out, again);
        changed = true;
      }
    }
  }
  return { text: out, changed, findings, decisions, shadow, hits };
}
