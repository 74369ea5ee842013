/**
 * Check-digit algorithms shared by the national-ID and financial validators. Inputs are compact
 * digit strings (separators already removed); functions return false rather than throw so callers
 * can use them directly as match filters.
 */

const ZERO = 48;

export function isAllDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return false;
  }
  return true;
}

/** Keeps only ASCII digits and letters (upper-cased), dropping spaces, dashes, dots and slashes. */
export function compact(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const c = value.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) out += ch;
    else if (c >= 97 && c <= 122) out += ch.toUpperCase();
  }
  return out;
}

export function digitsOf(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) out += value[i];
  }
  return out;
}

/** True when every digit is the same: such numbers pass several checksums but are never issued. */
export function isRepeatedDigit(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits[i] !== digits[0]) return false;
  return true;
}

export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - ZERO) * weights[i];
  return sum;
}

/** Luhn sum of a digit string whose last digit is the check digit. */
function luhnSum(digits: string, doubleFirst: boolean): number {
  let sum = 0;
  let double = doubleFirst;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - ZERO;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

export function luhnValid(digits: string): boolean {
  return isAllDigits(digits) && luhnSum(digits, false) % 10 === 0;
}

export function luhnCheckDigit(payload: string): number {
  return (10 - (luhnSum(payload, true) % 10)) % 10;
}

/** Remainder of a long decimal string modulo `m`, computed in chunks to stay within float precision. */
export function modString(numeric: string, m: number): number {
  let rest = 0;
  for (let i = 0; i < numeric.length; i += 7) {
    rest = Number(String(rest) + numeric.slice(i, i + 7)) % m;
  }
  return rest;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeffState(digits: string, offset: number): number {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - ZERO;
    c = VERHOEFF_D[c][VERHOEFF_P[(i + offset) % 8][d]];
  }
  return c;
}

export function verhoeffValid(digits: string): boolean {
  return isAllDigits(digits) && verhoeffState(digits, 0) === 0;
}

export function verhoeffCheckDigit(payload: string): number {
  return VERHOEFF_INV[verhoeffState(payload, 1)];
}

/** ISO 7064 MOD 11,10 (German tax id): check digit for a payload of digits. */
export function iso7064Mod11_10CheckDigit(payload: string): number {
  let product = 10;
  for (let i = 0; i < payload.length; i++) {
    let sum = (payload.charCodeAt(i) - ZERO + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

const ALNUM36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Luhn over base 36 (Indian GSTIN): check character for an upper-case alphanumeric payload. */
export function luhnMod36CheckChar(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const value = ALNUM36.indexOf(payload[i]);
    if (value < 0) return '';
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALNUM36[(36 - (sum % 36)) % 36];
}

/** Letters to numbers as in ICAO 9303 / IBAN: A=10 ... Z=35. */
export function alnumValue(ch: string): number {
  return ALNUM36.indexOf(ch);
}
