import type { Policy } from '@/db/schema';
import type { EntityAction, Severity, TextRole } from '@/lib/guards/types';
import { globToRegExp } from './glob';
import { compileSafeRegex } from './regex';
import { policyBodySchema, type PolicyBody } from './present';
import { splitList, type PolicyKind, type PolicyScope, type ToolCondition } from './schema';

/**
 * A stored policy set turned into what the request path needs: only active policies, sorted by
 * priority (then id, so the order is stable), every glob and regex compiled once, and the scope
 * turned into a predicate. Built when the cache loads an organisation, never per request.
 */
export interface ScopeContext {
  keyId?: string;
  agentId?: string;
  userId?: string;
  groups: readonly string[];
  model?: string;
  provider?: string;
}

interface Base {
  id: string;
  name: string;
  action: string;
  shadow: boolean;
  priority: number;
  version: number;
  severity?: Severity;
  message?: string;
  inScope: (ctx: ScopeContext) => boolean;
}

export type Direction3 = 'request' | 'response' | 'both';

export interface CompiledCondition {
  path: string[] | '*';
  op: ToolCondition['op'];
  value: ToolCondition['value'];
  ignoreCase: boolean;
  regex?: RegExp;
}

export type CompiledPolicy =
  | (Base & { kind: 'model_access'; allow: RegExp[]; deny: RegExp[] })
  | (Base & { kind: 'budget'; limitUsd: number; period: 'day' | 'month'; per: 'key' | 'user' | 'agent' | 'org' })
  | (Base & { kind: 'content_rule'; direction: Direction3; trigger: 'regex' | 'keywords' | 'entity_types'; regex?: RegExp; entityTypes: string[]; roles?: ReadonlySet<TextRole> })
  | (Base & { kind: 'tool_call'; tools: RegExp[]; conditions: CompiledCondition[]; match: 'all' | 'any' })
  | (Base & { kind: 'injection'; threshold: number; direct: boolean; indirect: boolean; includeSystem: boolean; classifier: 'off' | 'inline' | 'async'; classifierTimeoutMs: number; classifierThreshold: number })
  | (Base & {
      kind: 'pii';
      direction: Direction3;
      defaultAction: EntityAction;
      entities: ReadonlyMap<string, EntityAction>;
      types?: readonly string[];
      categories?: readonly ('pii' | 'secret')[];
      locales?: readonly string[];
      minScore?: number;
    });

export type PolicyOf<K extends PolicyKind> = Extract<CompiledPolicy, { kind: K }>;

export interface PolicySet {
  orgId: string;
  policies: readonly CompiledPolicy[];
  /** No active policy at all: the request path does nothing for this organisation. */
  empty: boolean;
  /** A scope names users or groups: the identity step must run even without an identity token. */
  loadedAt: number;
}

export class PolicyCompileError extends Error {}

function globList(list: readonly string[] | undefined): RegExp[] | undefined {
  return list && list.length > 0 ? list.map(globToRegExp) : undefined;
}

function scopePredicate(scope: PolicyScope): (ctx: ScopeContext) => boolean {
  const keys = scope.keys && scope.keys.length > 0 ? new Set(scope.keys) : undefined;
  const agents = globList(scope.agents);
  const users = globList(scope.users);
  const groups = globList(scope.groups);
  const models = globList(scope.models);
  if (!keys && !agents && !users && !groups && !models) return () => true;
  const any = (res: RegExp[], value: string | undefined) => value !== undefined && res.some((re) => re.test(value));
  return (ctx) => {
    if (keys && (!ctx.keyId || !keys.has(ctx.keyId))) return false;
    if (agents && !any(agents, ctx.agentId)) return false;
    if (users && !any(users, ctx.userId)) return false;
    if (groups && !ctx.groups.some((g) => any(groups, g))) return false;
    if (models && !any(models, ctx.model) && !any(models, ctx.provider && ctx.model ? `${ctx.provider}/${ctx.model}` : undefined)) return false;
    return true;
  };
}

const PII_DEFAULT: Record<string, EntityAction> = { block: 'block', redact: 'mask', alert: 'detect', log: 'detect' };

