import { describe, expect, it } from 'vitest';
import { found } from '../../test-support/found';

describe.each<[string, string, [string, string][]]>([
  ['us', 'SSN 536-22-8726, ITIN 912-70-1234, social security number 536228726', [['US_SSN', '536-22-8726'], ['US_ITIN', '912-70-1234'], ['US_SSN', '536228726']]],
  ['us', "passport no. 123456789 and driver's license D1234567, routing number 021000021", [['US_PASSPORT', '123456789'], ['US_DRIVER_LICENSE', 'D1234567'], ['US_BANK_ROUTING', '021000021']]],
  ['uk', 'NI number AB 12 34 56 C, NHS number 943 476 5919, flat 2, London SW1A 1AA', [['UK_NINO', 'AB 12 34 56 C'], ['UK_NHS', '943 476 5919'], ['UK_POSTCODE', 'SW1A 1AA']]],
  ['de', 'Steuer-ID: 36 574 261 809, Personalausweis T220001293', [['DE_TAX_ID', '36 574 261 809'], ['DE_ID_CARD', 'T220001293']]],
  ['fr', 'Numéro de sécurité sociale : 2 95 10 99 126 111 93', [['FR_NIR', '2 95 10 99 126 111 93']]],
  ['es', 'DNI 12345678Z y NIE X1234567L', [['ES_DNI', '12345678Z'], ['ES_NIE', 'X1234567L']]],
  ['it', 'Codice fiscale: RSSMRA85T10A562S', [['IT_FISCAL_CODE', 'RSSMRA85T10A562S']]],
  ['nl', 'Mijn BSN is 111222333.', [['NL_BSN', '111222333']]],
  ['in', 'Aadhaar 2341 2341 2346, PAN ACUPA7085R, GSTIN 27AAPFU0939F1ZV', [['IN_AADHAAR', '2341 2341 2346'], ['IN_PAN', 'ACUPA7085R'], ['IN_GSTIN', '27AAPFU0939F1ZV']]],
  ['br', 'CPF 529.982.247-25 e CNPJ 11.222.333/0001-81', [['BR_CPF', '529.982.247-25'], ['BR_CNPJ', '11.222.333/0001-81']]],
  ['ca', 'My SIN is 130 692 544.', [['CA_SIN', '130 692 544']]],
  ['au', 'TFN 123 456 782, ABN 51 824 753 556, Medicare card 2123 45670 1', [['AU_TFN', '123 456 782'], ['AU_ABN', '51 824 753 556'], ['AU_MEDICARE', '2123 45670 1']]],
])('%s identifiers', (locale, text, expected) => {
  it(`finds them in: ${text}`, () => {
    expect(found(text)).toEqual(expected);
    expect(found(text, { locales: [locale] })).toEqual(expected);
  });
});

describe('checksums and context gate the national formats', () => {
  it('a failing checksum is not reported', () => {
    expect(found('DNI 12345678A, NIR 295109912611199, CPF 529.982.247-24, GSTIN 27AAPFU0939F1ZO')).toEqual([]);
    expect(found('Codice fiscale: RSSMRA85T10A562T')).toEqual([]);
  });

  it('numbers that only a label identifies are ignored without it', () => {
    expect(found('The batch contained 111222333 units and 123456782 widgets')).toEqual([]);
    expect(found('value 943 476 5919 recorded')).toEqual([['PHONE', '943 476 5919']]);
  });

  it('the nearest label decides between formats with the same shape', () => {
    expect(found('TFN 123 456 782')).toEqual([['AU_TFN', '123 456 782']]);
    expect(found('BSN 123456782')).toEqual([['NL_BSN', '123456782']]);
  });

  it('the locale filter keeps other countries out', () => {
    expect(found('DNI 12345678Z', { locales: ['de'] })).toEqual([]);
  });
});
