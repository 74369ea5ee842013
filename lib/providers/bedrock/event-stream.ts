import { crc32 as jsCrc32 } from '@aws-crypto/crc32';
import { HeaderMarshaller, Int64, type MessageHeaders, type MessageHeaderValue } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import * as zlib from 'node:zlib';

/**
 * `application/vnd.amazon.eventstream`: each message is
 *   total length (u32) | headers length (u32) | prelude CRC32 | headers | payload | message CRC32
 * with big-endian integers; the message CRC covers everything before it.
 *
 * The decoder frames messages across arbitrary chunk boundaries. A message that arrives whole inside
 * one chunk is decoded in place (its payload is a view into that chunk, valid during the callback
 * only); only a message split across chunks is copied, once, into a buffer of its exact size.
 */

export type EventStreamHeaders = MessageHeaders;
export type EventStreamHeaderValue = MessageHeaderValue;

export interface EventStreamMessage {
  headers: EventStreamHeaders;
  /** A view into the pushed bytes: copy it to keep it past the callback. */
  payload: Uint8Array;
}

export class EventStreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventStreamError';
  }
}

export interface EventStreamDecoder {
  /** Never throws: a corrupt message stops decoding and is reported through `onError` / `error`. */
  push(chunk: Uint8Array): void;
  /** Bytes of a message that has started but not ended (non-zero at the end: the stream was cut). */
  readonly pending: number;
  readonly error: EventStreamError | undefined;
}

const PRELUDE = 12;
const OVERHEAD = 16;
/** AWS caps a message at 16 MiB and its headers at 128 KiB; larger values mean a corrupt prelude. */
const MAX_MESSAGE = 16 * 1024 * 1024;
const MAX_HEADERS = 128 * 1024;

const TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c;
}

// zlib's CRC32 is native (Node >= 20.15) and ~20x faster than @aws-crypto/crc32's iterator-based
// loop on a 200-byte frame; frames pass here once per streamed token. Below 64 bytes the call
// overhead dominates and a table loop is cheaper. @aws-crypto/crc32 covers runtimes without zlib.
const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
const longCrc: (data: Uint8Array) => number = typeof nativeCrc === 'function' ? (d) => nativeCrc(d) : jsCrc32;

/** CRC32 of `b[start, end)`. */
export function crc32(b: Uint8Array, start = 0, end = b.length): number {
  if (end - start >= 64) return longCrc(b.subarray(start, end));
  let c = -1;
  for (let i = start; i < end; i++) c = TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function u32(b: Uint8Array, o: number): number {
  return ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
}

/** Total message length from a prelude at `o`, after checking its CRC and bounds. */
function readPrelude(b: Uint8Array, o: number): number {
  const total = u32(b, o);
  const headers = u32(b, o + 4);
  if (crc32(b, o, o + 8) !== u32(b, o + 8)) throw new EventStreamError('event stream prelude checksum mismatch');
  if (total < OVERHEAD || total > MAX_MESSAGE || headers > MAX_HEADERS || headers > total - OVERHEAD) {
    throw new EventStreamError(`event stream message length out of range (${total}, headers ${headers})`);
  }
  return total;
}

function decodeMessage(frame: Uint8Array): EventStreamMessage {
  const total = frame.length;
  if (crc32(frame, 0, total - 4) !== u32(frame, total - 4)) throw new EventStreamError('event stream message checksum mismatch');
  const headersEnd = PRELUDE + u32(frame, 4);
  return { headers: parseHeaders(frame, PRELUDE, headersEnd), payload: frame.subarray(headersEnd, total - 4) };
}

export function createEventStreamDecoder(
  onMessage: (message: EventStreamMessage) => void,
  onError?: (error: EventStreamError) => void,
): EventStreamDecoder {
  const head = new Uint8Array(PRELUDE);
  let headLength = 0;
  let partial: Uint8Array | null = null;
  let filled = 0;
  let failure: EventStreamError | undefined;

  const fail = (e: unknown): void => {
    failure = e instanceof EventStreamError ? e : new EventStreamError(`corrupt event stream message: ${(e as Error).message}`);
    partial = null;
    onError?.(failure);
  };

  // Framing errors are reported; errors thrown by `onMessage` are the caller's and propagate.
  const emit = (frame: Uint8Array): boolean => {
    let message: EventStreamMessage;
    try {
      message = decodeMessage(frame);
    } catch (e) {
      fail(e);
      return false;
    }
    onMessage(message);
    return true;
  };

  return {
    get pending() {
      return partial ? filled : headLength;
    },
    get error() {
      return failure;
    },
    push(chunk) {
      if (failure) return;
      let off = 0;
      const end = chunk.length;
      while (off < end) {
        if (partial) {
          const n = Math.min(partial.length - filled, end - off);
          partial.set(chunk.subarray(off, off + n), filled);
          filled += n;
          off += n;
          if (filled < partial.length) return;
          const frame = partial;
          partial = null;
          filled = 0;
          if (!emit(frame)) return;
          continue;
        }
        if (headLength > 0 || end - off < PRELUDE) {
          const n = Math.min(PRELUDE - headLength, end - off);
          head.set(chunk.subarray(off, off + n), headLength);
          headLength += n;
          off += n;
          if (headLength < PRELUDE) return;
          headLength = 0;
          let total: number;
          try {
            total = readPrelude(head, 0);
          } catch (e) {
            return fail(e);
          }
          partial = new Uint8Array(total);
          partial.set(head);
          filled = PRELUDE;
          continue;
        }
        let total: number;
        try {
          total = readPrelude(chunk, off);
        } catch (e) {
          return fail(e);
        }
        if (end - off >= total) {
          if (!emit(chunk.subarray(off, off + total))) return;
          off += total;
        } else {
          partial = new Uint8Array(total);
          partial.set(chunk.subarray(off));
          filled = end - off;
          off = end;
        }
      }
    },
  };
}

/**
 * Header names and values repeat on every message (`:event-type`, `contentBlockDelta`…), so short
 * ones are interned: hashing the bytes and comparing with the cached string costs no allocation.
 */
const interned = new Map<number, string>();
const MAX_INTERNED = 512;

function readString(b: Uint8Array, start: number, end: number): string {
  if (end - start > 48) return toUtf8(b.subarray(start, end));
  let hash = end - start;
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (c > 0x7f) return toUtf8(b.subarray(start, end));
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  const known = interned.get(hash);
  if (known !== undefined && known.length === end - start) {
    let same = true;
    for (let i = 0; i < known.length; i++) {
      if (known.charCodeAt(i) !== b[start + i]) {
        same = false;
        break;
      }
    }
    if (same) return known;
  }
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]);
  if (interned.size < MAX_INTERNED) interned.set(hash, s);
  return s;
}

