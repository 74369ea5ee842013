import { createEventSplitter, hasKeyWithValue, nextEventEnd } from '../shared/sse';
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
 * A run of complete events without the usage-only ones. Looked into only when a usage object
 * appears: the `"usage":null` that every chunk carries once usage is asked for does not count.
 */
function withoutUsageEvents(run: Buffer | null): Uint8Array {
  if (!run) return EMPTY;
  if (!hasKeyWithValue(run, USAGE_KEY, 0x7b /* { */)) return run;
  const kept: Buffer[] = [];
  for (let start = 0; start < run.length; ) {
    const end = nextEventEnd(run, start);
    const event = run.subarray(start, end);
    if (!(hasKeyWithValue(event, USAGE_KEY, 0x7b) && USAGE_ONLY.test(event.toString('utf8')))) kept.push(event);
    start = end;
  }
  return kept.length === 0 ? EMPTY : Buffer.concat(kept);
}

export function createUsageChunkFilter(): StreamTransform {
  const splitter = createEventSplitter();
  return {
    push: (chunk) => withoutUsageEvents(splitter.push(chunk)),
    // A stream that ended without a final blank line: its last event is complete all the same.
    end: () => withoutUsageEvents(splitter.end()),
  };
}
