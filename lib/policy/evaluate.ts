import type { DetectOptions } from '@/lib/guards/pii/engine/types';
import type { EntityAction, EntityFinding } from '@/lib/guards/types';
import type { CompiledCondition, CompiledPolicy, PolicyOf, PolicySet, ScopeContext } from './compile';
import { windowedMatches, type RegexMatch } from './regex';

/**
 * Pure evaluation over a compiled policy set: which policies apply to a request, what model access,
 * PII and tool-call rules decide. No I/O and no allocation of regexes; the pipeline and the scan
 * API call the same functions, so the playground shows exactly what the gateway does.
 */

export function inScope(set: PolicySet, ctx: ScopeContext): CompiledPolicy[] {
  return set.policies.filter((p) => p.inScope(ctx));
}

export function ofKind<K extends CompiledPolicy['kind']>(policies: readonly CompiledPolicy[], kind: K): PolicyOf<K>[] {
  return policies.filter((p): p is PolicyOf<K> => p.kind === kind);
}

export function appliesTo(direction: 'request' | 'response', policy: { direction: 'request' | 'response' | 'both' }): boolean {
  return policy.direction === 'both' || policy.direction === direction;
}

// --- model access -------------------------------------------------------------------------------

/** Model-access policies that refuse this model (matched as `model` and as `provider/model`). */
export function modelAccessTriggers(policies: readonly PolicyOf<'model_access'>[], model: string | undefined, provider: string): PolicyOf<'model_access'>[] {
  if (!model) return [];
  const qualified = `${provider}/${model}`;
  const hit = (res: RegExp[]) => res.some((re) => re.test(model) || re.test(qualified));
  return policies.filter((p) => hit(p.deny) || (p.allow.length > 0 && !hit(p.allow)));
}

// --- PII ------------------------------------------------------------------------------------------

const STRICTNESS: Record<EntityAction, number> = { detect: 0, pseudonymize: 1, mask: 2, block: 3 };

export interface EntityDecision {
  action: EntityAction;
  policy: PolicyOf<'pii'>;
}

export interface PiiPlan {
  options: DetectOptions;
  /** The enforced action for a finding (strictest over the enforcing policies that cover it), or null. */
  enforced(finding: EntityFinding): EntityDecision | null;
  /** What shadow policies would do, when stricter than the enforced action. */
  shadow(finding: EntityFinding): EntityDecision | null;
  /** True when some enforced action can change text (mask, pseudonymize, block). */
  edits: boolean;
  pseudonymizes: boolean;
  blocks: boolean;
}

function covers(p: PolicyOf<'pii'>, f: EntityFinding): boolean {
  if (p.types && !p.types.includes(f.type) && !p.entities.has(f.type)) return false;
  if (p.categories && !p.categories.includes(f.category)) return false;
  if (p.locales && f.locale !== 'generic' && !p.locales.includes(f.locale)) return false;
  return f.score >= (p.minScore ?? 0.5);
}

function strictest(policies: readonly PolicyOf<'pii'>[], f: EntityFinding): EntityDecision | null {
  let best: EntityDecision | null = null;
  for (const p of policies) {
    if (!covers(p, f)) continue;
    const action = p.entities.get(f.type) ?? p.defaultAction;
    if (!best || STRICTNESS[action] > STRICTNESS[best.action]) best = { action, policy: p };
  }
  return best;
}

/** Union of what the covering policies ask to detect, so one detection pass serves them all. */
function detectOptions(policies: readonly PolicyOf<'pii'>[], extraTypes: readonly string[]): DetectOptions {
  let types: Set<string> | undefined = new Set(extraTypes);
  let categories: Set<'pii' | 'secret'> | undefined = new Set();
  let locales: Set<string> | undefined = new Set();
  let minScore = 1;
  for (const p of policies) {
    if (!p.types) types = undefined;
    else if (types) for (const t of [...p.types, ...p.entities.keys()]) types.add(t);
    if (!p.categories) categories = undefined;
    else if (categories) for (const c of p.categories) categories.add(c);
    if (!p.locales) locales = undefined;
    else if (locales) for (const l of p.locales) locales.add(l);
    minScore = Math.min(minScore, p.minScore ?? 0.5);
  }
  if (policies.length === 0) return { types: [...extraTypes], minScore: 0.5 };
  return { types: types ? [...types] : undefined, categories: categories ? [...categories] : undefined, locales: locales ? [...locales] : undefined, minScore };
}

/** The PII plan for one direction, or null when no PII policy (nor entity-type content rule) applies. */
export function piiPlan(policies: readonly CompiledPolicy[], direction: 'request' | 'response'): PiiPlan | null {
  const pii = ofKind(policies, 'pii').filter((p) => appliesTo(direction, p));
  const entityRules = ofKind(policies, 'content_rule').filter((r) => r.trigger === 'entity_types' && appliesTo(direction, r));
  if (pii.length === 0 && entityRules.length === 0) return null;
  const enforcing = pii.filter((p) => !p.shadow);
  const shadowing = pii.filter((p) => p.shadow);
  const actions = enforcing.flatMap((p) => [p.defaultAction, ...p.entities.values()]);
  return {
    options: detectOptions(pii, entityRules.flatMap((r) => r.entityTypes)),
    enforced: (f) => strictest(enforcing, f),
    shadow(f) {
      const s = strictest(shadowing, f);
      if (!s) return null;
      const e = strictest(enforcing, f);
      return !e || STRICTNESS[s.action] > STRICTNESS[e.action] ? s : null;
    },
    edits: actions.some((a) => a !== 'detect'),
    pseudonymizes: actions.includes('pseudonymize'),
    blocks: actions.includes('block'),
  };
}

