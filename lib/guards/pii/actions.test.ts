import { describe, expect, it } from 'vitest';
import type { EntityAction, EntityFinding } from '@/lib/guards/types';
import { applyEntityActions, maskToken } from './actions';
import { detectEntities } from './detect';
import { Pseudonymizer } from './pseudonymizer';

const TEXT = 'Mail jane@example.com or call +1 415-555-2671; card 4111 1111 1111 1111.';

describe('applyEntityActions', () => {
  it('masks with the type name and reports a change', () => {
    const findings = detectEntities(TEXT);
    const result = applyEntityActions(TEXT, findings, () => 'mask');
    expect(result.text).toBe('Mail [REDACTED:EMAIL] or call [REDACTED:PHONE]; card [REDACTED:CREDIT_CARD].');
    expect(result.changed).toBe(true);
    expect(result.blocked).toEqual([]);
  });

  it('detect leaves the text alone', () => {
    const result = applyEntityActions(TEXT, detectEntities(TEXT), () => 'detect');
    expect(result).toEqual({ text: TEXT, blocked: [], changed: false });
  });

  it('block reports the findings and still masks them', () => {
    const actionFor = (f: EntityFinding): EntityAction => (f.type === 'CREDIT_CARD' ? 'block' : 'detect');
    const result = applyEntityActions(TEXT, detectEntities(TEXT), actionFor);
    expect(result.blocked.map((f) => f.type)).toEqual(['CREDIT_CARD']);
    expect(result.text).toContain(maskToken('CREDIT_CARD'));
    expect(result.text).not.toContain('4111');
  });

  it('pseudonymises with stable per-request placeholders', () => {
    const text = 'jane@example.com wrote to bob@example.com, then jane@example.com replied.';
    const p = new Pseudonymizer();
    const result = applyEntityActions(text, detectEntities(text), () => 'pseudonymize', p);
    expect(result.text).toBe('<EMAIL_1> wrote to <EMAIL_2>, then <EMAIL_1> replied.');
    expect(p.rehydrate(result.text)).toBe(text);
  });

  it('falls back to a mask when no pseudonymizer is given', () => {
    const text = 'jane@example.com';
    expect(applyEntityActions(text, detectEntities(text), () => 'pseudonymize').text).toBe('[REDACTED:EMAIL]');
  });

  it('mixes actions per type and skips overlapping findings', () => {
    const findings: EntityFinding[] = [
      { type: 'EMAIL', category: 'pii', start: 5, end: 21, score: 0.9, severity: 'medium', locale: 'generic' },
      { type: 'PERSON', category: 'pii', start: 5, end: 9, score: 0.9, severity: 'medium', locale: 'generic' },
    ];
    expect(applyEntityActions(TEXT, findings, () => 'mask').text).toBe('Mail [REDACTED:EMAIL] or call +1 415-555-2671; card 4111 1111 1111 1111.');
  });
});
