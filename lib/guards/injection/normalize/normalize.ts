/**
 * Normalisation for matching: every output code unit remembers the span of the original text it
 * came from, so a match in the normalised text can be reported as UTF-16 offsets in the original.
 *
 * Passes: (1) fold each code point (compatibility forms, case, diacritics, invisibles, tag
 * characters); (2) inside mixed-script or digit-riddled words, fold Cyrillic/Greek look-alikes and
 * leetspeak digits; (3) join letters spelled out one by one ("i g n o r e"); (4) collapse
 * whitespace. Passes 2 and 3 touch only words that need them.
 */
import * as charfold from './charfold';
import { joinSpelledLetters, SPELLED } from './spelled';
import { allocUnits, grow, type Units } from './units';
import { foldWords } from './words';

// Local copies: in CommonJS builds (tsx, vitest) every access to an imported binding goes through a
// getter, which costs more than the work itself in the per-character loops below.
const { ASCII_CODES, foldCodePoint, lookalikeOf, NEWLINE, SPACE } = charfold;

export interface NormalizedText {
  /** Lower-case, folded, whitespace-collapsed text that the rules and the model read. */
  text: string;
  /** For each code unit of `text`: start of its source in the original string. */
  starts: Int32Array;
  /** For each code unit of `text`: end (exclusive) of its source in the original string. */
  ends: Int32Array;
}

interface Folded {
  u: Units;
  mixedScript: boolean;
  hasDigits: boolean;
}

/**
 * Pass 1. With `collapseSpaces`, whitespace runs are merged here as well (pass 4 folded in), which
 * is the common case: only text that spells words letter by letter needs the runs kept for pass 3.
 */
