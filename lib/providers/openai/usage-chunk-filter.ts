import { hasKeyWithValue, lastEventEnd } from '../shared/sse';
import type { StreamTransform } from '../types';

/**
 * When a streaming client did not ask for `stream_options.include_usage`, the gateway asks for it
 * (so spend is metered) and removes the extra usage-only chunk (`"choices":[]` with a usage object)
 * before the client sees it. Events pass through as soon as they are complete; only a partial
 * event at the end of a chunk is held until its blank line arrives.
 *
 * Works on bytes: a run of complete events without a usage object in it (every event but the
 * last one or two) goes out as the very buffer that arrived, never decoded or re-encoded.
 */
const USAGE_ONLY = /"choices"\s*:\s*\[\s*\]/;
const USAGE_KEY = Buffer.from('"usage"');
const EMPTY = new Uint8Array(0);

/**
 * Complete events in `bytes`, without the usage-only ones. Decoded only when a usage object
 * appears: the `"usage":null` that every chunk carries once usage is asked for does not count.
 */
function withoutUsageEvents(bytes: Buffer): Uint8Array {
  if (!hasKeyWithValue(bytes, USAGE_KEY, 0x7b /* { */)) return bytes;
  const text = bytes.toString('utf8');
  let out = '';
  let start = 0;
  while (start < text.length) {
    const end = nextEventEnd(text, start);
    const next = end < 0 ? text.length : end;
    const event = text.slice(start, next);
    if (!(USAGE_ONLY.test(event) && event.includes('"usage"'))) out += event;
    start = next;
  }
  return out ? Buffer.from(out, 'utf8') : EMPTY;
}

function nextEventEnd(text: string, from: number): number {
  const lf = text.indexOf('\n\n', from);
  const crlf = text.indexOf('\r\n\r\n', from);
  if (lf < 0 && crlf < 0) return -1;
  if (crlf < 0 || (lf >= 0 && lf < crlf)) return lf + 2;
  return crlf + 4;
}

export function createUsageChunkFilter(): StreamTransform {
  let pending: Buffer | null = null;
  return {
    push(chunk) {
      const bytes = pending ? Buffer.concat([pending, chunk]) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const end = lastEventEnd(bytes);
      if (end < 0) {
        pending = bytes;
        return EMPTY;
      }
      pending = end < bytes.length ? bytes.subarray(end) : null;
      return withoutUsageEvents(end < bytes.length ? bytes.subarray(0, end) : bytes);
    },
    end() {
      const rest = pending;
      pending = null;
      if (!rest) return EMPTY;
      // A stream that ended without a final blank line: its last event is complete all the same.
      return withoutUsageEvents(rest);
    },
  };
}
