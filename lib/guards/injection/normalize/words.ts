/**
 * Pass 2 of normalisation: inside words that mix scripts, Cyrillic/Greek look-alikes become the
 * Latin letters they imitate; inside words that read as leetspeak, digits become letters.
 */
import * as charfold from './charfold';
import * as homoglyphs from './homoglyphs';
import type { Units } from './units';

// Local copies: imported bindings cost a getter call per access in CommonJS builds (tsx, vitest).
const { isDigit, isLetter } = charfold;
const { LEET_DIGITS } = homoglyphs;

const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
const isAlnum = (c: number) => (c < 128 ? ASCII_ALNUM[c] === 1 : isLetter(c));
const isAsciiLetter = (c: number) => c >= 0x61 && c <= 0x7a;

export function foldWords(u: Units, mixedScript: boolean): void {
  const { codes, alts } = u;
  const n = u.length;
  // Words that only look like leetspeak in context ("7h3", "rul35") are folded when the text
  // already has two clear leetspeak words; on their own they are more likely codes or units.
  let clearLeet = 0;
  const maybeLeet: number[] = [];
  for (let i = 0; i < n; ) {
    if (!isAlnum(codes[i])) {
      i++;
      continue;
    }
    let j = i;
    let latin = 0;
    let lookalikes = 0;
    let digits = 0;
    let letters = 0;
    while (j < n && isAlnum(codes[j])) {
      const c = codes[j];
      if (isAsciiLetter(c)) latin++;
      if (alts[j]) lookalikes++;
      if (isDigit(c)) digits++;
      else letters++;
      j++;
    }
    if (mixedScript && latin > 0 && lookalikes > 0) {
      for (let k = i; k < j; k++) if (alts[k]) codes[k] = alts[k];
    }
    if (digits > 0 && letters >= 2 && looksLeet(codes, i, j)) {
      foldLeet(codes, i, j);
      clearLeet++;
    } else if (digits > 0 && letters >= 1 && onlyLeetDigits(codes, i, j)) {
      maybeLeet.push(i, j);
    }
    i = j;
  }
  if (clearLeet >= 2) for (let m = 0; m < maybeLeet.length; m += 2) foldLeet(codes, maybeLeet[m], maybeLeet[m + 1]);
}

function foldLeet(codes: Uint16Array, from: number, to: number): void {
  for (let k = from; k < to; k++) codes[k] = LEET_DIGITS[codes[k]] ?? codes[k];
}

function onlyLeetDigits(codes: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isDigit(codes[k]) && LEET_DIGITS[codes[k]] === undefined) return false;
  return true;
}

/**
 * A word reads as leetspeak when a substitutable digit sits between letters or starts the word,
 * and the word is not a name with a trailing number ("gpt4", "utf8") or a unit ("10kg", "3rd").
 */
function looksLeet(codes: Uint16Array, from: number, to: number): boolean {
  let trailingDigits = to;
  while (trailingDigits > from && isDigit(codes[trailingDigits - 1])) trailingDigits--;
  let leadingDigits = from;
  while (leadingDigits < to && isDigit(codes[leadingDigits])) leadingDigits++;
  if (leadingDigits > from && to - leadingDigits <= 3 && trailingDigits === to) return false;
  for (let k = from; k < trailingDigits; k++) {
    if (isDigit(codes[k]) && LEET_DIGITS[codes[k]] === undefined) return false;
  }
  for (let k = from; k < trailingDigits; k++) {
    if (LEET_DIGITS[codes[k]] !== undefined) return true;
  }
  return false;
}