function foldUnits(input: string, collapseSpaces: boolean): Folded {
  const u = allocUnits(input.length + 16);
  let { codes, starts, ends, alts } = u;
  let n = 0;
  let mixedScript = false;
  let hasDigits = false;
  for (let i = 0; i < input.length; ) {
    const c = input.charCodeAt(i);
    if (c < 128) {
      // ASCII fast path: one table lookup, no string allocation.
      const f = ASCII_CODES[c];
      i++;
      if (f < 0) continue;
      if (f === SPACE || f === NEWLINE) {
        if (collapseSpaces && n > 0 && (codes[n - 1] === SPACE || codes[n - 1] === NEWLINE)) {
          if (f === NEWLINE) codes[n - 1] = NEWLINE;
          ends[n - 1] = i;
          continue;
        }
      } else if (f >= 0x30 && f <= 0x39) {
        hasDigits = true;
      }
      if (n === codes.length) {
        u.length = n;
        grow(u);
        ({ codes, starts, ends, alts } = u);
      }
      codes[n] = f;
      starts[n] = i - 1;
      ends[n] = i;
      alts[n] = 0;
      n++;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    const alt = lookalikeOf(cp);
    if (alt) mixedScript = true;
    for (let k = 0; k < folded.length; k++) {
      const f = folded.charCodeAt(k);
      if (collapseSpaces && (f === SPACE || f === NEWLINE) && n > 0 && (codes[n - 1] === SPACE || codes[n - 1] === NEWLINE)) {
        if (f === NEWLINE) codes[n - 1] = NEWLINE;
        ends[n - 1] = i + width;
        continue;
      }
      if (n === codes.length) {
        u.length = n;
        grow(u);
        ({ codes, starts, ends, alts } = u);
      }
      codes[n] = f;
      starts[n] = i;
      ends[n] = i + width;
      alts[n] = k === 0 ? alt : 0;
      n++;
    }
    i += width;
  }
  u.length = n;
  return { u, mixedScript, hasDigits };
}

/** Pass 4: runs of whitespace become one space, or one newline if the run held a line break. */
function collapse(u: Units): Units {
  const n = u.length;
  const { codes, starts, ends } = u;
  let m = 0;
  for (let k = 0; k < n; k++) {
    const c = codes[k];
    if ((c === SPACE || c === NEWLINE) && m > 0 && (codes[m - 1] === SPACE || codes[m - 1] === NEWLINE)) {
      if (c === NEWLINE) codes[m - 1] = NEWLINE;
      ends[m - 1] = ends[k];
      continue;
    }
    codes[m] = c;
    starts[m] = starts[k];
    ends[m] = ends[k];
    m++;
  }
  u.length = m;
  return u;
}

const utf16 = new TextDecoder('utf-16le');

function finish(u: Units): NormalizedText {
  const n = u.length;
  return {
    text: n === 0 ? '' : utf16.decode(u.codes.subarray(0, n)),
    starts: u.starts.subarray(0, n),
    ends: u.ends.subarray(0, n),
  };
}

/**
 * Plain ASCII prose (printable characters, spaces and newlines) normalises to its lower-case form
 * with whitespace runs collapsed, which the engine's own string functions produce far faster than
 * the per-character passes; only words mixing letters and digits still go through pass 2. The span arrays are built only if
 * someone reads them; `toOriginalSpan` maps a span by walking the original instead.
 */
const NOT_PLAIN_ASCII = /[^\n\x20-\x7e]/;
/** A letter next to a digit: pass 2 (leetspeak) can change plain ASCII text only where one occurs. */
const LETTER_DIGIT = /[a-z][0-9]|[0-9][a-z]/;
const WHITESPACE_PAIR = /[ \n]{2}/;
const RUN_WITH_NEWLINE = /[ \n]*\n[ \n]*/g;
const SPACE_RUN = / {2,}/g;

class PlainAsciiText implements NormalizedText {
  private mapped: NormalizedText | null = null;

  constructor(
    private readonly input: string,
    readonly text: string,
  ) {}

  /** The general path's result, whose span arrays are the same as this text's. */
  private full(): NormalizedText {
    this.mapped ??= finish(foldUnits(this.input, true).u);
    return this.mapped;
  }

  get starts(): Int32Array {
    return this.full().starts;
  }

  get ends(): Int32Array {
    return this.full().ends;
  }

  /** Original start of unit `first` and original end of unit `last`, in one walk from the start. */
  span(first: number, last: number): { start: number; end: number } {
    const input = this.input;
    let start = 0;
    let i = 0;
    for (let k = 0; ; k++) {
      if (k === first) start = i;
      const c = input.charCodeAt(i++);
      if (c === SPACE || c === NEWLINE) {
        while (i < input.length && (input.charCodeAt(i) === SPACE || input.charCodeAt(i) === NEWLINE)) i++;
      }
      if (k === last) return { start, end: i };
    }
  }
}

function plainAscii(input: string): PlainAsciiText | null {
  if (NOT_PLAIN_ASCII.test(input)) return null;
  const lower = input.toLowerCase();
  const collapsed = WHITESPACE_PAIR.test(lower) ? lower.replace(RUN_WITH_NEWLINE, '\n').replace(SPACE_RUN, ' ') : lower;
  // "q3", "gpt4", "1gn0re": pass 2 decides on those words alone, over the collapsed text's codes.
  const text = LETTER_DIGIT.test(collapsed) ? foldLeetWords(collapsed) : collapsed;
  return new PlainAsciiText(input, text);
}

/** Pass 2 (leetspeak; plain ASCII has no look-alikes) on an already folded and collapsed text. */
function foldLeetWords(text: string): string {
  const u = allocUnits(text.length);
  for (let i = 0; i < text.length; i++) u.codes[i] = text.charCodeAt(i);
  u.length = text.length;
  foldWords(u, false);
  return utf16.decode(u.codes.subarray(0, u.length));
}

export function normalize(input: string): NormalizedText {
  const spelled = SPELLED.test(input);
  if (!spelled) {
    const plain = plainAscii(input);
    if (plain) return plain;
  }
  const { u, mixedScript, hasDigits } = foldUnits(input, !spelled);
  if (mixedScript || hasDigits) foldWords(u, mixedScript);
  if (!spelled) return finish(u);
  return finish(collapse(joinSpelledLetters(u) ?? u));
}

/** Maps a span of the normalised text back to the original string. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const n = norm.text.length;
  if (n === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, n - 1));
  const e = Math.max(s + 1, Math.min(end, n));
  if (norm instanceof PlainAsciiText) return norm.span(s, e - 1);
  return { start: norm.starts[s], end: norm.ends[e - 1] };
}
