/**
 * Server-sent events as raw bytes, for stream editors: each complete event comes out as the exact
 * bytes the upstream sent (a view into the chunk when it arrived whole), so an event nothing edits
 * goes back unchanged. Only an event still incomplete at the end of a chunk is carried, as views
 * into the chunks it spans, and joined once when its blank line arrives.
 */

const LF = 0x0a;
const CR = 0x0d;

export interface SseFields {
  event: string | undefined;
  data: string | undefined;
}

export class SseSplitter {
  private carried: Uint8Array[] = [];
  // Line-break state at the end of the bytes seen so far: 0 none, 1 after "\n", 2 after "\n\r".
  private tail = 0;

  constructor(private readonly onEvent: (raw: Uint8Array) => void) {}

  push(chunk: Uint8Array): void {
    const length = chunk.length;
    let start = 0;
    let i = 0;
    if (this.tail !== 0 && length > 0) {
      const end = this.boundaryAtStart(chunk);
      if (end > 0) {
        this.emit(chunk, 0, end);
        start = i = end;
      } else if (this.tail === 2) {
        // "\n\r" still open at the end of a one-byte chunk.
        i = length;
      }
    }
    while (i < length) {
      const nl = chunk.indexOf(LF, i);
      if (nl < 0) break;
      if (nl + 1 >= length) {
        this.tail = 1;
        i = length;
        break;
      }
      const next = chunk[nl + 1];
      if (next === LF) {
        this.emit(chunk, start, nl + 2);
        start = i = nl + 2;
      } else if (next === CR) {
        if (nl + 2 >= length) {
          this.tail = 2;
          i = length;
          break;
        }
        if (chunk[nl + 2] === LF) {
          this.emit(chunk, start, nl + 3);
          start = i = nl + 3;
        } else {
          i = nl + 2;
        }
      } else {
        i = nl + 1;
      }
    }
    if (start < length) this.carried.push(chunk.subarray(start));
  }

  /** An event left without its blank line (the upstream ended that way) still counts. */
  end(): void {
    if (this.carried.length === 0) return;
    const raw = this.carried.length === 1 ? this.carried[0] : Buffer.concat(this.carried);
    this.carried = [];
    this.tail = 0;
    if (raw.length > 0) this.onEvent(raw);
  }

  /** End of a blank line that began in the previous chunk, or 0. */
  private boundaryAtStart(chunk: Uint8Array): number {
    const tail = this.tail;
    this.tail = 0;
    if (tail === 1) {
      if (chunk[0] === LF) return 1;
      if (chunk[0] === CR) {
        if (chunk.length === 1) {
          this.tail = 2;
          return 0;
        }
        return chunk[1] === LF ? 2 : 0;
      }
      return 0;
    }
    return chunk[0] === LF ? 1 : 0;
  }

  private emit(chunk: Uint8Array, start: number, end: number): void {
    let raw = chunk.subarray(start, end);
    if (this.carried.length > 0) {
      this.carried.push(raw);
      raw = Buffer.concat(this.carried);
      this.carried = [];
    }
    this.tail = 0;
    this.onEvent(raw);
  }
}

const asBuffer = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

export const utf8 = (raw: Uint8Array): string => asBuffer(raw).toString('utf8');

/** `event:` and `data:` of one event's text (multi-line data joined with "\n"). */
export function sseFields(text: string): SseFields {
  let event: string | undefined;
  let data: string | undefined;
  let pos = 0;
  const length = text.length;
  while (pos < length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = length;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === CR) end--;
    if (text.startsWith('data:', pos)) {
      const from = pos + (text.charCodeAt(pos + 5) === 32 ? 6 : 5);
      const value = text.slice(from, Math.max(from, end));
      data = data === undefined ? value : data + '\n' + value;
    } else if (text.startsWith('event:', pos)) {
      const from = pos + (text.charCodeAt(pos + 6) === 32 ? 7 : 6);
      event = text.slice(from, Math.max(from, end));
    }
    pos = nl + 1;
  }
  return { event, data };
}

/** The line break an upstream ends its events with, so inserted events look like their neighbours. */
export function eventTerminator(raw: Uint8Array): string {
  const n = raw.length;
  return n >= 4 && raw[n - 1] === LF && raw[n - 2] === CR ? '\r\n\r\n' : '\n\n';
}

export function sseEvent(data: string, event: string | undefined, terminator = '\n\n'): string {
  if (terminator === '\n\n') return event ? `event: ${event}\ndata: ${data}\n\n` : `data: ${data}\n\n`;
  return event ? `event: ${event}\r\ndata: ${data}\r\n\r\n` : `data: ${data}\r\n\r\n`;
}
