import { asBuffer } from './json-array';

/**
 * Splits a streamed JSON array (`[{…}\n,\r\n{…}]`, Google's stream encoding without `alt=sse`) into
 * its elements and the bytes between them, as they pass: an editor resends an unchanged element as
 * the upstream's bytes and keeps the array well-formed when it drops one. Works on bytes (every
 * structural character is ASCII); the bytes inside strings are skipped with native searches.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

const join = (pieces: Uint8Array[]): Uint8Array => (pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));

export class JsonArraySplitter {
  private depth = 0;
  private inString = false;
  // The previous chunk ended on a backslash inside a string: this chunk's first byte is escaped.
  private escaped = false;
  // Depth at which elements start: 1 inside the outer array, 0 for a bare value; -1 until seen.
  private top = -1;
  private inElement = false;
  private gap: Uint8Array[] = [];
  private element: Uint8Array[] = [];

  /** `gap` is what preceded the element since the previous one: `[` or a comma, with whitespace. */
  constructor(private readonly onElement: (gap: Uint8Array, element: Uint8Array) => void) {}

  push(input: Uint8Array): void {
    const chunk = asBuffer(input);
    const n = chunk.length;
    let segment = 0;
    let i = 0;
    if (this.escaped && n > 0) {
      this.escaped = false;
      i = 1;
    }
    while (i < n) {
      if (this.inString) {
        const quote = chunk.indexOf(QUOTE, i);
        const backslash = chunk.indexOf(BACKSLASH, i);
        if (backslash !== -1 && (quote === -1 || backslash < quote)) {
          if (backslash + 1 >= n) this.escaped = true;
          i = backslash + 2;
        } else if (quote !== -1) {
          this.inString = false;
          i = quote + 1;
        } else {
          i = n;
        }
        continue;
      }
      const c = chunk[i];
      if (c === QUOTE) {
        this.inString = true;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (this.top < 0 && c === OPEN_BRACKET) {
          this.top = this.depth = 1;
          i++;
          continue;
        }
        if (this.top < 0) this.top = 0;
        if (this.depth === this.top && !this.inElement) {
          if (i > segment) this.gap.push(chunk.subarray(segment, i));
          segment = i;
          this.inElement = true;
        }
        this.depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth === this.top && this.inElement) {
          this.element.push(chunk.subarray(segment, i + 1));
          segment = i + 1;
          this.inElement = false;
          const gap = this.gap.length > 0 ? join(this.gap) : new Uint8Array(0);
          const element = join(this.element);
          this.gap = [];
          this.element = [];
          this.onElement(gap, element);
        }
      }
      i++;
    }
    if (segment < n) (this.inElement ? this.element : this.gap).push(chunk.subarray(segment));
  }

  /** What followed the last element (the closing bracket and whitespace); call after the last push. */
  tail(): Uint8Array {
    const tail = this.gap.length > 0 ? join(this.gap) : new Uint8Array(0);
    this.gap = [];
    return tail;
  }
}

export const hasComma = (gap: Uint8Array): boolean => asBuffer(gap).includes(COMMA);
