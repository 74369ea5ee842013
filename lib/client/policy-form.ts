import { policyInputSchema, POLICY_KINDS, splitList, type PolicyKind } from '@/lib/policy/schema';
import { ApiError } from './api';
import type { Policy, PolicyBody } from './governance-types';

/**
 * The policy editor's model: one draft object in the API's own field names, edited by the form
 * (field by field, through `setIn`) and by the JSON view (as a whole). Both are checked with the
 * very schema the API validates with (lib/policy/schema.ts), so the browser shows the API's own
 * messages, beside the field they are about, before anything is sent.
 */

export type PolicyDraft = Record<string, unknown>;
export type FieldErrors = Record<string, string>;

/** The top-level fields a policy body may carry (PATCH refuses any other). */
export const BODY_FIELDS = ['name', 'kind', 'action', 'trigger_type', 'pattern', 'is_active', 'priority', 'mode', 'scope', 'config'] as const;

export const KIND_INFO: Record<PolicyKind, { label: string; description: string }> = {
  content_rule: { label: 'Content rule', description: 'A regex, keywords or entity types in prompts or responses' },
  pii: { label: 'PII actions', description: 'What to do with each kind of personal data or secret' },
  injection: { label: 'Injection threshold', description: 'Prompt-injection score above which to act' },
  tool_call: { label: 'Tool-call rule', description: 'Allow, deny or hold tool calls by name and arguments' },
  model_access: { label: 'Model access', description: 'Which models may be called' },
  budget: { label: 'Budget', description: 'A spend cap per key, user, agent or organisation' },
};

/** The kinds in the order the editor offers them. */
export const KIND_ORDER: PolicyKind[] = ['content_rule', 'pii', 'injection', 'tool_call', 'model_access', 'budget'];

export const ACTIONS: Record<PolicyKind, readonly string[]> = {
  model_access: ['block', 'hold', 'alert', 'log'],
  budget: ['block', 'alert', 'log'],
  content_rule: ['block', 'redact', 'hold', 'alert', 'log'],
  tool_call: ['deny', 'allow', 'hold', 'alert', 'log'],
  injection: ['block', 'hold', 'alert', 'log'],
  pii: ['log', 'redact', 'alert', 'block'],
};

export const ACTION_LABELS: Record<string, string> = {
  block: 'Block the request',
  redact: 'Redact the match',
  hold: 'Hold for approval',
  alert: 'Allow and raise an alert',
  log: 'Allow and record',
  allow: 'Allow the call',
  deny: 'Deny the call',
};

export const ENTITY_ACTIONS = ['detect', 'mask', 'pseudonymize', 'block'] as const;
export const CONDITION_OPS = ['equals', 'not_equals', 'contains', 'not_contains', 'starts_with', 'ends_with', 'matches', 'glob', 'in', 'exists', 'not_exists', 'gt', 'gte', 'lt', 'lte'] as const;
export const TEXT_ROLES = ['system', 'user', 'assistant', 'tool', 'document'] as const;
export const SCOPE_FIELDS = ['agents', 'users', 'groups', 'models', 'keys'] as const;

export function isPolicyKind(value: unknown): value is PolicyKind {
  return typeof value === 'string' && (POLICY_KINDS as readonly string[]).includes(value);
}

/** A new policy of a kind, filled with the values a person most often wants. */
export function newDraft(kind: PolicyKind, keep: PolicyDraft = {}): PolicyDraft {
  const common = { name: typeof keep.name === 'string' ? keep.name : '', is_active: keep.is_active ?? true, priority: keep.priority ?? 100, mode: keep.mode ?? 'enforce', scope: keep.scope ?? {} };
  switch (kind) {
    case 'content_rule':
      return { ...common, kind, action: 'block', trigger_type: 'regex', pattern: '', config: { direction: 'request' } };
    case 'pii':
      return { ...common, kind, action: 'redact', trigger_type: 'entity_types', pattern: null, config: { direction: 'both' } };
    case 'injection':
      return { ...common, kind, action: 'block', trigger_type: 'score', pattern: null, config: { threshold: 0.5, direct: true, indirect: true, include_system: false, classifier: 'off', classifier_timeout_ms: 500 } };
    case 'tool_call':
      return { ...common, kind, action: 'deny', trigger_type: 'tool_name', pattern: '', config: { conditions: [], match: 'all' } };
    case 'model_access':
      return { ...common, kind, action: 'block', trigger_type: 'model', pattern: null, config: { allow: [], deny: [] } };
    case 'budget':
      return { ...common, kind, action: 'block', trigger_type: 'cost', pattern: null, config: { limit_usd: 100, period: 'month', per: 'key' } };
  }
}

/** A stored policy as an editable body: only the fields the API accepts, in a stable order. */
export function draftFromPolicy(policy: Policy | PolicyBody): PolicyDraft {
  return pickBody(policy as unknown as PolicyDraft);
}

/** The body to send: the known fields, in order; the JSON view may have added others. */
export function pickBody(draft: PolicyDraft): PolicyDraft {
  const out: PolicyDraft = {};
  for (const key of BODY_FIELDS) if (draft[key] !== undefined) out[key] = draft[key];
  return out;
}

