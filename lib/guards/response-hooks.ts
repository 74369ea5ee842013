import { applyEntityActions, createStreamScanner, detectEntities, type Pseudonymizer, type StreamRehydrator, type StreamScanner } from '@/lib/guards/pii';
import type { EntityAction, EntityFinding } from '@/lib/guards/types';
import type { PolicyOf } from '@/lib/policy/compile';
import { toolCallDecision } from '@/lib/policy/evaluate';
import type { ResponseHooks, ToolCallDecision, ToolCallInfo } from '@/lib/providers/types';
import { entityDrafts, POLICY_DETECTOR, ruleDrafts, safePreview, type ViolationDraft } from './drafts';
import { createRuleStream, type RuleStream } from './rule-stream';
import type { TextPlan } from './text-scan';

/**
 * The response guards behind a wire format's editor. Text of each block (choice / content block)
 * goes through: the DLP stream scanner (mask or block what the model produced), the content rules,
 * then the stream rehydrator (placeholders the request was given become the caller's values again).
 * DLP runs before rehydration on purpose: it judges what the model wrote, and the caller's own
 * pseudonymised values coming back to the same caller are never re-masked. Tool calls: DLP on their
 * arguments, placeholders restored (JSON-escaped), then the tool-call rules decide.
 */
export interface GuardHookOptions {
  orgId: string;
  plan: TextPlan | null;
  pseudonymizer?: Pseudonymizer;
  toolRules: readonly PolicyOf<'tool_call'>[];
  /** Fingerprints of tool calls a reviewer approved for this request (consumed on use). */
  approvedTools: Set<string>;
  fingerprint(name: string, args: string): string;
  onDraft(draft: ViolationDraft): void;
  /** Creates the approval for a held tool call and returns its id (written in the background). */
  onHold(call: ToolCallInfo, policy: PolicyOf<'tool_call'>, fingerprint: string): string;
  onMasked(): void;
}

export interface GuardHooks extends ResponseHooks {
  /** Records what the text scanners found (idempotent). */
  finish(): void;
}

interface Lane {
  scanner?: StreamScanner;
  rules?: RuleStream;
  rehydrator?: StreamRehydrator;
  source: string;
  findings: EntityFinding[];
  hits: Map<string, { rule: PolicyOf<'content_rule'>; matches: { start: number; end: number }[] }>;
}

/** Source text kept per block for violation previews. */
const SOURCE_LIMIT = 65_536;

/** Placeholders restored inside JSON string values, escaped so the arguments stay valid JSON. */
export function rehydrateJson(p: Pseudonymizer, json: string): string {
  return json.replace(/<([A-Z][A-Z0-9_]*_\d+)>/g, (m) => {
    const value = p.rehydrate(m);
    return value === m ? m : JSON.stringify(value).slice(1, -1);
  });
}

