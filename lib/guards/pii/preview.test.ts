import { describe, expect, it } from 'vitest';
import { detectEntities } from './detect';
import { redactedPreview } from './preview';

describe('redactedPreview', () => {
  it('replaces every finding with its type', () => {
    const text = 'My SSN is 536-22-8726 and my email jane@example.com.';
    expect(redactedPreview(text, detectEntities(text))).toBe('My SSN is [US_SSN] and my email [EMAIL].');
  });

  it('cuts long text around the first finding without leaking values', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20);
    const text = `${filler}card 4111 1111 1111 1111 then ${filler} jane@example.com ${filler}`;
    const preview = redactedPreview(text, detectEntities(text), 80);
    expect(preview.length).toBeLessThanOrEqual(80);
    expect(preview).toContain('[CREDIT_CARD]');
    expect(preview).not.toMatch(/4111|jane@/);
    expect(preview.startsWith('…')).toBe(true);
  });

  it('collapses whitespace and handles no findings', () => {
    expect(redactedPreview('a\n\n  b', [])).toBe('a b');
  });
});
