import { describe, expect, it } from 'vitest';
import { createJsonArrayScanner } from './json-array';

function scan(text: string, sizes: (i: number) => number): string[] {
  const out: string[] = [];
  const scanner = createJsonArrayScanner((element) => out.push(Buffer.from(element).toString('utf8')));
  const bytes = Buffer.from(text);
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes(i));
    scanner.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

const tricky = [
  { text: 'brackets } ] { [ inside', n: 1 },
  { text: 'escaped \\" quote and \\\\ backslash then "} ]', nested: { list: [1, { deep: '[' }] } },
  { text: 'multi-byte: é 日本 🙂', error: null },
  { text: 'he said "}] and left', tail: '\\' },
];
const body = '[' + tricky.map((o) => JSON.stringify(o)).join('\n,\r\n') + ']';

describe('createJsonArrayScanner', () => {
  it('yields each element whole, whatever the chunk boundaries', () => {
    const expected = tricky.map((o) => JSON.stringify(o));
    expect(scan(body, () => 1 << 20)).toEqual(expected);
    expect(scan(body, () => 1)).toEqual(expected);
    for (let cut = 1; cut < Buffer.byteLength(body); cut++) {
      expect(scan(body, (i) => (i === 0 ? cut : 1 << 20))).toEqual(expected);
    }
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 13) + 1;
    expect(scan(body, random)).toEqual(expected);
  });

  it('keeps an element that never closed to itself, and reads a bare object', () => {
    expect(scan('[{"a":1}\n,\r\n{"b":"unfinished', () => 4)).toEqual(['{"a":1}']);
    expect(scan('{"error":{"code":500}}', () => 3)).toEqual(['{"error":{"code":500}}']);
    expect(scan('  [ ]', () => 1)).toEqual([]);
  });
});
