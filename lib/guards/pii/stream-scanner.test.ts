import { describe, expect, it } from 'vitest';
import type { EntityFinding } from '@/lib/guards/types';
import { Pseudonymizer } from './pseudonymizer';
import { createStreamScanner, type StreamScanOptions } from './stream-scanner';

function scanChunks(chunks: string[], options: StreamScanOptions = {}) {
  const scanner = createStreamScanner(options);
  let text = '';
  const findings: EntityFinding[] = [];
  const outputs: string[] = [];
  for (const chunk of chunks) {
    const r = scanner.push(chunk);
    outputs.push(r.text);
    text += r.text;
    findings.push(...r.findings);
  }
  const last = scanner.flush();
  text += last.text;
  findings.push(...last.findings);
  return { text, findings, outputs };
}

const SAMPLE = 'Contact jane.doe@example.com or +44 20 7946 0958. Card: 4111 1111 1111 1111. Key AKIAIOSFODNN7EXAMPLE done.';
const MASKED = 'Contact [REDACTED:EMAIL] or [REDACTED:PHONE]. Card: [REDACTED:CREDIT_CARD]. Key [REDACTED:AWS_ACCESS_KEY_ID] done.';

describe('createStreamScanner', () => {
  it('masks an entity split across two chunks at every cut point', () => {
    for (let cut = 0; cut <= SAMPLE.length; cut++) {
      expect(scanChunks([SAMPLE.slice(0, cut), SAMPLE.slice(cut)]).text, `cut at ${cut}`).toBe(MASKED);
    }
  });

  it('masks entities streamed a few characters at a time', () => {
    for (const size of [1, 3, 7]) {
      const chunks: string[] = [];
      for (let i = 0; i < SAMPLE.length; i += size) chunks.push(SAMPLE.slice(i, i + size));
      const { text, findings } = scanChunks(chunks);
      expect(text, `size ${size}`).toBe(MASKED);
      expect(findings.map((f) => [f.type, SAMPLE.slice(f.start, f.end)])).toEqual([
        ['EMAIL', 'jane.doe@example.com'], ['PHONE', '+44 20 7946 0958'], ['CREDIT_CARD', '4111 1111 1111 1111'], ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
      ]);
    }
  });

  it('keeps multi-line private keys whole', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n-----END PRIVATE KEY-----';
    const text = `Here is the key:\n${pem}\nKeep it safe.`;
    const chunks = text.match(/[\s\S]{1,5}/g) ?? [];
    expect(scanChunks(chunks).text).toBe('Here is the key:\n[REDACTED:PRIVATE_KEY]\nKeep it safe.');
  });

  it('lets text without entities through with minimal hold-back', () => {
    const scanner = createStreamScanner();
    expect(scanner.push('The weather is nice today.\n').text).toBe('The weather is nice today.\n');
    expect(scanner.push('we walked along the river and ').text).toBe('we walked along the river and ');
    expect(scanner.push('talked about').text).toBe('talked ');
    expect(scanner.push(' lunch plans').text).toBe('about lunch ');
    expect(scanner.flush().text).toBe('plans');
  });

  it('holds numbers and capitalised words that could still grow into an entity', () => {
    const scanner = createStreamScanner();
    expect(scanner.push('my card is 4111 1111').text).toBe('my card is ');
    expect(scanner.push(' 1111 1111').text).toBe('');
    expect(scanner.push(' thanks ').text).toBe('[REDACTED:CREDIT_CARD] thanks ');
    expect(scanner.flush().text).toBe('');
  });

  it('reports stream offsets and blocked findings', () => {
    const scanner = createStreamScanner({}, (f) => (f.type === 'US_SSN' ? 'block' : 'mask'));
    const first = scanner.push('abc SSN 536-22-8726 ok\n');
    expect(first.blocked.map((f) => [f.type, f.start, f.end])).toEqual([['US_SSN', 8, 19]]);
    expect(first.text).toBe('abc SSN [REDACTED:US_SSN] ok\n');
  });

  it('uses context words that were already emitted', () => {
    const { text } = scanChunks(['password: ', 'Tr0ub4dor&3', ' is set\n']);
    expect(text).toBe('password: [REDACTED:PASSWORD] is set\n');
  });

  it('pseudonymises in the stream when asked', () => {
    const p = new Pseudonymizer();
    const scanner = createStreamScanner({ pseudonymizer: p }, () => 'pseudonymize');
    const out = scanner.push('mail a@example.com now').text + scanner.flush().text;
    expect(out).toBe('mail <EMAIL_1> now');
    expect(p.rehydrate(out)).toBe('mail a@example.com now');
  });
});
