import { describe, expect, it } from 'vitest';
import { Pseudonymizer } from './pseudonymizer';

function rehydrateInChunks(p: Pseudonymizer, chunks: string[]): string {
  const stream = p.createStreamRehydrator();
  return chunks.map((c) => stream.push(c)).join('') + stream.flush();
}

describe('Pseudonymizer', () => {
  it('gives each distinct value its own numbered placeholder per type', () => {
    const p = new Pseudonymizer();
    expect(p.placeholderFor('EMAIL', 'a@x.io')).toBe('<EMAIL_1>');
    expect(p.placeholderFor('EMAIL', 'b@x.io')).toBe('<EMAIL_2>');
    expect(p.placeholderFor('PERSON', 'Ann Lee')).toBe('<PERSON_1>');
    expect(p.placeholderFor('EMAIL', 'a@x.io')).toBe('<EMAIL_1>');
    expect(p.size).toBe(3);
  });

  it('rehydrates known placeholders and leaves unknown ones', () => {
    const p = new Pseudonymizer();
    p.placeholderFor('EMAIL', 'a@x.io');
    expect(p.rehydrate('Reply to <EMAIL_1>, not <EMAIL_9> or <b>bold</b>.')).toBe('Reply to a@x.io, not <EMAIL_9> or <b>bold</b>.');
  });

  it('instances do not share values', () => {
    const a = new Pseudonymizer();
    const b = new Pseudonymizer();
    a.placeholderFor('EMAIL', 'a@x.io');
    expect(b.rehydrate('<EMAIL_1>')).toBe('<EMAIL_1>');
  });

  it('restores a placeholder split across two chunks at every cut point', () => {
    const p = new Pseudonymizer();
    p.placeholderFor('EMAIL', 'jane@example.com');
    p.placeholderFor('US_SSN', '536-22-8726');
    const text = 'Hi <EMAIL_1>, your SSN <US_SSN_1> is on file. 3 < 4 and <tag>.';
    const expected = 'Hi jane@example.com, your SSN 536-22-8726 is on file. 3 < 4 and <tag>.';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(rehydrateInChunks(p, [text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toBe(expected);
    }
  });

  it('restores placeholders streamed one character at a time', () => {
    const p = new Pseudonymizer();
    p.placeholderFor('PHONE', '+44 20 7946 0958');
    const text = 'Call <PHONE_1> now <PHONE_1>';
    expect(rehydrateInChunks(p, [...text])).toBe('Call +44 20 7946 0958 now +44 20 7946 0958');
  });

  it('holds back only a possible placeholder prefix', () => {
    const p = new Pseudonymizer();
    p.placeholderFor('EMAIL', 'a@x.io');
    const stream = p.createStreamRehydrator();
    expect(stream.push('plain text ')).toBe('plain text ');
    expect(stream.push('then <EMA')).toBe('then ');
    expect(stream.push('IL_1> done')).toBe('a@x.io done');
    expect(stream.push('a < b')).toBe('a < b');
    expect(stream.push(' <lower')).toBe(' <lower');
    expect(stream.flush()).toBe('');
  });
});
