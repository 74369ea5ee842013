import type { EntityFinding } from '@/lib/guards/types';
import type { Recognizer } from './engine/types';
import { MONTH_NAMES } from './lexicon/months';
import { NAME_PARTICLES } from './lexicon/name-cues';
import { FR_STREET_TYPES, STREET_NAME_PARTICLES } from './lexicon/street-types';

/**
 * How much of a stream's unemitted tail must wait for more text. An entity still being received
 * has to start inside one of:
 *  - the trailing unfinished token (entities without spaces: emails, keys, tokens), at most
 *    `tokenMax` characters;
 *  - the trailing run of entity-like words on the current line (numbers, capitalised words,
 *    particles, month and street words), at most `spacedMax` characters;
 *  - an unfinished multi-line block from its opener (PEM), at most that recogniser's maxLength.
 * Everything before the earliest of these can be emitted now.
 */
export interface HoldBackBounds {
  tokenMax: number;
  spacedMax: number;
  openers: { literal: string; closer?: RegExp; maxLength: number; spansWhitespace: boolean }[];
}

export function holdBackBounds(recognizers: readonly Recognizer[]): HoldBackBounds {
  let tokenMax = 0;
  let spacedMax = 0;
  const openers: HoldBackBounds['openers'] = [];
  for (const r of recognizers) {
    if (r.opener) openers.push({ ...r.opener, maxLength: r.maxLength, spansWhitespace: r.spansWhitespace });
    else if (r.spansWhitespace) spacedMax = Math.max(spacedMax, r.maxLength);
    else tokenMax = Math.max(tokenMax, r.maxLength);
  }
  // A spaced entity's last word is also an unfinished token.
  return { tokenMax: Math.max(tokenMax, spacedMax), spacedMax, openers };
}

/** Lower-case words that can sit inside a multi-word entity ("van", "de la", "rue", "mars"). */
const CONNECTORS = new Set([
  ...NAME_PARTICLES, ...STREET_NAME_PARTICLES.flatMap((p) => p.split(' ')), ...FR_STREET_TYPES, ...MONTH_NAMES,
  'of', 'the', 'n°', 'nº', 'no', 'no.', 'c/', 'bis', 'ter', 'st', 'nd', 'rd', 'th', 'er',
]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 12;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

const TRAILING_PUNCTUATION = /[.,:;)]+$/;
/** Quotes and brackets before a word: "('Ann" can still start a name. */
const LEADING_PUNCTUATION = /^["'(\[{“‘«<]+/;
const WHITESPACE = /\s/;
/** A finding this close after an opener is the opener's entity (the GCP key value sits after its JSON name). */
const OPENER_REACH = 32;

function couldBeInsideEntity(token: string): boolean {
  let letters = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) letters = true;
  }
  if (!letters) return true; // punctuation such as "-" or "(0)" inside phone numbers
  const first = token.replace(LEADING_PUNCTUATION, '')[0] ?? '';
  if (first !== first.toLowerCase()) return true;
  return CONNECTORS.has(token.toLowerCase().replace(TRAILING_PUNCTUATION, ''));
}

/** Start of the trailing run of entity-like words on the last line, bounded by `spacedMax`. */
function spacedEntityStart(text: string, spacedMax: number): number {
  const limit = Math.max(0, text.length - spacedMax);
  let start = text.length;
  let i = text.length;
  while (i > limit) {
    let j = i;
    while (j > limit && isSpace(text.charCodeAt(j - 1))) j--;
    if (j > limit && isLineBreak(text.charCodeAt(j - 1))) break;
    let k = j;
    while (k > limit && !isSpace(text.charCodeAt(k - 1)) && !isLineBreak(text.charCodeAt(k - 1))) k--;
    if (k === j) break;
    const unfinished = j === text.length;
    if (!unfinished && !couldBeInsideEntity(text.slice(k, j))) break;
    start = k;
    i = k;
  }
  return start;
}

/** Start of the trailing unfinished token (text.length when the text ends in whitespace). */
function unfinishedTokenStart(text: string, tokenMax: number): number {
  const limit = Math.max(0, text.length - tokenMax);
  let i = text.length;
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (isSpace(c) || isLineBreak(c)) break;
    i--;
  }
  return i;
}

/** Length of the prefix of `pending` that no single-line entity can still extend into. */
export function tailHoldStart(pending: string, bounds: HoldBackBounds): number {
  return Math.min(unfinishedTokenStart(pending, bounds.tokenMax), spacedEntityStart(pending, bounds.spacedMax));
}

/**
 * Moves `hold` back to an opener (PEM header, JWT start) whose entity is not finished yet. `findings`
 * are those found in `pending` (offsets relative to it).
 */
export function openerHoldStart(pending: string, findings: readonly EntityFinding[], bounds: HoldBackBounds, hold: number): number {
  for (const opener of bounds.openers) {
    const at = pending.lastIndexOf(opener.literal);
    if (at < 0 || at >= hold || pending.length - at >= opener.maxLength) continue;
    const finished = opener.closer
      ? opener.closer.test(pending.slice(at + opener.literal.length))
      : findings.some((f) => f.start >= at && f.start <= at + OPENER_REACH && f.end < pending.length);
    const abandoned = !opener.spansWhitespace && WHITESPACE.test(pending.slice(at));
    if (!finished && !abandoned) hold = at;
  }
  return hold;
}
