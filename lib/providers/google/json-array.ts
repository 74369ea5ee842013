/**
 * Finds the elements of a streamed JSON array (`[{…}\n,\r\n{…}]`, Google's stream encoding when the
 * client does not ask for `alt=sse`) as the bytes pass, without buffering the body: only the element
 * in progress is kept, as references to the chunks it spans. Works on bytes, because every
 * structural character is ASCII and never occurs inside a multi-byte UTF-8 sequence, so nothing is
 * decoded until an element is worth reading. Most bytes sit inside strings (the generated text);
 * those are skipped with native `indexOf` searches for the next quote or backslash.
 */
export interface JsonArrayScanner {
  push(chunk: Uint8Array): void;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** A Buffer view of the same memory (native `indexOf`/`includes`), without copying. */
export const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** `onElement` receives each top-level object or array inside the outer array (or a bare top-level object). */
export function createJsonArrayScanner(onElement: (element: Uint8Array) => void): JsonArrayScanner {
  let depth = 0;
  let inString = false;
  // The previous chunk ended on a backslash inside a string: this chunk's first byte is escaped.
  let escaped = false;
  // Depth at which elements start: 1 inside the outer array, 0 when the body is a bare value; -1 until seen.
  let top = -1;
  let carried: Uint8Array[] = [];

  return {
    push(input) {
      const chunk = asBuffer(input);
      const length = chunk.length;
      // An element still open at the end of the last chunk continues at this chunk's first byte.
      let start = carried.length > 0 ? 0 : -1;
      let i = 0;
      if (escaped && length > 0) {
        escaped = false;
        i = 1;
      }
      // Positions of the next quote / backslash at or after i (-1: none left in this chunk).
      let quote = -2;
      let backslash = -2;
      while (i < length) {
        if (inString) {
          if (quote !== -1 && quote < i) quote = chunk.indexOf(QUOTE, i);
          if (backslash !== -1 && backslash < i) backslash = chunk.indexOf(BACKSLASH, i);
          if (backslash !== -1 && (quote === -1 || backslash < quote)) {
            // Skip the backslash and the character it escapes (which may be in the next chunk).
            if (backslash + 1 >= length) escaped = true;
            i = backslash + 2;
          } else if (quote !== -1) {
            inString = false;
            i = quote + 1;
          } else {
            i = length;
          }
          continue;
        }
        const c = chunk[i];
        if (c === QUOTE) {
          inString = true;
        } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          if (top < 0 && c === OPEN_BRACKET) {
            top = 1;
            depth = 1;
            i++;
            continue;
          }
          if (top < 0) top = 0;
          if (depth === top) start = i;
          depth++;
        } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          depth--;
          if (depth === top && start >= 0) {
            const piece = chunk.subarray(start, i + 1);
            if (carried.length > 0) {
              carried.push(piece);
              const whole = Buffer.concat(carried);
              carried = [];
              onElement(whole);
            } else {
              onElement(piece);
            }
            start = -1;
          }
        }
        i++;
      }
      if (start >= 0) carried.push(chunk.subarray(start));
    },
  };
}
