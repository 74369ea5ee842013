import { describe, expect, it } from 'vitest';
import type { Policy } from '@/db/schema';
import { Pseudonymizer } from '@/lib/guards/pii';
import { compilePolicySet, type PolicyOf } from '@/lib/policy/compile';
import { ofKind } from '@/lib/policy/evaluate';
import { inputToFields } from '@/lib/policy/present';
import { policyInputSchema } from '@/lib/policy/schema';
import type { ViolationDraft } from './drafts';
import { createGuardHooks, rehydrateJson, type GuardHookOptions } from './response-hooks';
import { createRuleStream } from './rule-stream';
import { textPlan } from './text-scan';

let seq = 0;
function set(...inputs: Record<string, unknown>[]) {
  const rows: Policy[] = inputs.map((input) => ({ ...inputToFields(policyInputSchema.parse(input)), id: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`, orgId: 'org', version: 1, createdBy: null, createdAt: new Date(), updatedAt: new Date() }));
  return compilePolicySet('org', rows).policies;
}

function hooks(policies: ReturnType<typeof set>, extra: Partial<GuardHookOptions> = {}) {
  const drafts: ViolationDraft[] = [];
  const h = createGuardHooks({
    orgId: 'org',
    plan: textPlan(policies, 'response'),
    toolRules: ofKind(policies, 'tool_call') as PolicyOf<'tool_call'>[],
    approvedTools: new Set(),
    fingerprint: (name, args) => `${name}:${args}`,
    onDraft: (d) => drafts.push(d),
    onHold: () => 'approval-1',
    onMasked: () => {},
    ...extra,
  });
  return { h, drafts };
}

/** Feeds text to block 0 in the given pieces and returns what the client would see. */
function run(h: ReturnType<typeof hooks>['h'], pieces: string[]): string {
  return pieces.map((p) => h.text(0, p)).join('') + h.endText(0);
}

describe('response hooks', () => {
  it('restores placeholders split across chunks at every position', () => {
    const p = new Pseudonymizer();
    const placeholder = p.placeholderFor('EMAIL', 'ann@example.com');
    const text = `Write to ${placeholder} today, ${placeholder}!`;
    for (let cut = 1; cut < text.length; cut++) {
      const { h } = hooks([], { pseudonymizer: p });
      expect(run(h, [text.slice(0, cut), text.slice(cut)])).toBe('Write to ann@example.com today, ann@example.com!');
    }
    const { h } = hooks([], { pseudonymizer: p });
    expect(run(h, [...text])).toBe('Write to ann@example.com today, ann@example.com!');
  });

  it('DLP masks what the model wrote before placeholders are restored', () => {
    const p = new Pseudonymizer();
    const mine = p.placeholderFor('EMAIL', 'me@example.com');
    const policies = set({ name: 'mask', kind: 'pii', action: 'redact', config: { direction: 'response', types: ['EMAIL'] } });
    const { h, drafts } = hooks(policies, { pseudonymizer: p });
    expect(run(h, ['Mine is ', mine, ', theirs is bo', 'b@example.org.'])).toBe('Mine is me@example.com, theirs is [REDACTED:EMAIL].');
    h.finish();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ type: 'pii', direction: 'response', action: 'mask' });
    expect(JSON.stringify(drafts)).not.toContain('bob@example.org');
  });

  it('blocks on a block-level entity and on a block content rule', () => {
    const policies = set({ name: 'cards', kind: 'pii', action: 'block', config: { direction: 'response', types: ['CREDIT_CARD'] } });
    const { h } = hooks(policies);
    const out = run(h, ['Your card 4111 1111 ', '1111 1111 is fine']);
    expect(out).not.toContain('4111');
    expect(h.blocked()?.message).toContain('CREDIT_CARD');
    const rule = set({ name: 'codename', action: 'block', trigger_type: 'keywords', pattern: 'Project Falcon', config: { direction: 'response' } });
    const r = hooks(rule);
    run(r.h, ['About project fal', 'con: details']);
    expect(r.h.blocked()?.message).toContain('codename');
  });

  it('tool calls: arguments rehydrated JSON-escaped, then the rules decide', () => {
    const p = new Pseudonymizer();
    const quoted = p.placeholderFor('PERSON', 'Ann "the boss" O\'Neil');
    expect(JSON.parse(rehydrateJson(p, JSON.stringify({ to: quoted })))).toEqual({ to: 'Ann "the boss" O\'Neil' });
    const policies = set(
      { name: 'no prod', kind: 'tool_call', action: 'deny', pattern: 'db.*', config: { conditions: [{ path: 'env', op: 'equals', value: 'prod' }] } },
      { name: 'hold mail', kind: 'tool_call', action: 'hold', pattern: 'send_mail' },
    );
    const { h, drafts } = hooks(policies, { pseudonymizer: p });
    expect(h.toolCall({ index: 0, name: 'db.query', arguments: '{"env":"dev"}' })).toEqual({ action: 'allow', arguments: undefined });
    expect(h.toolCall({ index: 1, name: 'db.query', arguments: '{"env":"prod"}' })).toMatchObject({ action: 'replace' });
    const held = h.toolCall({ index: 2, name: 'send_mail', arguments: JSON.stringify({ to: quoted }) });
    expect(held).toMatchObject({ action: 'replace' });
    expect((held as { text: string }).text).toContain('approval-1');
    expect(drafts.map((d) => d.action)).toEqual(['deny', 'hold']);
    const approved = hooks(policies, { pseudonymizer: p, approvedTools: new Set([`send_mail:${JSON.stringify({ to: 'Ann "the boss" O\'Neil' })}`]) });
    expect(approved.h.toolCall({ index: 0, name: 'send_mail', arguments: JSON.stringify({ to: quoted }) })).toEqual({ action: 'allow', arguments: JSON.stringify({ to: 'Ann "the boss" O\'Neil' }) });
  });

  it('the rule stream never cuts through a match', () => {
    const [rule] = set({ name: 'r', action: 'redact', pattern: 'secret-\\d+', config: { direction: 'response' } });
    const stream = createRuleStream([rule as PolicyOf<'content_rule'>]);
    const text = 'x'.repeat(300) + ' secret-123456 and more ' + 'y'.repeat(400);
    let out = '';
    for (let i = 0; i < text.length; i += 7) out += stream.push(text.slice(i, i + 7)).text;
    out += stream.flush().text;
    expect(out).toBe(text.replace('secret-123456', '[REDACTED]'));
  });
});
