import { describe, expect, it } from 'vitest';
import { createSseReader, hasKeyWithValue } from './sse';

const stream = [
  'data: {"choices":[{"delta":{"content":"Grüße 👋"},"finish_reason":null}],"usage":null}\n\n',
  ': a comment line\n\n',
  'event: ping\ndata: {"choices":[{"delta":{"content":"more"},"finish_reason":null}]}\n\n',
  'data: {"choices":[{"delta":{},"finish_reason":"stop"}]}\r\n\r\n',
  'data: {"choices":[],"usage" : {"prompt_tokens":9,"completion_tokens":3}}\n\n',
  'data: [DONE]',
].join('');

function read(cuts: number[], only?: (bytes: Buffer) => boolean): string[] {
  const seen: string[] = [];
  const reader = createSseReader((event, data) => seen.push(`${event ?? ''}|${data}`), only ? { only } : {});
  const bytes = Buffer.from(stream, 'utf8');
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    reader.push(bytes.subarray(from, cut));
    from = cut;
  }
  reader.end();
  return seen;
}

describe('server-sent events read as they pass', () => {
  const all = read([]);

  it('delivers every event, including a last one without its blank line', () => {
    expect(all).toHaveLength(5);
    expect(all[1]).toBe('ping|{"choices":[{"delta":{"content":"more"},"finish_reason":null}]}');
    expect(all[4]).toBe('|[DONE]');
  });

  it('with a filter, delivers exactly the matching events, however the bytes are cut', () => {
    const only = (bytes: Buffer) => hasKeyWithValue(bytes, Buffer.from('"usage"'), 0x7b) || hasKeyWithValue(bytes, Buffer.from('"finish_reason"'), 0x22);
    const wanted = all.filter((e) => e.includes('"usage" : {') || e.includes('"finish_reason":"'));
    expect(wanted).toHaveLength(2);
    const length = Buffer.byteLength(stream);
    for (let cut = 1; cut < length; cut++) expect(read([cut], only)).toEqual(wanted);
    for (let a = 1; a < length; a += 5) for (let b = a + 1; b < length; b += 13) expect(read([a, b], only)).toEqual(wanted);
  });
});

describe('telling a JSON value apart without parsing', () => {
  it('finds a key whose value starts with the given character, spaces allowed, and skips the others', () => {
    const usage = Buffer.from('"usage"');
    expect(hasKeyWithValue(Buffer.from('{"usage":null,"x":{"usage" : {"a":1}}}'), usage, 0x7b)).toBe(true);
    expect(hasKeyWithValue(Buffer.from('{"usage":null}'), usage, 0x7b)).toBe(false);
    expect(hasKeyWithValue(Buffer.from('{"text":"the \\"usage\\": {"}'), usage, 0x7b)).toBe(false);
  });
});
