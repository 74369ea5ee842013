/**
 * Pass 3 of normalisation: letters spelled out one by one ("i g n o r e  a l l") are joined back
 * into words; a wider gap between letters marks a word break.
 */
import * as charfold from './charfold';
import { allocUnits, push, pushUnit, type Units } from './units';

const { isDigit, isLetter, NEWLINE, SPACE } = charfold;
const isAlnum = (c: number) => isLetter(c) || isDigit(c);

/**
 * Cheap test for letters spelled out one by one, before paying for pass 3: four single letters
 * (any non-ASCII character or surrogate pair counts as one) joined by single separators.
 * Unicode property classes would be exact but cost more than the whole normalisation.
 */
const ONE = String.raw`(?:[\ud800-\udbff][\udc00-\udfff]|[A-Za-z\u00c0-\ud7ff\ue000-\uffff])`;
const SEP = String.raw`[\s.\-_*|+/]`;
const NOT_LETTER_BEFORE = String.raw`(?<![A-Za-z0-9\u00c0-\uffff])`;
const NOT_LETTER_AFTER = String.raw`(?![A-Za-z0-9\u00c0-\uffff])`;
export const SPELLED = new RegExp(`${NOT_LETTER_BEFORE}${ONE}${SEP}${ONE}${SEP}${ONE}${SEP}${ONE}${NOT_LETTER_AFTER}`);


const isSeparator = (c: number) =>
  c === SPACE || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2a || c === 0x7c || c === 0x2b || c === 0x2f;
const isGap = (c: number) => c === SPACE || c === NEWLINE || c === 0x2f || c === 0x7c;

/** Returns the joined units, or null when nothing was joined. */
export function joinSpelledLetters(u: Units): Units | null {
  const { codes } = u;
  const n = u.length;
  const single = (k: number) =>
    k < n && isLetter(codes[k]) && (k === 0 || !isAlnum(codes[k - 1])) && (k + 1 >= n || !isAlnum(codes[k + 1]));
  let out: Units | null = null;
  let copied = 0;
  for (let i = 0; i < n; i++) {
    if (i + 2 >= n || !isSeparator(codes[i + 1]) || !single(i) || !single(i + 2)) continue;
    // Collect the run: letters joined by one separator; a wider gap of spaces marks a word break.
    const keep: number[] = [i];
    let j = i;
    for (;;) {
      if (j + 2 < n && isSeparator(codes[j + 1]) && single(j + 2)) {
        j += 2;
        keep.push(j);
        continue;
      }
      let g = j + 1;
      while (g < n && g - j <= 4 && isGap(codes[g])) g++;
      if (g - j >= 3 && single(g) && g + 2 < n && isSeparator(codes[g + 1]) && single(g + 2)) {
        keep.push(-1);
        j = g;
        keep.push(j);
        continue;
      }
      break;
    }
    if (keep.filter((k) => k >= 0).length < 4) continue;
    out ??= allocUnits(n);
    for (let k = copied; k < i; k++) pushUnit(out, u, k);
    for (const k of keep) {
      if (k >= 0) pushUnit(out, u, k);
      else push(out, SPACE, out.ends[out.length - 1], out.ends[out.length - 1], 0);
    }
    copied = j + 1;
    i = j;
  }
  if (!out) return null;
  for (let k = copied; k < n; k++) pushUnit(out, u, k);
  return out;
}
