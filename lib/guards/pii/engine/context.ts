import type { ContextRule } from './types';
import { isWordCode, registerIndexedWord, type WordIndex } from './word-index';

/** How far before and after a match context words are looked for, in characters. */
export const CONTEXT_BEFORE = 48;
export const CONTEXT_AFTER = 24;
/** Words after a match count as if this much farther away: "SSN 123-45-6789" beats "123-45-6789 (SSN)". */
const AFTER_PENALTY = 12;
/** Score change when a negative context word is present. */
const NEGATIVE_PENALTY = 0.4;
/**
 * Negative words ("order", "SKU") label the value right after them; farther away they usually
 * belong to some other value in the sentence.
 */
const NEGATIVE_REACH = 24;

const isWordChar = isWordCode;

/**
 * A context word keyed by its last run of word characters, so the words around a match are walked
 * once and each is looked up in a map: "date of birth" is keyed by "birth", "d.o.b." by "b".
 */
interface KeyedWord {
  /** Text before / after the key inside the word ("date of " and "" for "date of birth"). */
  prefix: string;
  suffix: string;
}

interface CompiledWords {
  byKey: ReadonlyMap<string, readonly KeyedWord[]>;
  /** Each key with its hash in the word index. */
  hashes: readonly [key: string, hash: number][];
  /** Bit i set when some key is i characters long (31 = longer): most words are skipped unsliced. */
  keyLengths: number;
}

const compiled = new WeakMap<readonly string[], CompiledWords>();

function compile(words: readonly string[]): CompiledWords {
  let c = compiled.get(words);
  if (!c) {
    const map = new Map<string, KeyedWord[]>();
    let keyLengths = 0;
    for (const w of words) {
      let end = w.length;
      while (end > 0 && !isWordChar(w.charCodeAt(end - 1))) end--;
      let start = end;
      while (start > 0 && isWordChar(w.charCodeAt(start - 1))) start--;
      if (start === end) continue;
      const key = w.slice(start, end);
      const list = map.get(key) ?? [];
      list.push({ prefix: w.slice(0, start), suffix: w.slice(end) });
      map.set(key, list);
      keyLengths |= 1 << Math.min(key.length, 31);
    }
    c = { byKey: map, keyLengths, hashes: [...map.keys()].map((key) => [key, registerIndexedWord(key)]) };
    compiled.set(words, c);
  }
  return c;
}

function lookup(keyed: CompiledWords, segment: string, start: number, end: number): readonly KeyedWord[] | undefined {
  if ((keyed.keyLengths & (1 << Math.min(end - start, 31))) === 0) return undefined;
  return keyed.byKey.get(segment.slice(start, end));
}

/** Whether the word keyed at [start, end) of `segment` is whole: its prefix/suffix are there and bounded. */
function matchesAt(segment: string, start: number, end: number, word: KeyedWord): boolean {
  const from = start - word.prefix.length;
  const to = end + word.suffix.length;
  if (from < 0 || to > segment.length) return false;
  if (word.prefix && segment.slice(from, start) !== word.prefix) return false;
  if (word.suffix && segment.slice(end, to) !== word.suffix) return false;
  const before = from === 0 ? 32 : segment.charCodeAt(from - 1);
  const after = to >= segment.length ? 32 : segment.charCodeAt(to);
  const startsWithWordChar = word.prefix ? isWordChar(word.prefix.charCodeAt(0)) : true;
  const endsWithWordChar = word.suffix === '';
  return (!startsWithWordChar || !isWordChar(before)) && (!endsWithWordChar || !isWordChar(after));
}

function anyMatchAt(segment: string, start: number, end: number, words: readonly KeyedWord[] | undefined): number {
  if (!words) return -1;
  for (const w of words) if (matchesAt(segment, start, end, w)) return start - w.prefix.length;
  return -1;
}

