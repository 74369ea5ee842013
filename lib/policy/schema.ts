import { z } from 'zod';
import { ENTITY_TYPES, LOCALES } from '@/lib/guards/pii/entity-types';
import { compileSafeRegex, UnsafePatternError } from './regex';

/**
 * A policy as the API accepts and returns it: the common fields of the product documents (name,
 * action, trigger_type, pattern, is_active, priority) plus kind, mode, scope and a kind-specific
 * `config`. One zod object per kind, joined into a discriminated union on `kind`; a body without a
 * kind is a content rule (the seeds' shape). Every regex is compiled and stress-tested here, at
 * write time, so the request path never meets an invalid or catastrophic pattern.
 */

export const POLICY_KINDS = ['model_access', 'budget', 'content_rule', 'tool_call', 'injection', 'pii'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

const ENTITY_ACTIONS = ['detect', 'mask', 'pseudonymize', 'block'] as const;
const TYPE_NAMES = new Set(ENTITY_TYPES.map((t) => t.type));
const glob = z.string().trim().min(1).max(200).regex(/^[^\s,]+$/, 'a name or glob without spaces or commas');
const globs = z.array(glob).max(200);
const severity = z.enum(['critical', 'high', 'medium', 'low']);
/** Shown to the caller (denials) or the agent (replaced tool calls); never contains matched text. */
const message = z.string().trim().min(1).max(500);
const direction = z.enum(['request', 'response', 'both']);

export const scopeSchema = z
  .object({
    /** Gateway key ids. */
    keys: z.array(z.string().uuid()).max(500).optional(),
    /** Globs over X-Gateway-Agent-Id, the user id and groups (header or identity token), the model. */
    agents: globs.optional(),
    users: globs.optional(),
    groups: globs.optional(),
    models: globs.optional(),
  })
  .strict();
export type PolicyScope = z.output<typeof scopeSchema>;

const entityType = z.string().refine((t) => TYPE_NAMES.has(t), { message: 'unknown entity type (see ENTITY_TYPES)' });

const common = {
  name: z.string().trim().min(1).max(200),
  is_active: z.boolean().default(true),
  /** Lower numbers are evaluated first (1 before 100). */
  priority: z.number().int().min(0).max(1_000_000).default(100),
  mode: z.enum(['enforce', 'shadow']).default('enforce'),
  scope: scopeSchema.default({}),
};

const base = z.object({ severity: severity.optional(), message: message.optional() });

const modelAccess = z
  .object({
    kind: z.literal('model_access'),
    action: z.enum(['block', 'hold', 'alert', 'log']).default('block'),
    trigger_type: z.literal('model').default('model'),
    pattern: z.null().optional(),
    config: base.extend({ allow: globs.default([]), deny: globs.default([]) }).strict(),
    ...common,
  })
  .refine((p) => p.config.allow.length + p.config.deny.length > 0, { message: 'allow or deny must name at least one model glob', path: ['config', 'allow'] });

const budget = z.object({
  kind: z.literal('budget'),
  action: z.enum(['block', 'alert', 'log']).default('block'),
  trigger_type: z.literal('cost').default('cost'),
  pattern: z.null().optional(),
  config: base
    .extend({
      limit_usd: z.number().positive().max(10_000_000),
      period: z.enum(['day', 'month']),
      /** Whose spend is capped: each key, user or agent separately, or the organisation as a whole. */
      per: z.enum(['key', 'user', 'agent', 'org']),
    })
    .strict(),
  ...common,
});

const contentRule = z.object({
  kind: z.literal('content_rule'),
  action: z.enum(['block', 'redact', 'hold', 'alert', 'log']),
  trigger_type: z.enum(['regex', 'keywords', 'entity_types']).default('regex'),
  /** A regex; or keywords / entity types separated by commas or new lines. */
  pattern: z.string().min(1).max(4000),
  config: base
    .extend({
      direction: direction.default('request'),
      ignore_case: z.boolean().optional(),
      /** Which text parts to scan (default all). */
      roles: z.array(z.enum(['system', 'user', 'assistant', 'tool', 'document'])).min(1).optional(),
    })
    .strict()
    .default({ direction: 'request' }),
  ...common,
});

const condition = z
  .object({
    /** Dot path into the tool arguments (`path`, `options.recursive`, `files.0`), or `*` for any string value. */
    path: z.string().trim().min(1).max(200),
    op: z.enum(['equals', 'not_equals', 'contains', 'not_contains', 'starts_with', 'ends_with', 'matches', 'glob', 'in', 'exists', 'not_exists', 'gt', 'gte', 'lt', 'lte']),
    value: z.union([z.string().max(1000), z.number(), z.boolean(), z.null(), z.array(z.union([z.string().max(1000), z.number()])).max(200)]).optional(),
    ignore_case: z.boolean().optional(),
  })
  .strict();
export type ToolCondition = z.output<typeof condition>;

const toolCall = z.object({
  kind: z.literal('tool_call'),
  action: z.enum(['allow', 'deny', 'hold', 'alert', 'log']).default('deny'),
  trigger_type: z.literal('tool_name').default('tool_name'),
  /** Tool-name globs separated by commas (`fs.*, send_email`). */
  pattern: z.string().trim().min(1).max(2000),
  config: base.extend({ conditions: z.array(condition).max(50).default([]), match: z.enum(['all', 'any']).default('all') }).strict().default({ conditions: [], match: 'all' }),
  ...common,
});

const injection = z.object({
  kind: z.literal('injection'),
  action: z.enum(['block', 'hold', 'alert', 'log']).default('block'),
  trigger_type: z.literal('score').default('score'),
  pattern: z.null().optional(),
  config: base
    .extend({
      threshold: z.number().min(0.05).max(1).default(0.5),
      /** Score user text (direct injection). */
      direct: z.boolean().default(true),
      /** Score tool results and retrieved documents (indirect injection). */
      indirect: z.boolean().default(true),
      /** Also score system and assistant text (off: those are the application's own). */
      include_system: z.boolean().default(false),
      /** The external classifier (GATEWAY_INJECTION_CLASSIFIER_URL): not used, awaited inline, or asked on a copy afterwards. */
      classifier: z.enum(['off', 'inline', 'async']).default('off'),
      classifier_timeout_ms: z.number().int().min(10).max(10_000).default(500),
      classifier_threshold: z.number().min(0.05).max(1).optional(),
    })
    .strict()
    .default({ threshold: 0.5, direct: true, indirect: true, include_system: false, classifier: 'off', classifier_timeout_ms: 500 }),
  ...common,
});

const pii = z.object({
  kind: z.literal('pii'),
  /** block / redact (mask) / alert / log (detect): the action for every entity not named in `entities`. */
  action: z.enum(['block', 'redact', 'alert', 'log']).default('log'),
  trigger_type: z.literal('entity_types').default('entity_types'),
  pattern: z.null().optional(),
  config: base
    .extend({
      direction: direction.default('both'),
      /** Overrides the action's default, e.g. `pseudonymize`. */
      default_action: z.enum(ENTITY_ACTIONS).optional(),
      /** Per-type actions, e.g. `{ "EMAIL": "pseudonymize", "US_SSN": "block" }`. */
      entities: z.record(entityType, z.enum(ENTITY_ACTIONS)).optional(),
      /** Only these types (default all). */
      types: z.array(entityType).max(200).optional(),
      categories: z.array(z.enum(['pii', 'secret'])).min(1).optional(),
      locales: z.array(z.enum(LOCALES)).optional(),
      min_score: z.number().min(0).max(1).optional(),
    })
    .strict()
    .default({ direction: 'both' }),
  ...common,
});

/** The shape alone (no regex compilation): what stored rows are read back with. */
export const policyUnionSchema = z.discriminatedUnion('kind', [modelAccess, budget, contentRule, toolCall, injection, pii]);
const union = policyUnionSchema;

/** A body without `kind` is a content rule, as in the product documents' policy rules API. */
export const policyInputSchema = z.preprocess((raw) => {
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && (raw as { kind?: unknown }).kind === undefined) return { ...raw, kind: 'content_rule' };
  return raw;
}, union).superRefine((p, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (p.kind === 'content_rule') {
    if (p.trigger_type === 'regex') {
      try {
        compileSafeRegex(p.pattern, p.config.ignore_case ?? false);
      } catch (error) {
        if (error instanceof UnsafePatternError) issue(['pattern'], error.message);
        else throw error;
      }
    } else if (p.trigger_type === 'entity_types') {
      const unknown = splitList(p.pattern).filter((t) => !TYPE_NAMES.has(t));
      if (unknown.length > 0) issue(['pattern'], `unknown entity type ${unknown[0]}`);
    } else if (splitList(p.pattern).length === 0) issue(['pattern'], 'name at least one keyword');
    if (p.action === 'hold' && p.config.direction !== 'request') issue(['action'], 'hold applies to requests only');
  }
  if (p.kind === 'tool_call') {
    for (const g of splitList(p.pattern)) if (!/^[^\s]{1,200}$/.test(g)) issue(['pattern'], 'tool-name globs must not contain spaces');
    p.config.conditions.forEach((c, i) => {
      const path = ['config', 'conditions', i, 'value'];
      if (c.op === 'matches') {
        if (typeof c.value !== 'string') return issue(path, 'matches needs a string regex');
        try {
          compileSafeRegex(c.value, c.ignore_case ?? false);
        } catch (error) {
          if (error instanceof UnsafePatternError) issue(path, error.message);
          else throw error;
        }
      } else if (c.op === 'in' && !Array.isArray(c.value)) issue(path, 'in needs an array');
      else if (['gt', 'gte', 'lt', 'lte'].includes(c.op) && typeof c.value !== 'number') issue(path, `${c.op} needs a number`);
      else if (!['exists', 'not_exists', 'in'].includes(c.op) && (c.value === undefined || Array.isArray(c.value))) issue(path, `${c.op} needs a single value`);
    });
  }
});

export type PolicyInput = z.output<typeof union>;

/** Keywords, entity types and tool globs are written as one string, separated by commas or new lines. */
export function splitList(pattern: string): string[] {
  return pattern
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