// --- content rules --------------------------------------------------------------------------------

/** Where a regex or keyword rule matches `text` (entity-type rules are matched from PII findings). */
export function contentMatches(rule: PolicyOf<'content_rule'>, text: string, findings: readonly EntityFinding[] = [], deadline = Infinity): RegexMatch[] {
  if (rule.trigger === 'entity_types') return findings.filter((f) => rule.entityTypes.includes(f.type)).map((f) => ({ start: f.start, end: f.end }));
  return rule.regex ? windowedMatches(rule.regex, text, 1000, deadline) : [];
}

// --- tool calls -----------------------------------------------------------------------------------

export interface ToolCallEvaluation {
  /** The first enforcing rule (by priority) whose name glob and conditions match; none means allow. */
  enforced: PolicyOf<'tool_call'> | null;
  /** Shadow rules that match and would not simply allow. */
  shadow: PolicyOf<'tool_call'>[];
}

function valueAt(args: unknown, path: readonly string[]): unknown {
  let node = args;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** String leaves of the arguments (for `*` conditions), bounded so a huge payload stays cheap. */
function stringLeaves(node: unknown, out: string[] = [], depth = 0): string[] {
  if (out.length >= 1000 || depth > 32) return out;
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const v of node) stringLeaves(v, out, depth + 1);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) stringLeaves(v, out, depth + 1);
  return out;
}

function test(c: CompiledCondition, value: unknown): boolean {
  const fold = (s: string) => (c.ignoreCase ? s.toLowerCase() : s);
  const str = typeof value === 'string' ? fold(value) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  const target = typeof c.value === 'string' ? fold(c.value) : c.value;
  switch (c.op) {
    case 'exists':
      return value !== undefined && value !== null;
    case 'not_exists':
      return value === undefined || value === null;
    case 'equals':
      return typeof target === 'string' ? str === target : value === target;
    case 'not_equals':
      return typeof target === 'string' ? str !== target : value !== target;
    case 'contains':
      if (Array.isArray(value)) return value.some((v) => (typeof v === 'string' ? fold(v) : v) === target);
      return str !== undefined && typeof target === 'string' && str.includes(target);
    case 'not_contains':
      return !test({ ...c, op: 'contains' }, value);
    case 'starts_with':
      return str !== undefined && typeof target === 'string' && str.startsWith(target);
    case 'ends_with':
      return str !== undefined && typeof target === 'string' && str.endsWith(target);
    case 'matches':
    case 'glob':
      if (str === undefined || !c.regex) return false;
      c.regex.lastIndex = 0;
      return c.regex.test(typeof value === 'string' ? value.slice(0, 4096) : str);
    case 'in':
      return Array.isArray(target) && target.some((t) => (typeof t === 'string' ? fold(t) === str : t === value));
    case 'gt':
      return typeof value === 'number' && value > Number(target);
    case 'gte':
      return typeof value === 'number' && value >= Number(target);
    case 'lt':
      return typeof value === 'number' && value < Number(target);
    case 'lte':
      return typeof value === 'number' && value <= Number(target);
    default: {
      const unreachable: never = c.op;
      return unreachable;
    }
  }
}

function conditionHolds(c: CompiledCondition, args: unknown): boolean {
  if (c.path !== '*') return test(c, valueAt(args, c.path));
  const leaves = stringLeaves(args);
  // Negative operators hold when no value breaks them; positive ones when any value satisfies them.
  if (c.op === 'not_contains' || c.op === 'not_equals') return leaves.every((v) => test(c, v));
  return leaves.some((v) => test(c, v));
}

export function toolRuleMatches(rule: PolicyOf<'tool_call'>, name: string, args: unknown): boolean {
  if (!rule.tools.some((re) => re.test(name))) return false;
  if (rule.conditions.length === 0) return true;
  return rule.match === 'all' ? rule.conditions.every((c) => conditionHolds(c, args)) : rule.conditions.some((c) => conditionHolds(c, args));
}

/** Firewall order: the first matching enforcing rule decides (an `allow` rule can exempt a call from later denies). */
export function toolCallDecision(rules: readonly PolicyOf<'tool_call'>[], call: { name: string; args: unknown }): ToolCallEvaluation {
  let enforced: PolicyOf<'tool_call'> | null = null;
  const shadow: PolicyOf<'tool_call'>[] = [];
  for (const rule of rules) {
    if (rule.shadow) {
      if (rule.action !== 'allow' && toolRuleMatches(rule, call.name, call.args)) shadow.push(rule);
    } else if (!enforced && toolRuleMatches(rule, call.name, call.args)) enforced = rule;
  }
  return { enforced, shadow };
}