export function getIn(obj: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** An immutable set at a path; `undefined` removes the key. Missing objects (or arrays, for numeric keys) are created. */
export function setIn<T>(obj: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const base: unknown = obj !== null && typeof obj === 'object' ? obj : typeof key === 'number' ? [] : {};
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<string | number, unknown>;
  const next = setIn(copy[key], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = next;
  return copy as T;
}

export interface Validation {
  ok: boolean;
  /** The first message for each path (`config.limit_usd`, `scope.models.0`). */
  errors: FieldErrors;
  /** Every issue in order, for the JSON view. */
  issues: { path: string; message: string }[];
}

/** The API's validation, run in the browser. */
export function validateDraft(draft: unknown): Validation {
  let result;
  try {
    result = policyInputSchema.safeParse(draft);
  } catch (error) {
    // The schema's own refinements assume a well-formed shape; a hand-written JSON body can break that.
    return { ok: false, errors: { body: (error as Error).message }, issues: [{ path: 'body', message: (error as Error).message }] };
  }
  if (result.success) return { ok: true, errors: {}, issues: [] };
  const errors: FieldErrors = {};
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || 'body', message: issue.message }));
  for (const { path, message } of issues) errors[path] ??= message;
  return { ok: false, errors, issues };
}

/** The error of a field, or of anything inside it (`scope.models` shows `scope.models.2`'s message). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const inner = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return inner ? errors[inner] : undefined;
}

/** An API refusal as field errors (`{field: 'config.limit_usd', message: 'config.limit_usd: ...'}`). */
export function apiFieldErrors(error: unknown): FieldErrors {
  if (error instanceof ApiError && error.code === 'validation' && error.field) return { [error.field]: error.fieldMessage };
  return {};
}

export type JsonParse = { ok: true; draft: PolicyDraft } | { ok: false; message: string };

/** The JSON view's text as a draft: it must be a JSON object. */
export function parseDraftJson(text: string): JsonParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: 'The policy must be a JSON object ({ ... }).' };
  return { ok: true, draft: value as PolicyDraft };
}

export function draftToJson(draft: PolicyDraft): string {
  return JSON.stringify(pickBody(draft), null, 2);
}

/** Globs, keywords and types typed as one text, separated by commas or new lines. */
export function listFromText(text: string): string[] {
  return splitList(text);
}

export function listToText(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : '';
}

/** A number typed in a text box: empty is "not set", a number is a number, anything else is kept so validation names it. */
export function numberFromText(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

/** A tool-call condition's value as typed: JSON when it parses (numbers, true, ["a","b"]), else the text itself. */
export function conditionValueFromText(text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  if (/^(-?\d|\[|true$|false$|null$|")/.test(t)) {
    try {
      return JSON.parse(t);
    } catch {
      return text;
    }
  }
  return text;
}

export function conditionValueToText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const usdFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** One line on what a policy looks at, for the list. */
export function describePolicy(p: PolicyBody): string {
  const c = (p.config ?? {}) as Record<string, unknown>;
  switch (p.kind) {
    case 'content_rule': {
      const what = p.trigger_type === 'keywords' ? 'Keywords' : p.trigger_type === 'entity_types' ? 'Entity types' : 'Regex';
      return `${what}: ${p.pattern ?? ''} (${String(c.direction ?? 'request')})`;
    }
    case 'pii': {
      const types = Array.isArray(c.types) ? c.types.join(', ') : 'all entity types';
      return `${types} in ${c.direction === 'both' || !c.direction ? 'requests and responses' : `${String(c.direction)}s`}`;
    }
    case 'injection':
      return `Score at or above ${String(c.threshold ?? 0.5)}`;
    case 'tool_call': {
      const n = Array.isArray(c.conditions) ? c.conditions.length : 0;
      return `Tools ${p.pattern ?? ''}${n ? ` with ${n} condition${n === 1 ? '' : 's'}` : ''}`;
    }
    case 'model_access': {
      const allow = Array.isArray(c.allow) && c.allow.length ? `allow ${c.allow.join(', ')}` : '';
      const deny = Array.isArray(c.deny) && c.deny.length ? `deny ${c.deny.join(', ')}` : '';
      return [allow, deny].filter(Boolean).join('; ');
    }
    case 'budget':
      return `${typeof c.limit_usd === 'number' ? usdFormat.format(c.limit_usd) : '?'} a ${String(c.period ?? 'month')} per ${String(c.per ?? 'key')}`;
  }
}

/** Who a policy applies to, in words. */
export function describeScope(scope: PolicyBody['scope'] | undefined): string {
  if (!scope) return 'Everyone';
  const parts: string[] = [];
  if (scope.keys?.length) parts.push(`${scope.keys.length} key${scope.keys.length === 1 ? '' : 's'}`);
  if (scope.agents?.length) parts.push(`agents ${scope.agents.join(', ')}`);
  if (scope.users?.length) parts.push(`users ${scope.users.join(', ')}`);
  if (scope.groups?.length) parts.push(`groups ${scope.groups.join(', ')}`);
  if (scope.models?.length) parts.push(`models ${scope.models.join(', ')}`);
  return parts.length ? parts.join('; ') : 'Everyone';
}