export function createGuardHooks(o: GuardHookOptions): GuardHooks {
  const lanes = new Map<number, Lane>();
  const pii = o.plan?.pii ?? null;
  const rules = o.plan?.rules ?? [];
  let blocked: { message: string } | null = null;
  let finished = false;
  // On a response nothing is pseudonymised: such an action masks.
  const actionFor = (f: EntityFinding): EntityAction => {
    const a = pii?.enforced(f)?.action ?? 'detect';
    return a === 'pseudonymize' ? 'mask' : a;
  };

  function lane(index: number): Lane {
    let l = lanes.get(index);
    if (!l) {
      l = {
        scanner: pii ? createStreamScanner(pii.options, actionFor) : undefined,
        rules: rules.some((r) => r.trigger !== 'entity_types') ? createRuleStream(rules) : undefined,
        rehydrator: o.pseudonymizer && o.pseudonymizer.size > 0 ? o.pseudonymizer.createStreamRehydrator() : undefined,
        source: '',
        findings: [],
        hits: new Map(),
      };
      lanes.set(index, l);
    }
    return l;
  }

  function block(reason: string, policy: { name: string; message?: string }): void {
    blocked ??= { message: policy.message ?? `The response was withheld by the gateway: ${reason} (policy "${policy.name}").` };
  }

  function through(l: Lane, text: string, final: boolean): string {
    let t = text;
    if (l.scanner) {
      const r = final ? (() => { const a = l.scanner!.push(t); const b = l.scanner!.flush(); return { text: a.text + b.text, findings: [...a.findings, ...b.findings], blocked: [...a.blocked, ...b.blocked] }; })() : l.scanner.push(t);
      l.findings.push(...r.findings);
      if (r.findings.some((f) => actionFor(f) !== 'detect')) o.onMasked();
      if (r.blocked.length > 0) {
        const d = pii!.enforced(r.blocked[0])!;
        block(`${r.blocked[0].type} found in the response`, d.policy);
      }
      t = r.text;
      // Entity-type content rules match the scanner's findings.
      for (const rule of rules) {
        if (rule.trigger !== 'entity_types') continue;
        const m = r.findings.filter((f) => rule.entityTypes.includes(f.type));
        if (m.length > 0) addHit(l, rule, m);
      }
    }
    if (l.rules) {
      const r = final ? merge(l.rules.push(t), l.rules.flush()) : l.rules.push(t);
      for (const h of r.hits) addHit(l, h.rule, h.matches);
      if (r.hits.some((h) => h.rule.action === 'redact' && !h.rule.shadow)) o.onMasked();
      t = r.text;
    }
    if (blocked) return '';
    if (l.rehydrator) t = final ? l.rehydrator.push(t) + l.rehydrator.flush() : l.rehydrator.push(t);
    return t;
  }

  function addHit(l: Lane, rule: PolicyOf<'content_rule'>, matches: { start: number; end: number }[]): void {
    const h = l.hits.get(rule.id) ?? { rule, matches: [] };
    h.matches.push(...matches);
    l.hits.set(rule.id, h);
    if (!rule.shadow && rule.action === 'block') block('a content rule matched', rule);
  }

  function toolDraft(call: ToolCallInfo, args: string, policy: PolicyOf<'tool_call'>, action: string, shadow: boolean): ViolationDraft {
    return {
      type: 'tool',
      severity: policy.severity ?? (action === 'deny' ? 'high' : action === 'hold' ? 'medium' : 'low'),
      direction: 'response',
      action,
      autoBlocked: action === 'deny' && !shadow,
      policyId: policy.id,
      policyName: policy.name,
      detector: POLICY_DETECTOR,
      detectorVersion: `v${policy.version}`,
      description: `tool call ${call.name} ${shadow ? 'would be ' : ''}${action === 'deny' ? 'denied' : action === 'hold' ? 'held for approval' : 'allowed'} by "${policy.name}"`,
      preview: safePreview(`${call.name} ${args}`, []),
      entities: [],
      shadow,
      alert: policy.action === 'alert',
    };
  }

  function toolArguments(call: ToolCallInfo): { args: string; refused?: string } {
    let args = call.arguments;
    if (pii) {
      const findings = detectEntities(args, pii.options);
      if (findings.length > 0) {
        const decisions = findings.map((f) => pii.enforced(f));
        const scanned = { findings, decisions, shadow: findings.map((f) => pii.shadow(f)), hits: [], text: args, changed: false };
        for (const d of entityDrafts('response', [{ role: 'assistant', kind: 'tool_arguments', source: args, scanned }])) o.onDraft(d);
        const stop = findings.find((f) => actionFor(f) === 'block');
        if (stop) return { args, refused: `Tool call "${call.name}" was withheld by the gateway: its arguments contain ${stop.type} (policy "${pii.enforced(stop)!.policy.name}").` };
        const masked = applyEntityActions(args, findings, actionFor);
        if (masked.changed) {
          try {
            JSON.parse(masked.text);
            args = masked.text;
            o.onMasked();
          } catch {
            return { args, refused: `Tool call "${call.name}" was withheld by the gateway: its arguments held sensitive data that could not be masked.` };
          }
        }
      }
    }
    if (o.pseudonymizer && o.pseudonymizer.size > 0) args = rehydrateJson(o.pseudonymizer, args);
    return { args };
  }

  return {
    text(index, delta) {
      if (blocked) return '';
      const l = lane(index);
      if (l.source.length < SOURCE_LIMIT) l.source += delta.slice(0, SOURCE_LIMIT - l.source.length);
      return through(l, delta, false);
    },
    endText(index) {
      if (blocked) return '';
      return through(lane(index), '', true);
    },
    toolCall(call): ToolCallDecision {
      if (blocked) return { action: 'replace', text: '' };
      const { args, refused } = toolArguments(call);
      if (refused) return { action: 'replace', text: refused };
      const changed = args !== call.arguments ? args : undefined;
      const fingerprint = o.fingerprint(call.name, args);
      if (o.approvedTools.delete(fingerprint)) return { action: 'allow', arguments: changed };
      let parsed: unknown = args;
      try {
        parsed = JSON.parse(args);
      } catch {
        // Conditions then see the raw text (only `*` paths can match it).
      }
      const decision = toolCallDecision(o.toolRules, { name: call.name, args: parsed });
      for (const s of decision.shadow) o.onDraft(toolDraft(call, args, s, s.action, true));
      const rule = decision.enforced;
      if (!rule) return { action: 'allow', arguments: changed };
      o.onDraft(toolDraft(call, args, rule, rule.action, false));
      if (rule.action === 'deny') {
        return { action: 'replace', text: `Tool call "${call.name}" was denied by the gateway (policy "${rule.name}", id ${rule.id}).${rule.message ? ` ${rule.message}` : ''}` };
      }
      if (rule.action === 'hold') {
        const id = o.onHold(call, rule, fingerprint);
        return { action: 'replace', text: `Tool call "${call.name}" is waiting for human approval (approval id ${id}). Once it is approved, send the same request again with the header X-Gateway-Approval-Id: ${id}.` };
      }
      return { action: 'allow', arguments: changed };
    },
    blocked: () => blocked,
    finish() {
      if (finished) return;
      finished = true;
      const parts = [...lanes.values()].map((l) => ({
        role: 'assistant' as const,
        source: l.source,
        scanned: {
          findings: l.findings,
          decisions: [] as ReturnType<NonNullable<typeof pii>['enforced']>[],
          shadow: [] as ReturnType<NonNullable<typeof pii>['shadow']>[],
          hits: [...l.hits.values()],
          text: '',
          changed: false,
        },
      }));
      for (const p of parts) {
        p.scanned.decisions = p.scanned.findings.map((f) => pii?.enforced(f) ?? null);
        p.scanned.shadow = p.scanned.findings.map((f) => pii?.shadow(f) ?? null);
      }
      for (const d of [...entityDrafts('response', parts), ...ruleDrafts('response', parts)]) o.onDraft(d);
    },
  };
}

function merge(a: { text: string; hits: RuleStreamHit[] }, b: { text: string; hits: RuleStreamHit[] }) {
  return { text: a.text + b.text, hits: [...a.hits, ...b.hits] };
}
type RuleStreamHit = ReturnType<RuleStream['push']>['hits'][number];
