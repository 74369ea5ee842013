import { crc32, headerString, parseHeaders, type EventStreamHeaders } from './event-stream';

/**
 * Event-stream messages as whole raw frames, for stream editors: a frame nothing edits goes back as
 * the upstream's bytes (its CRCs intact); only frames an editor changes are encoded again. A frame
 * that arrived whole is a view into its chunk; one split across chunks is copied once. The prelude
 * is checked so a corrupt length cannot make the editor wait for bytes that never come: after a bad
 * prelude everything passes through unread, and the client's SDK reports the corruption itself.
 */

const PRELUDE = 12;
const MAX_MESSAGE = 16 * 1024 * 1024;

const u32 = (b: Uint8Array, o: number): number => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;

export interface FrameView {
  messageType: string | undefined;
  eventType: string | undefined;
  headers: EventStreamHeaders;
  payload: Uint8Array;
}

export function readFrame(frame: Uint8Array): FrameView {
  const headersEnd = PRELUDE + u32(frame, 4);
  const headers = parseHeaders(frame, PRELUDE, headersEnd);
  return {
    messageType: headerString(headers, ':message-type'),
    eventType: headerString(headers, ':event-type'),
    headers,
    payload: frame.subarray(headersEnd, frame.length - 4),
  };
}

export class FrameSplitter {
  private carried: Uint8Array[] = [];
  private carriedLength = 0;
  // Length of the frame being carried, once its prelude has arrived (0 until then).
  private need = 0;
  private failed = false;

  /** `onBytes` receives bytes that could not be framed (after a corrupt prelude), to pass on as they are. */
  constructor(
    private readonly onFrame: (frame: Uint8Array) => void,
    private readonly onBytes: (bytes: Uint8Array) => void,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.failed) return this.onBytes(chunk);
    let buf = chunk;
    if (this.carriedLength > 0) {
      this.carried.push(chunk);
      this.carriedLength += chunk.length;
      if (this.need === 0 && this.carriedLength >= PRELUDE) {
        const head = Buffer.concat(this.carried);
        this.carried = [head];
        if (!this.preludeOk(head, 0)) return this.fail(head);
        this.need = u32(head, 0);
      }
      if (this.need === 0 || this.carriedLength < this.need) return;
      buf = this.carried.length === 1 ? this.carried[0] : Buffer.concat(this.carried);
      this.carried = [];
      this.carriedLength = 0;
      this.need = 0;
    }
    let off = 0;
    while (buf.length - off >= PRELUDE) {
      if (!this.preludeOk(buf, off)) return this.fail(buf.subarray(off));
      const total = u32(buf, off);
      if (buf.length - off < total) {
        this.need = total;
        break;
      }
      this.onFrame(buf.subarray(off, off + total));
      off += total;
    }
    if (off < buf.length) {
      this.carried.push(buf.subarray(off));
      this.carriedLength = buf.length - off;
    }
  }

  /** Bytes of a frame the upstream never finished. */
  end(): void {
    if (this.carriedLength === 0) return;
    const rest = Buffer.concat(this.carried);
    this.carried = [];
    this.carriedLength = 0;
    this.need = 0;
    this.onBytes(rest);
  }

  private preludeOk(b: Uint8Array, off: number): boolean {
    const total = u32(b, off);
    return total >= 16 && total <= MAX_MESSAGE && crc32(b, off, off + 8) === u32(b, off + 8);
  }

  private fail(rest: Uint8Array): void {
    this.failed = true;
    this.carried = [];
    this.carriedLength = 0;
    this.onBytes(rest);
  }
}
