import type { ScanText } from '../engine/scan-text';
import type { Candidate, FinderRecognizer } from '../engine/types';
import * as personCues from './person-cues';
import * as personShape from './person-shape';

// Local copies: in CommonJS builds (tsx, vitest) every access to an imported binding goes through a
// getter, which shows in this per-capital-word loop.
const {
  AMBIGUOUS_NAMES, DISTINCT_SURNAMES, GIVEN_NAMES, NON_NAME_WORDS, PARTICLE_WORDS, PRODUCT_WORD_SET, TITLE_WORDS, cueBefore, isCueWord,
  followsPlacePrefix, mightFollowCue,
} = personCues;
const { closesGreeting, unknownNameScore } = personShape;

/**
 * Person names from a lexicon of given names plus cues (titles, introductions, greetings, form
 * labels, letter closings). A capitalised word alone is never enough: it must be a known given
 * name or follow a cue, so product names and sentence starts are not reported.
 */

/** Word characters of a name: letters (any script), apostrophes and hyphens. */
function isNameChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  if (c === 0x2019) return true; // ’
  return c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000 && c !== 0xfeff;
}

function isUpperAt(text: string, lower: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return text[i] !== lower[i] && c !== 0x2019 && c !== 0x2018;
}
const WORD_AT = /\p{Lu}\.(?= )|\p{Lu}[\p{L}\p{M}'’\-]*|\p{Ll}+/uy;
const MAX_EXTRA_WORDS = 3;

/** Drops a possessive "'s" and closing quotes or hyphens: "Connor's" -> "Connor", "Lopez'" -> "Lopez". */
function withoutPossessive(word: string): string {
  let end = word.endsWith("'s") || word.endsWith('’s') ? word.length - 2 : word.length;
  while (end > 0 && (word[end - 1] === "'" || word[end - 1] === '’' || word[end - 1] === '-')) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** Longer than one letter, not all capitals ("NASA"), not ending in a hyphen. */
function isNameShaped(word: string): boolean {
  if (word.length < 2 || word[word.length - 1] === '-') return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127 && word[i] !== word[i].toUpperCase()) return true;
  }
  return false;
}

function givenNameKind(key: string): 'given' | 'ambiguous' | null {
  if (AMBIGUOUS_NAMES.has(key)) return 'ambiguous';
  if (GIVEN_NAMES.has(key)) return 'given';
  const hyphen = key.indexOf('-');
  if (hyphen > 0 && (GIVEN_NAMES.has(key.slice(0, hyphen)) || GIVEN_NAMES.has(key.slice(hyphen + 1)))) return 'given';
  return null;
}

function startsUpperCase(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}

function isSurnameCandidate(word: string): boolean {
  const key = word.toLowerCase();
  return startsUpperCase(word) && isNameShaped(word) && !NON_NAME_WORDS.has(key) && !TITLE_WORDS.has(key);
}

/**
 * Length of the run of ASCII lower-case letters at `i` when it is a whole WORD_AT match (what
 * follows is not a letter that would continue it), else 0.
 */
function asciiLowerRunAt(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 97 || c > 122) break;
    j++;
  }
  if (j === i || (j < text.length && text.charCodeAt(j) >= 128)) return 0;
  return j - i;
}

/** Extends a name over surnames, middle initials and particles; returns the end and word count. */
function extendName(text: string, end: number): { end: number; words: number } {
  let words = 1;
  let pos = end;
  let lastNameEnd = end;
  while (words <= MAX_EXTRA_WORDS && text.charCodeAt(pos) === 32) {
    const lowerRun = asciiLowerRunAt(text, pos + 1);
    if (lowerRun > 0) {
      // A lower-case word continues a name only as a particle ("van", "de la"): no regex needed.
      const raw = text.slice(pos + 1, pos + 1 + lowerRun);
      if (!PARTICLE_WORDS.has(raw)) break;
      pos += 1 + lowerRun;
      continue;
    }
    WORD_AT.lastIndex = pos + 1;
    const m = WORD_AT.exec(text);
    if (!m) break;
    const raw = m[0];
    const next = pos + 1 + raw.length;
    if (raw.length === 2 && raw[1] === '.') {
      pos = next; // a middle initial counts only if a surname follows
      continue;
    }
    if (PARTICLE_WORDS.has(raw)) {
      pos = next; // "van", "de la": part of the name only if a surname follows
      continue;
    }
    const word = withoutPossessive(raw);
    if (!isSurnameCandidate(word)) break;
    words++;
    lastNameEnd = pos + 1 + word.length;
    if (word.length !== raw.length) break;
    pos = next;
  }
  return { end: lastNameEnd, words };
}

/**
 * Jumps to letters that can start a capitalised Latin-script word (the lexicon is Latin-script);
 * the word itself is then read with a character loop.
 */
const CAPITAL_CANDIDATE = /[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF]/g;