/** Gap after the nearest context word, walking words from the end of `head`. */
function gapBefore(head: string, keyed: CompiledWords): number {
  let end = head.length;
  while (end > 0) {
    while (end > 0 && !isWordChar(head.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && isWordChar(head.charCodeAt(start - 1))) start--;
    if (start < end) {
      const words = lookup(keyed, head, start, end);
      if (words) {
        for (const w of words) if (matchesAt(head, start, end, w)) return Math.max(0, head.length - end - w.suffix.length);
      }
    }
    end = start;
  }
  return -1;
}

function gapAfter(tail: string, keyed: CompiledWords): number {
  let start = 0;
  while (start < tail.length) {
    while (start < tail.length && !isWordChar(tail.charCodeAt(start))) start++;
    let end = start;
    while (end < tail.length && isWordChar(tail.charCodeAt(end))) end++;
    if (start < end) {
      const found = anyMatchAt(tail, start, end, lookup(keyed, tail, start, end));
      if (found >= 0) return found;
    }
    start = end;
  }
  return -1;
}

const SENTENCE_END = /[.!?]\s|\n/;

/** Distance in characters from the match to the nearest context word (-1 when there is none). */
export function nearestWordGap(lower: string, start: number, end: number, words: readonly string[], before = CONTEXT_BEFORE, after = CONTEXT_AFTER): number {
  const keyed = compile(words);
  const head = lower.slice(Math.max(0, start - before), start);
  let tail = lower.slice(end, end + after);
  const stop = tail.search(SENTENCE_END);
  if (stop >= 0) tail = tail.slice(0, stop);
  const gap = gapBefore(head, keyed);
  const afterGap = gapAfter(tail, keyed);
  if (afterGap < 0) return gap;
  return gap < 0 || afterGap + AFTER_PENALTY < gap ? afterGap + AFTER_PENALTY : gap;
}

/** Registers a word list with the word index ahead of the first scan. */
export function prepareContextWords(words: readonly string[]): void {
  compile(words);
}

/**
 * Sorted start offsets of every whole occurrence of a context word in the text, from the word
 * index. Computed once per text and word list; windows then ask about ranges of it.
 */
export function contextWordPositions(lower: string, index: WordIndex, words: readonly string[]): number[] {
  const compiledWords = compile(words);
  const found: number[] = [];
  for (const [key, hash] of compiledWords.hashes) {
    const positions = index.positions(hash);
    if (!positions) continue;
    const variants = compiledWords.byKey.get(key);
    for (const p of positions) {
      if (!lower.startsWith(key, p)) continue;
      const at = anyMatchAt(lower, p, p + key.length, variants);
      if (at >= 0) found.push(at);
    }
  }
  return found.sort((a, b) => a - b);
}

/** Whether a sorted position list has an entry in [from, to). */
export function anyPositionBetween(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < to;
}

export function hasWordNear(lower: string, start: number, end: number, words: readonly string[], before = CONTEXT_BEFORE, after = CONTEXT_AFTER): boolean {
  return nearestWordGap(lower, start, end, words, before, after) >= 0;
}

/**
 * Applies a context rule to a base score; returns -1 when a required context word is missing. A
 * nearer context word gives a slightly larger boost, so the label right before a number wins over
 * one for a different number further back.
 */
export function scoreWithContext(lower: string, start: number, end: number, base: number, rule: ContextRule | undefined): number {
  if (!rule) return base;
  let score = base;
  const gap = nearestWordGap(lower, start, end, rule.words);
  if (gap >= 0) score += rule.boost * (1 - Math.min(gap, 60) / 300);
  else if (rule.required) return -1;
  // A negative word counts only when it is nearer than the positive one: in "SSN ..., phone: ..."
  // the phone number keeps its label.
  if (rule.negative) {
    const negativeGap = nearestWordGap(lower, start, end, rule.negative, NEGATIVE_REACH, 12);
    if (negativeGap >= 0 && (gap < 0 || negativeGap < gap)) score -= NEGATIVE_PENALTY;
  }
  return Math.min(1, score);
}
