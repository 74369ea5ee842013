import { compact, digitsOf, isRepeatedDigit, luhnMod36CheckChar, verhoeffValid, weightedSum } from './checksums';

/** Aadhaar: 12 digits, never starting with 0 or 1, Verhoeff check digit. */
export function isValidInAadhaar(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 12 || d[0] === '0' || d[0] === '1' || isRepeatedDigit(d)) return false;
  return verhoeffValid(d);
}

/** PAN: no checksum, but the fourth letter encodes the holder type from a fixed set. */
const PAN_LAYOUT = /^[A-Z]{3}[ABCFGHJLPTK][A-Z]\d{4}[A-Z]$/;

export function isValidInPan(value: string): boolean {
  const v = compact(value);
  return PAN_LAYOUT.test(v) && v.slice(5, 9) !== '0000';
}

const GSTIN_LAYOUT = /^(?:0[1-9]|[12]\d|3[0-8]|97|99)[A-Z]{3}[ABCFGHJLPTK][A-Z]\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

/** GSTIN: state code + PAN + entity number + 'Z' + a Luhn mod 36 check character. */
export function isValidInGstin(value: string): boolean {
  const v = compact(value);
  if (!GSTIN_LAYOUT.test(v) || v.slice(7, 11) === '0000') return false;
  return luhnMod36CheckChar(v.slice(0, 14)) === v[14];
}

const TFN_WEIGHTS_9 = [1, 4, 3, 7, 5, 8, 6, 9, 10];
const TFN_WEIGHTS_8 = [10, 7, 8, 4, 6, 3, 5, 1];

export function isValidAuTfn(value: string): boolean {
  const d = digitsOf(value);
  if (isRepeatedDigit(d)) return false;
  if (d.length === 9) return weightedSum(d, TFN_WEIGHTS_9) % 11 === 0;
  if (d.length === 8) return weightedSum(d, TFN_WEIGHTS_8) % 11 === 0;
  return false;
}

const ABN_WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

/** ABN: subtract 1 from the first digit, weighted sum divisible by 89. */
export function isValidAuAbn(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11 || d[0] === '0') return false;
  const adjusted = String(Number(d[0]) - 1) + d.slice(1);
  return weightedSum(adjusted, ABN_WEIGHTS) % 89 === 0;
}

const MEDICARE_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9];

export function auMedicareCheckDigit(first8: string): number {
  return weightedSum(first8, MEDICARE_WEIGHTS) % 10;
}

/** Medicare card: first digit 2-6, ninth digit a weighted check, then issue (and optional IRN) digits. */
export function isValidAuMedicare(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 10 && d.length !== 11) return false;
  if (d[0] < '2' || d[0] > '6') return false;
  return auMedicareCheckDigit(d.slice(0, 8)) === d.charCodeAt(8) - 48;
}