function findPersons(scan: ScanText, out: Candidate[]): void {
  const text = scan.text;
  const lower = scan.lower;
  const length = text.length;
  let i = 0;
  for (;;) {
    CAPITAL_CANDIDATE.lastIndex = i;
    // test() moves lastIndex past the one-character match without allocating a match array.
    if (!CAPITAL_CANDIDATE.test(text)) break;
    const hitIndex = CAPITAL_CANDIDATE.lastIndex - 1;
    i = hitIndex;
    // Back up over the rest of a token the capital sits in ("McDonald", "O'Brien", "iPhone").
    while (i > 0 && isNameChar(text.charCodeAt(i - 1))) i--;
    const glued = i > 0 && isDigitOrUnderscore(text.charCodeAt(i - 1));
    let start = i;
    while (i < length && isNameChar(text.charCodeAt(i))) i++;
    if (i <= hitIndex) i = hitIndex + 1;
    // A quote or hyphen before the word ('John) is not part of it.
    while (start < i && (text.charCodeAt(start) === 39 || text.charCodeAt(start) === 45 || text.charCodeAt(start) === 0x2019)) start++;
    if (glued || start === i || !isUpperAt(text, lower, start)) continue;
    const raw = text.slice(start, i);
    const word = withoutPossessive(raw);
    if (word.length === 0) continue;
    if (!isNameShaped(word)) continue;
    const key = lower.slice(start, start + word.length);
    const kind = givenNameKind(key);
    // Known given names win over the stop list ("Marco" is also a month spelling); "Will" and "May"
    // are ambiguous and need a surname or a cue.
    if ((NON_NAME_WORDS.has(key) && kind === null) || TITLE_WORDS.has(key)) continue;
    if (followsPlacePrefix(lower, start) || isSaintPrefixed(key)) continue;
    const cue = kind || mightFollowCue(lower, start) ? cueBefore(lower, start) : null;
    const canExtend = word.length === raw.length;
    // Without a known given name or a cue, a known family name next can still make it a name.
    const surnameNext = (kind === null || kind === 'ambiguous') && canExtend && knownSurnameAt(text, lower, start + word.length);
    let score: number;
    let end: number;
    if (!kind && (cue === null || cue === 'weak' || cue === 'greeting') && !surnameNext) {
      // Unknown capitalised words: a name only with evidence from the shape and what surrounds it.
      if (word.length < 3 || PRODUCT_WORD_SET.has(key) || isCueWord(key)) continue;
      const ext = canExtend ? extendName(text, start + word.length) : { end: start + word.length, words: 1 };
      end = ext.end;
      score = unknownNameScore(text, lower, start, ext.end, ext.words, cue, word.length !== raw.length);
    } else {
      const ext = canExtend ? extendName(text, start + word.length) : { end: start + word.length, words: 1 };
      end = ext.end;
      score = scoreName(kind, cue, ext.words, surnameNext);
      // "Morgan Stanley", "Harley Davidson": a word-like given name before a brand word is a company.
      if (kind === 'ambiguous' && (cue === null || cue === 'weak') && ext.words === 2 && PRODUCT_WORD_SET.has(lower.slice(text.lastIndexOf(' ', ext.end - 1) + 1, ext.end))) score = 0;
      if (score === 0 && cue === 'greeting' && ext.words === 1 && closesGreeting(text, end)) score = 0.7;
    }
    if (score > 0) {
      out.push({ type: 'PERSON', locale: 'generic', start, end, score });
      i = Math.max(i, end);
    }
  }
}

/** "Saint-Antoine", "Sainte-Catherine", "San-Marco": places and streets, not people. */
function isSaintPrefixed(key: string): boolean {
  return key.startsWith('saint-') || key.startsWith('sainte-') || key.startsWith('st-') || key.startsWith('ste-');
}

function isDigitOrUnderscore(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95;
}

/** Whether the word after the space at `pos` is a family name that identifies a person on its own. */
function knownSurnameAt(text: string, lower: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== 32) return false;
  let end = pos + 1;
  while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
  if (end === pos + 1 || !isUpperAt(text, lower, pos + 1)) return false;
  const word = withoutPossessive(text.slice(pos + 1, end));
  const key = lower.slice(pos + 1, pos + 1 + word.length);
  // "Contact James Edwards": a next word that is a given name starts the name instead.
  return DISTINCT_SURNAMES.has(key) && !GIVEN_NAMES.has(key) && !AMBIGUOUS_NAMES.has(key);
}

function scoreName(kind: 'given' | 'ambiguous' | null, cue: ReturnType<typeof cueBefore>, words: number, surnameNext: boolean): number {
  if (cue === 'title' || cue === 'strong') return kind === 'given' ? 0.9 : 0.85;
  if (cue === 'medium' || cue === 'closing') {
    if (kind === 'given' || words >= 2) return 0.8;
    return 0;
  }
  if (cue === 'greeting' && (kind === 'given' || words >= 2)) return 0.8;
  const weak = cue === 'weak' || cue === 'greeting' ? 0.05 : 0;
  if (kind === 'given') return Math.min(0.9, (words >= 2 ? 0.8 : 0.6) + 2 * weak);
  if (words < 2) return 0;
  if (surnameNext) return (kind === 'ambiguous' ? 0.75 : 0.7) + weak;
  return kind === 'ambiguous' ? 0.6 + weak : 0;
}

export const personRecognizer: FinderRecognizer = {
  kind: 'finder',
  id: 'multi.person',
  type: 'PERSON',
  locale: 'generic',
  maxLength: 64,
  spansWhitespace: true,
  find: findPersons,
};
