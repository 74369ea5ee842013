import { contextWordPositions } from './context';
import { WordIndex } from './word-index';

/**
 * A read-only view of one text that computes, at most once and only when a recogniser asks, the
 * things several recognisers share: the lower-cased text, digit clusters and the windows around them.
 */

export interface TextWindow {
  start: number;
  end: number;
  /** Digits in the longest digit cluster inside the window: long-number patterns skip short ones. */
  maxRun: number;
  slice: string;
}

export interface DigitCluster {
  start: number;
  end: number;
  digits: number;
}

/** Digits joined by at most three separator characters: "4111 1111", "(555) 010-0199", "030 / 1234". */
const DIGIT_CLUSTER = /\d+(?:[ \u00a0\-./():,]{1,3}\d+)*/g;
const WINDOW_PAD = 16;
const TYPOGRAPHIC_APOSTROPHES = /[’‘]/g;
/** Windows are widened to whole whitespace-separated tokens, but never by more than this. */
const SNAP_LIMIT = 64;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || code === 12;
}

function asciiLower(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
  }
  return out;
}

export class ScanText {
  private lowerCache: string | null = null;
  private clusterCache: DigitCluster[] | null = null;
  private digitWindowCache: TextWindow[] | null = null;
  private readonly digitWindowsByRun = new Map<number, TextWindow[]>();
  private readonly literalWindowCache = new Map<object, TextWindow[]>();
  private wordIndexCache: WordIndex | null = null;
  private readonly contextPositionCache = new Map<readonly string[], number[]>();

  constructor(readonly text: string) {}

  /**
   * Lower-cased text with the same length as `text`, so offsets carry over. Typographic apostrophes
   * become ASCII ones so "driver’s license" matches the context word "driver's license".
   */
  get lower(): string {
    if (this.lowerCache === null) {
      let lowered = this.text.toLowerCase();
      // A few characters (e.g. "İ") lower-case to two code units; fall back to ASCII-only then.
      if (lowered.length !== this.text.length) lowered = asciiLower(this.text);
      this.lowerCache = lowered.indexOf('’') >= 0 || lowered.indexOf('‘') >= 0 ? lowered.replace(TYPOGRAPHIC_APOSTROPHES, "'") : lowered;
    }
    return this.lowerCache;
  }

  /** Whether the word index is built and current, so context checks are lookups. */
  get hasWordIndex(): boolean {
    return this.wordIndexCache !== null && !this.wordIndexCache.stale;
  }

  /** Positions of context words (built on first use, rebuilt if new words were registered). */
  wordIndex(): WordIndex {
    if (!this.wordIndexCache || this.wordIndexCache.stale) this.wordIndexCache = new WordIndex(this.lower);
    return this.wordIndexCache;
  }

  /** Sorted positions of a context word list in this text (computed once per list). */
  contextPositions(words: readonly string[]): number[] {
    let positions = this.contextPositionCache.get(words);
    if (!positions) {
      positions = contextWordPositions(this.lower, this.wordIndex(), words);
      this.contextPositionCache.set(words, positions);
    }
    return positions;
  }

  clusters(): DigitCluster[] {
    if (this.clusterCache) return this.clusterCache;
    const out: DigitCluster[] = [];
    const text = this.text;
    DIGIT_CLUSTER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIGIT_CLUSTER.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      let digits = 0;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
      }
      out.push({ start, end, digits });
    }
    this.clusterCache = out;
    return out;
  }

  /** Merged windows around digit clusters, padded so letter prefixes/suffixes and month names fit. */
  digitWindows(): TextWindow[] {
    if (!this.digitWindowCache) {
      const clusters = this.clusters();
      const starts: number[] = [];
      const ends: number[] = [];
      const runs: number[] = [];
      for (const c of clusters) {
        starts.push(c.start - WINDOW_PAD);
        ends.push(c.end + WINDOW_PAD);
        runs.push(c.digits);
      }
      this.digitWindowCache = this.mergeWindows(starts, ends, runs);
    }
    return this.digitWindowCache;
  }

  /**
   * Digit windows whose longest digit cluster has at least `minDigits` digits, cached per value: a
   * prompt with many short numbers has dozens of windows, and most recognisers want long numbers.
   */
  digitWindowsWithRun(minDigits: number): TextWindow[] {
    let windows = this.digitWindowsByRun.get(minDigits);
    if (!windows) {
      windows = this.digitWindows().filter((w) => w.maxRun >= minDigits);
      this.digitWindowsByRun.set(minDigits, windows);
    }
    return windows;
  }

  /**
   * Merged windows around every occurrence of the literals; cached per scope object. `present`, when
   * given, lists the literals known to occur, so absent ones are not searched for.
   */
  literalWindows(
    key: object,
    literals: readonly string[],
    ignoreCase: boolean,
    before: number,
    after: number,
    present?: ReadonlySet<string>,
  ): TextWindow[] {
    const cached = this.literalWindowCache.get(key);
    if (cached) return cached;
    const haystack = ignoreCase ? this.lower : this.text;
    const hits: number[] = [];
    for (const literal of literals) {
      if (present && !present.has(literal)) continue;
      let at = haystack.indexOf(literal);
      while (at >= 0) {
        hits.push(at);
        at = haystack.indexOf(literal, at + literal.length);
      }
    }
    let windows: TextWindow[] = [];
    if (hits.length > 0) {
      if (literals.length > 1) hits.sort((a, b) => a - b);
      const longest = literals.reduce((n, l) => Math.max(n, l.length), 0);
      windows = this.mergeWindows(
        hits.map((h) => h - before),
        hits.map((h) => h + longest + after),
        hits.map(() => 0),
      );
    }
    this.literalWindowCache.set(key, windows);
    return windows;
  }

  /** Merges sorted spans into windows snapped outward to whitespace. */
  private mergeWindows(starts: number[], ends: number[], runs: number[]): TextWindow[] {
    const text = this.text;
    const length = text.length;
    const merged: TextWindow[] = [];
    let curStart = -1;
    let curEnd = -1;
    let curRun = 0;
    for (let k = 0; k < starts.length; k++) {
      let start = starts[k] < 0 ? 0 : starts[k];
      const startLimit = start - SNAP_LIMIT < 0 ? 0 : start - SNAP_LIMIT;
      while (start > startLimit && !isSpace(text.charCodeAt(start - 1))) start--;
      if (curStart >= 0 && start <= curEnd) {
        if (ends[k] > curEnd) curEnd = snapEnd(text, ends[k] > length ? length : ends[k]);
        if (runs[k] > curRun) curRun = runs[k];
        continue;
      }
      if (curStart >= 0) merged.push({ start: curStart, end: curEnd, maxRun: curRun, slice: text.slice(curStart, curEnd) });
      curStart = start;
      curEnd = snapEnd(text, ends[k] > length ? length : ends[k]);
      curRun = runs[k];
    }
    if (curStart >= 0) merged.push({ start: curStart, end: curEnd, maxRun: curRun, slice: text.slice(curStart, curEnd) });
    return merged;
  }
}

function snapEnd(text: string, index: number): number {
  const limit = Math.min(text.length, index + SNAP_LIMIT);
  let i = index;
  while (i < limit && !isSpace(text.charCodeAt(i))) i++;
  return i;
}
