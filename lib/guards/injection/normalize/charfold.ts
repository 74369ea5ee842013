/**
 * Per-code-point folding: NFKC-style compatibility mapping, lower case, Latin diacritics removed,
 * invisible and bidi controls dropped, Unicode tag characters ("ASCII smuggling") turned back into
 * the ASCII they hide. Results for non-ASCII code points are memoised, so the `normalize()` calls
 * happen once per distinct character per process, not once per character scanned.
 */
import { LATIN_VARIANT_CODES, SCRIPT_LOOKALIKE_CODES } from './homoglyphs';

/** Marker codes used by the normaliser for whitespace before it collapses runs. */
export const SPACE = 0x20;
export const NEWLINE = 0x0a;

/** Zero-width characters, bidi controls, joiners, variation selectors, fillers. */
const INVISIBLE_BMP =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]/;
const UNICODE_SPACE = /[\s\u180E]/;
const LATIN_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]/g;

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"',
  '\u00BB': '"', '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
};

const ASCII_FOLD: string[] = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c) ASCII_FOLD.push('\n');
  else if (c === 0x09 || c === 0x20) ASCII_FOLD.push(' ');
  else if (c < 0x20 || c === 0x7f) ASCII_FOLD.push('');
  else ASCII_FOLD.push(ch.toLowerCase());
}

/** ASCII folded to a single code unit, or -1 for dropped control characters. */
export const ASCII_CODES = Int16Array.from(ASCII_FOLD, (f) => (f === '' ? -1 : f.charCodeAt(0)));

const memo = new Map<number, string>();

function foldSlow(cp: number): string {
  // Tag characters spell ASCII invisibly; an attacker can hide a whole instruction in them.
  if (cp >= 0xe0000 && cp <= 0xe007f) {
    return cp >= 0xe0020 && cp <= 0xe007e ? String.fromCharCode(cp - 0xe0000).toLowerCase() : '';
  }
  if (cp >= 0xe0100 && cp <= 0xe01ef) return '';
  if (cp >= 0x1d173 && cp <= 0x1d17a) return '';
  const ch = String.fromCodePoint(cp);
  if (INVISIBLE_BMP.test(ch)) return '';
  if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) return '\n';
  if (UNICODE_SPACE.test(ch)) return ' ';
  const quote = QUOTES[ch];
  if (quote) return quote;
  const variant = LATIN_VARIANT_CODES.get(cp);
  if (variant !== undefined) return String.fromCharCode(variant);
  const folded = ch.normalize('NFKD').toLowerCase().replace(LATIN_MARKS, '').normalize('NFC');
  // NFKD can expose spaces or line breaks (e.g. U+00A8); keep them as plain spaces.
  return folded.replace(/\s+/g, ' ');
}

/** Folded form of one code point (possibly empty, possibly several characters). */
export function foldCodePoint(cp: number): string {
  if (cp < 128) return ASCII_FOLD[cp];
  let out = memo.get(cp);
  if (out === undefined) {
    out = foldSlow(cp);
    memo.set(cp, out);
  }
  return out;
}

/** Latin letter a Cyrillic/Greek/Armenian look-alike stands for, or 0. Case-sensitive. */
export function lookalikeOf(cp: number): number {
  return cp < 0x370 ? 0 : SCRIPT_LOOKALIKE_CODES.get(cp) ?? 0;
}

const letterMemo = new Map<number, boolean>();
const LETTER = /\p{L}/u;

/** True for a letter in any script (code unit already folded, so ASCII letters are lower case). */
export function isLetter(code: number): boolean {
  if (code < 128) return code >= 0x61 && code <= 0x7a;
  let v = letterMemo.get(code);
  if (v === undefined) {
    v = LETTER.test(String.fromCharCode(code));
    letterMemo.set(code, v);
  }
  return v;
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