function compileOne(row: Policy, body: PolicyBody): CompiledPolicy {
  const cfg = body.config as { severity?: Severity; message?: string };
  const base: Base = {
    id: row.id,
    name: row.name,
    action: body.action,
    shadow: body.mode === 'shadow',
    priority: row.priority,
    version: row.version,
    severity: cfg.severity,
    message: cfg.message,
    inScope: scopePredicate(body.scope),
  };
  switch (body.kind) {
    case 'model_access':
      return { ...base, kind: 'model_access', allow: body.config.allow.map(globToRegExp), deny: body.config.deny.map(globToRegExp) };
    case 'budget':
      return { ...base, kind: 'budget', limitUsd: body.config.limit_usd, period: body.config.period, per: body.config.per };
    case 'content_rule': {
      const c = body.config;
      const entityTypes = body.trigger_type === 'entity_types' ? splitList(body.pattern) : [];
      let regex: RegExp | undefined;
      if (body.trigger_type === 'regex') regex = compileSafeRegex(body.pattern, c.ignore_case ?? false, false);
      else if (body.trigger_type === 'keywords') regex = keywordRegex(splitList(body.pattern), c.ignore_case ?? true);
      return { ...base, kind: 'content_rule', direction: c.direction, trigger: body.trigger_type, regex, entityTypes, roles: c.roles ? new Set(c.roles) : undefined };
    }
    case 'tool_call':
      return {
        ...base,
        kind: 'tool_call',
        tools: splitList(body.pattern).map(globToRegExp),
        match: body.config.match,
        conditions: body.config.conditions.map((c) => ({
          path: c.path === '*' ? '*' : c.path.split('.'),
          op: c.op,
          value: c.value,
          ignoreCase: c.ignore_case ?? false,
          regex: c.op === 'matches' ? compileSafeRegex(String(c.value), c.ignore_case ?? false, false) : c.op === 'glob' ? globToRegExp(String(c.value)) : undefined,
        })),
      };
    case 'injection': {
      const c = body.config;
      return {
        ...base,
        kind: 'injection',
        threshold: c.threshold,
        direct: c.direct,
        indirect: c.indirect,
        includeSystem: c.include_system,
        classifier: c.classifier,
        classifierTimeoutMs: c.classifier_timeout_ms,
        classifierThreshold: c.classifier_threshold ?? c.threshold,
      };
    }
    case 'pii': {
      const c = body.config;
      return {
        ...base,
        kind: 'pii',
        direction: c.direction,
        defaultAction: c.default_action ?? PII_DEFAULT[body.action],
        entities: new Map(Object.entries(c.entities ?? {})),
        types: c.types,
        categories: c.categories,
        locales: c.locales,
        minScore: c.min_score,
      };
    }
    default: {
      const unreachable: never = body;
      throw new PolicyCompileError(`unknown policy kind ${String((unreachable as { kind?: string }).kind)}`);
    }
  }
}

/** Keywords as one alternation; word boundaries only where the keyword starts or ends with a word character. */
export function keywordRegex(words: readonly string[], ignoreCase: boolean): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return `${/^\w/.test(w) ? '\\b' : ''}${escaped}${/\w$/.test(w) ? '\\b' : ''}`;
    });
  return new RegExp(`(?:${alternatives.join('|')})`, ignoreCase ? 'gi' : 'g');
}

/** Throws PolicyCompileError when a stored row no longer validates (the cache treats that as a store failure). */
export function compilePolicySet(orgId: string, rows: readonly Policy[]): PolicySet {
  const policies: CompiledPolicy[] = [];
  for (const row of rows) {
    if (!row.isActive) continue;
    const parsed = policyBodySchema.safeParse(row);
    if (!parsed.success) throw new PolicyCompileError(`policy ${row.id} does not validate: ${parsed.error.issues[0]?.message}`);
    try {
      policies.push(compileOne(row, parsed.data));
    } catch (error) {
      throw new PolicyCompileError(`policy ${row.id} cannot be compiled: ${(error as Error).message}`);
    }
  }
  policies.sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { orgId, policies, empty: policies.length === 0, loadedAt: Date.now() };
}
