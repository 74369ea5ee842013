import { alnumValue, compact, digitsOf, iso7064Mod11_10CheckDigit, isAllDigits, isRepeatedDigit, modString, weightedSum } from './checksums';

const NINO_BAD_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** UK National Insurance number: letter rules from HMRC's NIM39110. */
export function isValidUkNino(value: string): boolean {
  const v = compact(value);
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(v)) return false;
  return !NINO_BAD_PREFIXES.has(v.slice(0, 2));
}

const NHS_WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

export function ukNhsCheckDigit(first9: string): number {
  const check = 11 - (weightedSum(first9, NHS_WEIGHTS) % 11);
  return check === 11 ? 0 : check; // 10 means the payload can never be issued
}

export function isValidUkNhs(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 10 || isRepeatedDigit(d)) return false;
  const check = ukNhsCheckDigit(d.slice(0, 9));
  return check !== 10 && check === d.charCodeAt(9) - 48;
}

/** German Steuer-IdNr: one digit of the first ten repeats two or three times, ISO 7064 MOD 11,10. */
export function isValidDeTaxId(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11 || d[0] === '0') return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[d.charCodeAt(i) - 48]++;
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0] > 3) return false;
  return iso7064Mod11_10CheckDigit(d.slice(0, 10)) === d.charCodeAt(10) - 48;
}

const ID_CARD_WEIGHTS = [7, 3, 1];

/** ICAO 9303 check digit (7-3-1 weights, letters A=10 ... Z=35), used by German ID card numbers. */
export function icaoCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum += alnumValue(payload[i]) * ID_CARD_WEIGHTS[i % 3];
  return sum % 10;
}

/** German Personalausweis serial: 9 characters from a reduced alphabet, optional 10th check digit. */
export function isValidDeIdCard(value: string): boolean {
  const v = compact(value);
  if (!/^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d?$/.test(v)) return false;
  if (!/\d/.test(v.slice(1, 9))) return false;
  return v.length === 9 || icaoCheckDigit(v.slice(0, 9)) === v.charCodeAt(9) - 48;
}

/** French NIR: 13 characters plus a 2-digit key, 97 - (number mod 97); Corsica 2A/2B count as 19/18. */
export function frNirKey(first13: string): string {
  const numeric = first13.replace('2A', '19').replace('2B', '18');
  return String(97 - modString(numeric, 97)).padStart(2, '0');
}

export function isValidFrNir(value: string): boolean {
  const v = compact(value);
  if (v.length !== 15 || !/^[12378]\d{4}(?:\d{2}|2[AB])\d{8}$/.test(v)) return false;
  const month = Number(v.slice(3, 5));
  if (!((month >= 1 && month <= 12) || month >= 20)) return false;
  return frNirKey(v.slice(0, 13)) === v.slice(13);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function esDniLetter(digits8: string): string {
  return DNI_LETTERS[Number(digits8) % 23];
}

export function isValidEsDni(value: string): boolean {
  const v = compact(value);
  if (!/^\d{8}[A-Z]$/.test(v) || isRepeatedDigit(v.slice(0, 8))) return false;
  return esDniLetter(v.slice(0, 8)) === v[8];
}

export function isValidEsNie(value: string): boolean {
  const v = compact(value);
  if (!/^[XYZ]\d{7}[A-Z]$/.test(v)) return false;
  const numeric = String('XYZ'.indexOf(v[0])) + v.slice(1, 8);
  return esDniLetter(numeric) === v[8];
}

const CF_ODD: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20,
  O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

function cfEvenValue(ch: string): number {
  const c = ch.charCodeAt(0);
  return c <= 57 ? c - 48 : c - 65;
}

export function itFiscalCodeCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? CF_ODD[first15[i]] : cfEvenValue(first15[i]);
  return String.fromCharCode(65 + (sum % 26));
}

const CF_DIGIT_SLOT = '[0-9LMNPQRSTUV]';
const CF_LAYOUT = new RegExp(
  `^[A-Z]{6}${CF_DIGIT_SLOT}{2}[ABCDEHLMPRST]${CF_DIGIT_SLOT}{2}[A-Z]${CF_DIGIT_SLOT}{3}[A-Z]$`,
);

/** Italian codice fiscale: layout (with omocodia letters in digit slots) and the check character. */
export function isValidItFiscalCode(value: string): boolean {
  const v = value.toUpperCase();
  if (!CF_LAYOUT.test(v)) return false;
  return itFiscalCodeCheckChar(v.slice(0, 15)) === v[15];
}

/** Dutch BSN: the "11-proef" with weights 9..2 and -1 for the last digit. */
export function isValidNlBsn(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9 || !isAllDigits(d) || isRepeatedDigit(d)) return false;
  const sum = weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]);
  return sum % 11 === 0;
}
