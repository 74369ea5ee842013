import type { StreamTransform } from '../types';

/**
 * When a streaming client did not ask for `stream_options.include_usage`, the gateway asks for it
 * (so spend is metered) and removes the extra usage-only chunk (`"choices":[]` with a usage object)
 * before the client sees it. Events pass through as soon as they are complete; only a partial
 * event at the end of a chunk is held until its blank line arrives.
 */
const encoder = new TextEncoder();
const USAGE_ONLY = /"choices"\s*:\s*\[\s*\]/;

export function createUsageChunkFilter(): StreamTransform {
  const decoder = new TextDecoder();
  let pending = '';

  const take = (text: string, final: boolean): Uint8Array => {
    pending += text;
    let out = '';
    let start = 0;
    for (;;) {
      const end = findEventEnd(pending, start);
      if (end < 0) break;
      const next = end + separatorLength(pending, end);
      const event = pending.slice(start, next);
      if (!(USAGE_ONLY.test(event) && event.includes('"usage"'))) out += event;
      start = next;
    }
    pending = pending.slice(start);
    if (final) {
      out += pending;
      pending = '';
    }
    return out ? encoder.encode(out) : new Uint8Array(0);
  };

  return {
    push: (chunk) => take(decoder.decode(chunk, { stream: true }), false),
    end: () => take(decoder.decode(), true),
  };
}

/** Index where the next blank line (event separator) starts, from `from`, or -1. */
function findEventEnd(text: string, from: number): number {
  const lf = text.indexOf('\n\n', from);
  const crlf = text.indexOf('\r\n\r\n', from);
  if (lf < 0) return crlf;
  if (crlf < 0) return lf;
  return Math.min(lf, crlf);
}

function separatorLength(text: string, at: number): number {
  return text.startsWith('\r\n\r\n', at) ? 4 : 2;
}
