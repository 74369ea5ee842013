import { crc32 as awsCrc32 } from '@aws-crypto/crc32';
import { EventStreamCodec, Int64 } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { describe, expect, it } from 'vitest';
import {
  crc32,
  createEventStreamDecoder,
  encodeEventStreamMessage,
  headerString,
  type EventStreamError,
  type EventStreamHeaders,
  type EventStreamMessage,
} from './event-stream';

const smithy = new EventStreamCodec(toUtf8, fromUtf8);
const s = (value: string) => ({ type: 'string' as const, value });

function frame(eventType: string, payload: string): Uint8Array {
  return smithy.encode({ headers: { ':event-type': s(eventType), ':content-type': s('application/json'), ':message-type': s('event') }, body: fromUtf8(payload) });
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

interface Seen {
  type?: string;
  payload: string;
}

function decodeAll(bytes: Uint8Array, chunk: number | number[]) {
  const seen: Seen[] = [];
  const errors: EventStreamError[] = [];
  const decoder = createEventStreamDecoder(
    (m: EventStreamMessage) => seen.push({ type: headerString(m.headers, ':event-type'), payload: toUtf8(m.payload) }),
    (e) => errors.push(e),
  );
  const cuts = Array.isArray(chunk) ? chunk : [];
  let at = 0;
  if (cuts.length) {
    for (const c of [...cuts, bytes.length]) {
      decoder.push(bytes.subarray(at, c));
      at = c;
    }
  } else {
    for (; at < bytes.length; at += chunk as number) decoder.push(bytes.subarray(at, at + (chunk as number)));
  }
  return { seen, errors, decoder };
}

const events: Array<[string, string]> = [
  ['messageStart', '{"role":"assistant"}'],
  ['contentBlockDelta', '{"contentBlockIndex":0,"delta":{"text":"Hé ✓"}}'],
  ['messageStop', '{"stopReason":"end_turn"}'],
  ['metadata', '{"usage":{"inputTokens":3,"outputTokens":4,"totalTokens":7}}'],
];
const stream = concat(events.map(([t, p]) => frame(t, p)));
const expected = events.map(([type, payload]) => ({ type, payload }));

describe('event-stream decoder', () => {
  it('our CRC32 agrees with @aws-crypto/crc32', () => {
    for (const n of [0, 1, 12, 200, 5000]) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
      expect(crc32(b)).toBe(awsCrc32(b));
    }
  });

  it('decodes frames from @smithy/eventstream-codec in one chunk', () => {
    expect(decodeAll(stream, stream.length).seen).toEqual(expected);
  });

  it('frames messages split at every possible chunk size, down to one byte at a time', () => {
    for (const size of [1, 2, 3, 5, 7, 11, 12, 13, 16, 50, 97]) {
      const { seen, errors, decoder } = decodeAll(stream, size);
      expect(errors).toEqual([]);
      expect(seen).toEqual(expected);
      expect(decoder.pending).toBe(0);
    }
  });

  it('frames messages across every single cut point and every pair of cut points', () => {
    for (let a = 1; a < stream.length; a++) expect(decodeAll(stream, [a]).seen).toEqual(expected);
    const first = frame('a', '{"x":1}');
    const two = concat([first, frame('b', '{"y":2}')]);
    for (let a = 1; a < two.length; a++) {
      for (let b = a; b < two.length; b++) expect(decodeAll(two, [a, b]).seen.map((x) => x.type)).toEqual(['a', 'b']);
    }
  });

  it('reports a bad prelude CRC as an error and stops', () => {
    const bad = stream.slice();
    bad[8] ^= 0xff;
    const { seen, errors } = decodeAll(bad, 7);
    expect(seen).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/prelude checksum/);
  });

  it('reports a corrupt payload (message CRC) without delivering the message, and stops', () => {
    const first = frame(...events[0]).length;
    for (const size of [1, 9, stream.length]) {
      const bad = stream.slice();
      bad[first + 30] ^= 0x01;
      const { seen, errors, decoder } = decodeAll(bad, size);
      expect(seen).toEqual([expected[0]]);
      expect(errors.map((e) => e.message)).toEqual(['event stream message checksum mismatch']);
      expect(decoder.error?.name).toBe('EventStreamError');
    }
  });

  it('refuses absurd lengths before allocating', () => {
    const bogus = new Uint8Array(16);
    new DataView(bogus.buffer).setUint32(0, 0x7fffffff);
    new DataView(bogus.buffer).setUint32(8, crc32(bogus.subarray(0, 8)));
    const { errors } = decodeAll(bogus, 16);
    expect(errors[0].message).toMatch(/length out of range/);
  });

  it('leaves a cut-off trailing message pending', () => {
    const { seen, decoder } = decodeAll(stream.subarray(0, stream.length - 5), 4);
    expect(seen).toHaveLength(3);
    expect(decoder.pending).toBeGreaterThan(0);
  });
});

describe('event-stream encoder', () => {
  const headers: EventStreamHeaders = {
    ':message-type': s('event'),
    t: { type: 'boolean', value: true },
    f: { type: 'boolean', value: false },
    b: { type: 'byte', value: -5 },
    sh: { type: 'short', value: -300 },
    i: { type: 'integer', value: -70000 },
    l: { type: 'long', value: Int64.fromNumber(-1234567890123) },
    bin: { type: 'binary', value: Uint8Array.from([0, 1, 255]) },
    ts: { type: 'timestamp', value: new Date(1700000000123) },
    u: { type: 'uuid', value: '0123abcd-4567-89ef-0123-456789abcdef' },
    utf: s('näive ✓'),
  };

  it('round-trips every header type through @smithy and through our decoder', () => {
    const bytes = encodeEventStreamMessage({ headers, payload: fromUtf8('{"ok":true}') });
    const viaSmithy = smithy.decode(bytes);
    expect(toUtf8(viaSmithy.body)).toBe('{"ok":true}');
    expect(viaSmithy.headers.l.value.valueOf()).toBe(-1234567890123);
    expect(viaSmithy.headers.u.value).toBe('0123abcd-4567-89ef-0123-456789abcdef');
    expect(Array.from(smithy.encode({ headers, body: fromUtf8('{"ok":true}') }))).toEqual(Array.from(bytes));

    let got: EventStreamMessage | undefined;
    createEventStreamDecoder((m) => (got = { headers: m.headers, payload: m.payload.slice() })).push(bytes);
    expect(got).toBeDefined();
    const h = got!.headers;
    expect(h.t).toEqual({ type: 'boolean', value: true });
    expect(h.f).toEqual({ type: 'boolean', value: false });
    expect(h.b).toEqual({ type: 'byte', value: -5 });
    expect(h.sh).toEqual({ type: 'short', value: -300 });
    expect(h.i).toEqual({ type: 'integer', value: -70000 });
    expect(h.l.value.valueOf()).toBe(-1234567890123);
    expect(Array.from(h.bin.value as Uint8Array)).toEqual([0, 1, 255]);
    expect((h.ts.value as Date).getTime()).toBe(1700000000123);
    expect(h.u.value).toBe('0123abcd-4567-89ef-0123-456789abcdef');
    expect(h.utf.value).toBe('näive ✓');
    expect(toUtf8(got!.payload)).toBe('{"ok":true}');
    expect(Array.from(encodeEventStreamMessage(got!))).toEqual(Array.from(bytes));
  });
});
