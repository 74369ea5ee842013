import { createParser } from 'eventsource-parser';

/**
 * Server-sent events from raw bytes, incrementally: bytes are decoded in streaming mode (a UTF-8
 * sequence split across chunks is kept for the next one) and events are delivered as they complete.
 * Readers use this to look at a stream as it passes; they never hold bytes back from the client.
 */
export interface SseReader {
  push(chunk: Uint8Array): void;
  end(): void;
}

const LF2 = Buffer.from('\n\n');
const CRLF2 = Buffer.from('\r\n\r\n');

/** End (exclusive) of the last complete event (its blank line included) in `bytes`, or -1. */
export function lastEventEnd(bytes: Buffer): number {
  const lf = bytes.lastIndexOf(LF2);
  const crlf = bytes.lastIndexOf(CRLF2);
  return Math.max(lf < 0 ? -1 : lf + 2, crlf < 0 ? -1 : crlf + 4);
}

/** End (exclusive) of the first event starting at `from` (the end of `bytes` when none ends). */
export function nextEventEnd(bytes: Buffer, from: number): number {
  const lf = bytes.indexOf(LF2, from);
  const crlf = bytes.indexOf(CRLF2, from);
  if (lf < 0 && crlf < 0) return bytes.length;
  if (crlf < 0 || (lf >= 0 && lf < crlf)) return lf + 2;
  return crlf + 4;
}

/**
 * Cuts a byte stream into runs of whole events: `push` returns the complete events a chunk
 * finishes (null when it finishes none) and keeps a trailing partial event for the next chunk;
 * `end` returns what is left (a last event without its blank line). A run never splits an event,
 * so never a UTF-8 sequence either. A run that is the very chunk pushed is returned uncopied.
 */
export function createEventSplitter() {
  let pending: Buffer | null = null;
  return {
    push(chunk: Uint8Array): Buffer | null {
      const bytes = pending ? Buffer.concat([pending, chunk]) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const end = lastEventEnd(bytes);
      if (end < 0) {
        pending = bytes;
        return null;
      }
      // The tail is copied so it does not keep the whole chunk alive.
      pending = end < bytes.length ? Buffer.from(bytes.subarray(end)) : null;
      return end < bytes.length ? bytes.subarray(0, end) : bytes;
    },
    end(): Buffer | null {
      const rest = pending;
      pending = null;
      return rest;
    },
  };
}

export interface SseReaderOptions {
  /**
   * Only events for which this returns true reach `onEvent`; the others are skipped before they
   * are decoded or parsed. For readers that only care about a few events of a long stream (the
   * usage, the finish reason, an error). Given a run of whole events first, then each event.
   */
  only?: (bytes: Buffer) => boolean;
}

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Whether `bytes` hold the JSON key `"name"` followed (after optional spaces and a colon) by a
 * value starting with `first` (e.g. `{` for an object, `"` for a string). Lets a stream reader tell
 * `"usage":{…}` from the `"usage":null` that every chunk of some streams carries, without parsing.
 */
export function hasKeyWithValue(bytes: Buffer, key: Buffer, first: number): boolean {
  for (let at = bytes.indexOf(key); at >= 0; at = bytes.indexOf(key, at + key.length)) {
    let i = at + key.length;
    while (SPACE.has(bytes[i])) i++;
    if (bytes[i] !== 0x3a /* : */) continue;
    i++;
    while (SPACE.has(bytes[i])) i++;
    if (bytes[i] === first) return true;
  }
  return false;
}

export function createSseReader(onEvent: (event: string | undefined, data: string) => void, options: SseReaderOptions = {}): SseReader {
  const decoder = new TextDecoder();
  const parser = createParser({ onEvent: (message) => onEvent(message.event, message.data) });
  const matches = options.only;
  if (!matches) {
    return {
      push(chunk) {
        parser.feed(decoder.decode(chunk, { stream: true }));
      },
      end() {
        const rest = decoder.decode();
        // A final event without its blank line still counts (some upstreams end the stream that way).
        parser.feed(rest + '\n\n');
      },
    };
  }
  // Whole events only: the parser always stops at an event boundary, so skipping events cannot
  // leave it mid-event.
  const splitter = createEventSplitter();
  const feedMatching = (run: Buffer | null) => {
    if (!run || !matches(run)) return;
    for (let start = 0; start < run.length; ) {
      const end = nextEventEnd(run, start);
      const event = run.subarray(start, end);
      if (matches(event)) parser.feed(event.toString('utf8'));
      start = end;
    }
  };
  return {
    push: (chunk) => feedMatching(splitter.push(chunk)),
    end() {
      feedMatching(splitter.end());
      parser.feed('\n\n');
    },
  };
}

const encoder = new TextEncoder();

export function encodeSse(data: string, event?: string): Uint8Array {
  return encoder.encode(`${event ? `event: ${event}\n` : ''}data: ${data}\n\n`);
}

/** JSON.parse that returns undefined instead of throwing (upstream bytes are not trusted). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