function hex(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return s;
}

function need(pos: number, n: number, end: number): void {
  if (pos + n > end) throw new EventStreamError('event stream header overruns its section');
}

export function parseHeaders(b: Uint8Array, start: number, end: number): EventStreamHeaders {
  const out: EventStreamHeaders = {};
  let p = start;
  while (p < end) {
    const nameLength = b[p++];
    need(p, nameLength + 1, end);
    const name = readString(b, p, p + nameLength);
    p += nameLength;
    const tag = b[p++];
    let value: EventStreamHeaderValue;
    switch (tag) {
      case 0:
      case 1:
        value = { type: 'boolean', value: tag === 0 };
        break;
      case 2:
        need(p, 1, end);
        value = { type: 'byte', value: (b[p] << 24) >> 24 };
        p += 1;
        break;
      case 3:
        need(p, 2, end);
        value = { type: 'short', value: (((b[p] << 8) | b[p + 1]) << 16) >> 16 };
        p += 2;
        break;
      case 4:
        need(p, 4, end);
        value = { type: 'integer', value: u32(b, p) | 0 };
        p += 4;
        break;
      case 5:
      case 8: {
        need(p, 8, end);
        const long = new Int64(b.slice(p, p + 8));
        value = tag === 5 ? { type: 'long', value: long } : { type: 'timestamp', value: new Date(long.valueOf()) };
        p += 8;
        break;
      }
      case 6:
      case 7: {
        need(p, 2, end);
        const length = (b[p] << 8) | b[p + 1];
        p += 2;
        need(p, length, end);
        value = tag === 6 ? { type: 'binary', value: b.slice(p, p + length) } : { type: 'string', value: readString(b, p, p + length) };
        p += length;
        break;
      }
      case 9: {
        need(p, 16, end);
        const h = hex(b, p, p + 16);
        value = { type: 'uuid', value: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}` };
        p += 16;
        break;
      }
      default:
        throw new EventStreamError(`unknown event stream header type ${tag}`);
    }
    out[name] = value;
  }
  return out;
}

/** The string value of a header, or undefined when it is absent or of another type. */
export function headerString(headers: EventStreamHeaders, name: string): string | undefined {
  const h = headers[name];
  return h !== undefined && h.type === 'string' ? h.value : undefined;
}

const marshaller = new HeaderMarshaller(toUtf8, fromUtf8);

export function encodeEventStreamMessage(message: { headers: EventStreamHeaders; payload: Uint8Array }): Uint8Array {
  const headers = marshaller.format(message.headers);
  const total = headers.length + message.payload.length + OVERHEAD;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(0, total, false);
  view.setUint32(4, headers.length, false);
  view.setUint32(8, crc32(out, 0, 8), false);
  out.set(headers, PRELUDE);
  out.set(message.payload, PRELUDE + headers.length);
  view.setUint32(total - 4, crc32(out, 0, total - 4), false);
  return out;
}

const str = (value: string): EventStreamHeaderValue => ({ type: 'string', value });
const JSON_TYPE = str('application/json');

/** An `event` message with a JSON payload, as Bedrock sends them. */
export function encodeEventFrame(eventType: string, payload: string): Uint8Array {
  return encodeEventStreamMessage({
    headers: { ':event-type': str(eventType), ':content-type': JSON_TYPE, ':message-type': str('event') },
    payload: fromUtf8(payload),
  });
}

/** An `exception` message: the SDK raises the modelled exception named by `:exception-type`. */
export function encodeExceptionFrame(exceptionType: string, payload: string): Uint8Array {
  return encodeEventStreamMessage({
    headers: { ':exception-type': str(exceptionType), ':content-type': JSON_TYPE, ':message-type': str('exception') },
    payload: fromUtf8(payload),
  });
}
