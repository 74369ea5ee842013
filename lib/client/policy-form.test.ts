import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { apiFieldErrors, conditionValueFromText, describePolicy, describeScope, draftFromPolicy, draftToJson, errorAt, getIn, KIND_ORDER, newDraft, numberFromText, parseDraftJson, pickBody, setIn, validateDraft } from './policy-form';
import type { Policy } from './governance-types';

describe('newDraft', () => {
  it('gives every kind a draft the API schema accepts once named (and given a pattern where one is needed)', () => {
    for (const kind of KIND_ORDER) {
      let d = setIn(newDraft(kind), ['name'], `a ${kind}`);
      if (kind === 'content_rule') d = setIn(d, ['pattern'], 'secret');
      if (kind === 'tool_call') d = setIn(d, ['pattern'], 'fs.*');
      if (kind === 'model_access') d = setIn(d, ['config', 'allow'], ['gpt-4o*']);
      expect(validateDraft(d), kind).toMatchObject({ ok: true });
    }
  });

  it('keeps the name, switches and scope when the kind changes', () => {
    const before = { ...newDraft('content_rule'), name: 'x', mode: 'shadow', priority: 5, scope: { models: ['gpt-4o'] } };
    const after = newDraft('budget', before);
    expect(after).toMatchObject({ kind: 'budget', name: 'x', mode: 'shadow', priority: 5, scope: { models: ['gpt-4o'] }, config: { period: 'month' } });
  });
});

describe('validateDraft', () => {
  it('reports the API schema messages by path', () => {
    const v = validateDraft({ ...newDraft('content_rule'), name: '', pattern: '(a+)+' });
    expect(v.ok).toBe(false);
    expect(Object.keys(v.errors)).toContain('name');
    const budget = validateDraft({ ...newDraft('budget'), name: 'b', config: { limit_usd: -1, period: 'week', per: 'key' } });
    expect(Object.keys(budget.errors).sort()).toEqual(['config.limit_usd', 'config.period']);
  });

  it('runs the regex safety check like the API', () => {
    const v = validateDraft({ ...newDraft('content_rule'), name: 'r', pattern: '(a+)+$' });
    expect(v.errors.pattern).toBeTruthy();
  });

  it('treats a body without kind as a content rule, like the API', () => {
    expect(validateDraft({ name: 'seed', action: 'block', pattern: 'x' }).ok).toBe(true);
  });

  it('survives JSON of any shape', () => {
    for (const body of [{}, { kind: 'nope' }, { kind: 'tool_call', config: 'x' }, { kind: 'tool_call', name: 't', pattern: 'a', config: { conditions: [{ path: 'p', op: 'matches' }] } }]) {
      expect(validateDraft(body).ok).toBe(false);
    }
  });
});

describe('errorAt', () => {
  it('finds an error inside a field', () => {
    expect(errorAt({ 'scope.models.2': 'bad glob' }, 'scope.models')).toBe('bad glob');
    expect(errorAt({ 'config.limit_usd': 'too big' }, 'config.limit')).toBeUndefined();
  });
});

describe('setIn / getIn', () => {
  it('sets immutably, creates what is missing, removes on undefined', () => {
    const a = { config: { direction: 'request' } };
    const b = setIn(a, ['config', 'conditions', 0, 'op'], 'equals');
    expect(a).toEqual({ config: { direction: 'request' } });
    expect(b).toEqual({ config: { direction: 'request', conditions: [{ op: 'equals' }] } });
    expect(getIn(b, ['config', 'conditions', 0, 'op'])).toBe('equals');
    expect(setIn(b, ['config', 'direction'], undefined)).toEqual({ config: { conditions: [{ op: 'equals' }] } });
  });
});

describe('JSON view', () => {
  it('parses objects only', () => {
    expect(parseDraftJson('{"name":"x"}')).toEqual({ ok: true, draft: { name: 'x' } });
    expect(parseDraftJson('[1]')).toMatchObject({ ok: false });
    expect(parseDraftJson('{"name":')).toMatchObject({ ok: false, message: expect.stringContaining('Not valid JSON') });
  });

  it('shows and sends only the fields the API accepts', () => {
    const policy = { id: 'p1', version: 3, created_at: 'x', updated_at: 'y', created_by: null, ...newDraft('injection'), name: 'inj' } as unknown as Policy;
    const draft = draftFromPolicy(policy);
    expect(Object.keys(draft)).not.toContain('id');
    expect(JSON.parse(draftToJson({ ...draft, extra: 1 }))).toEqual(pickBody(draft));
  });
});

describe('typed values', () => {
  it('reads numbers and keeps what is not one', () => {
    expect(numberFromText(' 12.5 ')).toBe(12.5);
    expect(numberFromText('')).toBeUndefined();
    expect(numberFromText('ten')).toBe('ten');
  });

  it('reads condition values as JSON where they look like it', () => {
    expect(conditionValueFromText('42')).toBe(42);
    expect(conditionValueFromText('["a","b"]')).toEqual(['a', 'b']);
    expect(conditionValueFromText('/etc/passwd')).toBe('/etc/passwd');
    expect(conditionValueFromText('[oops')).toBe('[oops');
    expect(conditionValueFromText('')).toBeUndefined();
  });
});

describe('apiFieldErrors', () => {
  it('puts a validation error beside its field', () => {
    const error = new ApiError(400, { code: 'validation', message: 'config.limit_usd: Too big', field: 'config.limit_usd' });
    expect(apiFieldErrors(error)).toEqual({ 'config.limit_usd': 'Too big' });
    expect(apiFieldErrors(new ApiError(403, { code: 'forbidden', message: 'no' }))).toEqual({});
  });
});

describe('descriptions', () => {
  it('says what a policy looks at and who it applies to', () => {
    const budget = { ...newDraft('budget'), name: 'b' } as unknown as Policy;
    expect(describePolicy(budget)).toBe('$100 a month per key');
    expect(describeScope({})).toBe('Everyone');
    expect(describeScope({ models: ['gpt-4o*'], keys: ['a', 'b'] })).toBe('2 keys; models gpt-4o*');
  });
});
