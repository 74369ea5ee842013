import { alnumValue, compact, digitsOf, isRepeatedDigit, luhnValid, modString } from './checksums';

/** Issuer prefixes and lengths, so a Luhn-valid 16-digit order number that no scheme issues is not a card. */
function cardSchemeAccepts(d: string): boolean {
  const len = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === '4') return len === 13 || len === 16 || len === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return len === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return len === 15; // American Express
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return len >= 16 && len <= 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return len >= 16 && len <= 19; // JCB
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return len >= 14 && len <= 19; // Diners
  if (p2 === 62) return len >= 16 && len <= 19; // UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return len >= 12 && len <= 19; // Maestro
  return false;
}

export function isValidCreditCard(value: string): boolean {
  const d = digitsOf(value);
  if (d.length < 13 || d.length > 19 || isRepeatedDigit(d)) return false;
  return cardSchemeAccepts(d) && luhnValid(d);
}

/** IBAN length per country (ISO 13616 registry). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27,
  GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24,
  ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24,
  TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

export function ibanLength(country: string): number | undefined {
  return IBAN_LENGTHS[country];
}

function ibanNumeric(rearranged: string): string {
  let out = '';
  for (let i = 0; i < rearranged.length; i++) out += String(alnumValue(rearranged[i]));
  return out;
}

export function isValidIban(value: string): boolean {
  const iban = compact(value);
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (!expected || iban.length !== expected) return false;
  return modString(ibanNumeric(iban.slice(4) + iban.slice(0, 4)), 97) === 1;
}

/** Check digits for a country code and BBAN, used by the evaluation-set generator. */
export function ibanCheckDigits(country: string, bban: string): string {
  const rest = modString(ibanNumeric(bban + country + '00'), 97);
  return String(98 - rest).padStart(2, '0');
}

/** ABA routing transit number: 3-7-1 weighted checksum and a Federal Reserve prefix. */
export function isValidAbaRouting(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9 || isRepeatedDigit(d)) return false;
  const prefix = Number(d.slice(0, 2));
  const validPrefix = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
  if (!validPrefix) return false;
  const n = (i: number) => d.charCodeAt(i) - 48;
  const sum = 3 * (n(0) + n(3) + n(6)) + 7 * (n(1) + n(4) + n(7)) + (n(2) + n(5) + n(8));
  return sum % 10 === 0;
}
