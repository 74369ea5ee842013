import { digitsOf, isRepeatedDigit, luhnValid, weightedSum } from './checksums';

/** Numbers the SSA has published as examples or voided; they appear in documents but are no one's SSN. */
const KNOWN_EXAMPLE_SSNS = new Set(['078051120', '219099999', '123456789', '457555462']);

/** US SSN: no checksum, but area, group and serial have reserved values that are never issued. */
export function isValidUsSsn(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9 || isRepeatedDigit(d) || KNOWN_EXAMPLE_SSNS.has(d)) return false;
  const area = Number(d.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  return d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}

/** US ITIN: starts with 9 and the middle pair falls in the ranges the IRS assigns. */
export function isValidUsItin(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9 || d[0] !== '9') return false;
  const group = Number(d.slice(3, 5));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
}

function cpfDigit(payload: string): number {
  const weights: number[] = [];
  for (let w = payload.length + 1; w >= 2; w--) weights.push(w);
  const rest = (weightedSum(payload, weights) * 10) % 11;
  return rest === 10 ? 0 : rest;
}

export function brCpfCheckDigits(first9: string): string {
  const d1 = cpfDigit(first9);
  return `${d1}${cpfDigit(first9 + d1)}`;
}

export function isValidBrCpf(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11 || isRepeatedDigit(d)) return false;
  return brCpfCheckDigits(d.slice(0, 9)) === d.slice(9);
}

const CNPJ_WEIGHTS_1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_WEIGHTS_2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

function cnpjDigit(payload: string, weights: readonly number[]): number {
  const rest = weightedSum(payload, weights) % 11;
  return rest < 2 ? 0 : 11 - rest;
}

export function brCnpjCheckDigits(first12: string): string {
  const d1 = cnpjDigit(first12, CNPJ_WEIGHTS_1);
  return `${d1}${cnpjDigit(first12 + d1, CNPJ_WEIGHTS_2)}`;
}

export function isValidBrCnpj(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 14 || isRepeatedDigit(d)) return false;
  return brCnpjCheckDigits(d.slice(0, 12)) === d.slice(12);
}

/** Canadian SIN: Luhn; 0 is unassigned and 8 is reserved for business numbers. */
export function isValidCaSin(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9 || d[0] === '0' || d[0] === '8' || isRepeatedDigit(d)) return false;
  return luhnValid(d);
}
