import { describe, expect, it } from 'vitest';
import { createUsageChunkFilter } from './usage-chunk-filter';

const event = (data: string, sep = '\n\n') => `data: ${data}${sep}`;
const content = (text: string) => JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', model: 'gpt-4o-mini', choices: [{ index: 0, delta: { content: text }, finish_reason: null }], usage: null });
const usageOnly = JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', model: 'gpt-4o-mini', choices: [], usage: { prompt_tokens: 9, completion_tokens: 3, total_tokens: 12 } });

function run(stream: string, cuts: number[]): string {
  const bytes = Buffer.from(stream, 'utf8');
  const filter = createUsageChunkFilter();
  const out: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(Buffer.from(filter.push(bytes.subarray(from, cut))));
    from = cut;
  }
  out.push(Buffer.from(filter.end()));
  return Buffer.concat(out).toString('utf8');
}

describe('removing the usage chunk the client did not ask for', () => {
  const kept = [event(content('Héllo')), event(content(' wörld 👋')), event(JSON.stringify({ id: 'c1', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }))].join('');
  const stream = kept + event(usageOnly) + event('[DONE]');

  it('drops exactly the usage-only event, however the bytes are cut (multi-byte characters included)', () => {
    const length = Buffer.byteLength(stream);
    for (let cut = 1; cut < length; cut++) expect(run(stream, [cut])).toBe(kept + event('[DONE]'));
    for (let a = 1; a < length; a += 7) for (let b = a + 1; b < length; b += 11) expect(run(stream, [a, b])).toBe(kept + event('[DONE]'));
  });

  it('understands CRLF event separators', () => {
    const crlf = event(content('a'), '\r\n\r\n') + event(usageOnly, '\r\n\r\n') + event('[DONE]', '\r\n\r\n');
    expect(run(crlf, [5, 40])).toBe(event(content('a'), '\r\n\r\n') + event('[DONE]', '\r\n\r\n'));
  });

  it('keeps events that mention usage but still carry choices, and a final event without a blank line', () => {
    const withChoices = event(JSON.stringify({ choices: [{ index: 0, delta: { content: 'the "usage" word' } }] }));
    expect(run(withChoices + 'data: [DONE]', [3])).toBe(withChoices + 'data: [DONE]');
  });

  it('passes a run of complete events (each with "usage":null) through as the same buffer, without copying it', () => {
    const filter = createUsageChunkFilter();
    const chunk = Buffer.from(event(content('x')) + event(content('y')));
    expect(filter.push(chunk)).toBe(chunk);
  });
});
