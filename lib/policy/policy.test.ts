import { describe, expect, it } from 'vitest';
import type { Policy } from '@/db/schema';
import type { EntityFinding } from '@/lib/guards/types';
import { compilePolicySet, type PolicyOf } from './compile';
import { DEFAULT_POLICIES } from './defaults';
import { contentMatches, inScope, modelAccessTriggers, ofKind, piiPlan, toolCallDecision } from './evaluate';
import { inputToFields } from './present';
import { checkPatternShape, compileSafeRegex, UnsafePatternError, windowedMatches } from './regex';
import { policyInputSchema } from './schema';

let seq = 0;
function row(input: Record<string, unknown>): Policy {
  const fields = inputToFields(policyInputSchema.parse(input));
  const id = `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
  return { ...fields, id, orgId: 'org', version: 1, createdBy: null, createdAt: new Date(), updatedAt: new Date() };
}

const finding = (type: string, category: 'pii' | 'secret' = 'pii', score = 0.9): EntityFinding => ({ type, category, start: 0, end: 5, score, severity: 'medium', locale: 'generic' });

describe('policy schema', () => {
  it('accepts the product documents shape (no kind: a content rule)', () => {
    const p = policyInputSchema.parse({ name: 'Block credit card numbers', action: 'block', trigger_type: 'regex', pattern: '\\b(?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14})\\b', is_active: true, priority: 1 });
    expect(p).toMatchObject({ kind: 'content_rule', mode: 'enforce', scope: {}, config: { direction: 'request' } });
  });

  it('names the field of a bad or catastrophic regex', () => {
    for (const pattern of ['(a+)+$', '(x|xy)*z', '(\\d+\\s?)+', '([a-z]', '(a)\\1', '']) {
      const r = policyInputSchema.safeParse({ name: 'x', action: 'block', pattern });
      expect(r.success, pattern).toBe(false);
      expect(r.error!.issues[0].path).toEqual(['pattern']);
    }
  });

  it('validates kind-specific config', () => {
    expect(policyInputSchema.safeParse({ name: 'm', kind: 'model_access', config: {} }).success).toBe(false);
    expect(policyInputSchema.safeParse({ name: 'b', kind: 'budget', config: { limit_usd: 5, period: 'week', per: 'key' } }).success).toBe(false);
    expect(policyInputSchema.safeParse({ name: 'p', kind: 'pii', config: { entities: { NOT_A_TYPE: 'mask' } } }).success).toBe(false);
    expect(policyInputSchema.safeParse({ name: 't', kind: 'tool_call', pattern: 'fs.*', config: { conditions: [{ path: 'path', op: 'matches', value: '(a*)*' }] } }).success).toBe(false);
    expect(policyInputSchema.safeParse({ name: 'h', kind: 'content_rule', action: 'hold', pattern: 'x', config: { direction: 'response' } }).success).toBe(false);
    for (const p of DEFAULT_POLICIES) expect(policyInputSchema.safeParse(p).success).toBe(true);
  });
});

describe('regex safety', () => {
  it('accepts ordinary patterns and refuses nested quantifiers', () => {
    expect(() => checkPatternShape('\\b\\d{3}[-.]?\\d{3}[-.]?\\d{4}\\b')).not.toThrow();
    expect(() => checkPatternShape('(?:foo|bar){1,3}')).not.toThrow();
    expect(() => checkPatternShape('(a*)*')).toThrow(UnsafePatternError);
    expect(() => checkPatternShape('((ab)+c)+')).toThrow(UnsafePatternError);
  });

  it('finds matches across window boundaries', () => {
    const re = compileSafeRegex('secret-\\d+', false);
    const text = 'x'.repeat(4090) + ' secret-12345 ' + 'y'.repeat(9000) + 'secret-9';
    expect(windowedMatches(re, text).map((m) => text.slice(m.start, m.end))).toEqual(['secret-12345', 'secret-9']);
  });
});

describe('compiled policies', () => {
  it('orders by priority and matches scopes', () => {
    const set = compilePolicySet('org', [
      row({ name: 'b', kind: 'model_access', priority: 50, config: { deny: ['gpt-4*'] }, scope: { groups: ['contractors'] } }),
      row({ name: 'a', kind: 'model_access', priority: 5, config: { allow: ['openai/*'] }, scope: { keys: ['00000000-0000-4000-8000-00000000aaaa'] } }),
      row({ name: 'off', kind: 'model_access', is_active: false, config: { deny: ['*'] } }),
    ]);
    expect(set.policies.map((p) => p.name)).toEqual(['a', 'b']);
    const contractor = inScope(set, { groups: ['contractors'], model: 'gpt-4o', provider: 'openai' });
    expect(contractor.map((p) => p.name)).toEqual(['b']);
    expect(modelAccessTriggers(ofKind(contractor, 'model_access'), 'gpt-4o', 'openai')).toHaveLength(1);
    expect(modelAccessTriggers(ofKind(contractor, 'model_access'), 'gpt-3.5-turbo', 'openai')).toHaveLength(0);
    const keyed = inScope(set, { keyId: '00000000-0000-4000-8000-00000000aaaa', groups: [], model: 'claude-3', provider: 'anthropic' });
    expect(modelAccessTriggers(ofKind(keyed, 'model_access'), 'claude-3', 'anthropic').map((p) => p.name)).toEqual(['a']);
  });

  it('merges PII policies: the strictest enforced action wins, shadow is reported separately', () => {
    const set = compilePolicySet('org', [
      row(DEFAULT_POLICIES[0]),
      row({ name: 'mask emails', kind: 'pii', action: 'log', config: { direction: 'request', entities: { EMAIL: 'pseudonymize' } } }),
      row({ name: 'block ssn (shadow)', kind: 'pii', action: 'block', mode: 'shadow', config: { types: ['US_SSN'] } }),
    ]);
    const plan = piiPlan(set.policies, 'request')!;
    expect(plan.enforced(finding('EMAIL'))?.action).toBe('pseudonymize');
    expect(plan.enforced(finding('PHONE'))?.action).toBe('detect');
    expect(plan.enforced(finding('US_SSN'))?.action).toBe('detect');
    expect(plan.shadow(finding('US_SSN'))?.action).toBe('block');
    expect(plan.pseudonymizes).toBe(true);
    expect(plan.blocks).toBe(false);
    expect(piiPlan(set.policies, 'response')!.edits).toBe(false);
  });

  it('keyword rules match whole words, case-insensitively', () => {
    const set = compilePolicySet('org', [row({ name: 'k', action: 'block', trigger_type: 'keywords', pattern: 'project falcon, c++' })]);
    const rule = ofKind(set.policies, 'content_rule')[0];
    expect(contentMatches(rule, 'About Project Falcon and C++ code').length).toBe(2);
    expect(contentMatches(rule, 'projectfalconer')).toHaveLength(0);
  });

  it('tool-call rules: first enforcing match decides; conditions read the arguments', () => {
    const set = compilePolicySet('org', [
      row({ name: 'allow tmp', kind: 'tool_call', action: 'allow', priority: 1, pattern: 'read_file', config: { conditions: [{ path: 'path', op: 'starts_with', value: '/tmp/' }] } }),
      row({ name: 'deny fs', kind: 'tool_call', action: 'deny', priority: 2, pattern: 'read_file, write_*' }),
      row({ name: 'watch secrets', kind: 'tool_call', action: 'deny', mode: 'shadow', pattern: '*', config: { conditions: [{ path: '*', op: 'contains', value: 'password', ignore_case: true }] } }),
    ]);
    const rules = ofKind(set.policies, 'tool_call') as PolicyOf<'tool_call'>[];
    expect(toolCallDecision(rules, { name: 'read_file', args: { path: '/tmp/x' } }).enforced?.name).toBe('allow tmp');
    expect(toolCallDecision(rules, { name: 'read_file', args: { path: '/etc/passwd' } }).enforced?.name).toBe('deny fs');
    expect(toolCallDecision(rules, { name: 'write_file', args: {} }).enforced?.action).toBe('deny');
    const other = toolCallDecision(rules, { name: 'search', args: { q: ['my PASSWORD is'] } });
    expect(other.enforced).toBeNull();
    expect(other.shadow.map((r) => r.name)).toEqual(['watch secrets']);
  });
});
