import { describe, expect, it } from 'vitest';
import {
  compact, digitsOf, iso7064Mod11_10CheckDigit, isRepeatedDigit, luhnCheckDigit, luhnMod36CheckChar, luhnValid, modString,
  verhoeffCheckDigit, verhoeffValid,
} from './checksums';
import { ibanCheckDigits, isValidAbaRouting, isValidCreditCard, isValidIban } from './financial';

describe('check-digit algorithms', () => {
  it('Luhn accepts known numbers and rejects one-digit changes', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('12a4')).toBe(false);
  });

  it('Verhoeff matches the published example (236 -> 3)', () => {
    expect(verhoeffCheckDigit('236')).toBe(3);
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
    expect(verhoeffValid('234123412346')).toBe(true);
  });

  it('ISO 7064 MOD 11,10 gives the German tax-id check digit', () => {
    expect(iso7064Mod11_10CheckDigit('3657426180')).toBe(9);
  });

  it('Luhn mod 36 gives the GSTIN check character', () => {
    expect(luhnMod36CheckChar('27AAPFU0939F1Z')).toBe('V');
  });

  it('long decimal remainders are exact', () => {
    expect(modString('3214282912345698765432161182', 97)).toBe(1);
    expect(modString('123456789012345678901234567890', 7)).toBe(Number(123456789012345678901234567890n % 7n));
  });

  it('helpers normalise separators', () => {
    expect(compact('de89 3704-0044.0532/0130 00')).toBe('DE89370400440532013000');
    expect(digitsOf('+1 (415) 555-2671')).toBe('14155552671');
    expect(isRepeatedDigit('1111111')).toBe(true);
    expect(isRepeatedDigit('1111121')).toBe(false);
  });
});

describe('financial validators', () => {
  it('credit cards need an issuer prefix, a valid length and Luhn', () => {
    for (const n of ['4111111111111111', '5555555555554444', '2223003122003222', '378282246310005', '6011111111111117', '3530111333300000', '30569309025904', '4111 1111 1111 1111']) {
      expect(isValidCreditCard(n), n).toBe(true);
    }
    for (const n of ['4111111111111112', '1234567812345670', '0000000000000000', '9111111111111111', '41111111111111']) {
      expect(isValidCreditCard(n), n).toBe(false);
    }
  });

  it('IBAN: country length and mod-97', () => {
    for (const n of ['DE89370400440532013000', 'GB29 NWBK 6016 1331 9268 19', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'ES9121000418450200051332']) {
      expect(isValidIban(n), n).toBe(true);
    }
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    expect(isValidIban('DE8937040044053201300')).toBe(false);
    expect(isValidIban('XX89370400440532013000')).toBe(false);
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89');
  });

  it('ABA routing numbers: 3-7-1 checksum and Federal Reserve prefix', () => {
    expect(isValidAbaRouting('021000021')).toBe(true);
    expect(isValidAbaRouting('011000015')).toBe(true);
    expect(isValidAbaRouting('021000022')).toBe(false);
    expect(isValidAbaRouting('991000021')).toBe(false);
  });
});
