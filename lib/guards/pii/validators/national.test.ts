import { describe, expect, it } from 'vitest';
import { brCnpjCheckDigits, brCpfCheckDigits, isValidBrCnpj, isValidBrCpf, isValidCaSin, isValidUsItin, isValidUsSsn } from './americas';
import { auMedicareCheckDigit, isValidAuAbn, isValidAuMedicare, isValidAuTfn, isValidInAadhaar, isValidInGstin, isValidInPan } from './asia-pacific';
import {
  esDniLetter, frNirKey, icaoCheckDigit, isValidDeIdCard, isValidDeTaxId, isValidEsDni, isValidEsNie, isValidFrNir,
  isValidItFiscalCode, isValidNlBsn, isValidUkNhs, isValidUkNino, itFiscalCodeCheckChar, ukNhsCheckDigit,
} from './europe';

const cases: [string, (v: string) => boolean, string[], string[]][] = [
  ['US SSN', isValidUsSsn, ['536-22-8726', '536228726', '001-01-0001'], ['000-12-3456', '666-12-3456', '900-12-3456', '536-00-8726', '536-22-0000', '123-45-6789', '078-05-1120', '111-11-1111']],
  ['US ITIN', isValidUsItin, ['912-70-1234', '999-88-1234', '900-50-0000'], ['912-45-1234', '812-70-1234', '912-93-1234']],
  ['BR CPF', isValidBrCpf, ['529.982.247-25', '52998224725', '111.444.777-35'], ['529.982.247-24', '111.111.111-11', '52998224']],
  ['BR CNPJ', isValidBrCnpj, ['11.222.333/0001-81', '11222333000181'], ['11.222.333/0001-82', '00.000.000/0000-00']],
  ['CA SIN', isValidCaSin, ['130 692 544', '130-692-544'], ['130 692 545', '046 454 286', '846 454 281', '111 111 111']],
  ['UK NINO', isValidUkNino, ['AB123456C', 'AB 12 34 56 C', 'ZR 99 88 77 A'], ['BG123456C', 'DA123456C', 'AO123456C', 'AB123456E', 'AB12345C']],
  ['UK NHS', isValidUkNhs, ['943 476 5919', '9434765919', '401 023 2137'], ['943 476 5918', '1111111111', '943476591']],
  ['DE Steuer-ID', isValidDeTaxId, ['36 574 261 809', '36574261809'], ['36574261890', '36554266806', '06574261809', '12345678901']],
  ['DE Personalausweis', isValidDeIdCard, ['T220001293', 'T22000129', 'L01X00T47'], ['T220001294', 'A22000129', 'TXXXXXXXX', 'T2200012']],
  ['FR NIR', isValidFrNir, ['2 95 10 99 126 111 93', '253072B07300470', '253072A07300443'], ['295109912611199', '253072C07300443', '695109912611193', '29510991261119']],
  ['ES DNI', isValidEsDni, ['12345678Z', '12345678-Z', '00000001R'], ['12345678A', '1234567Z', '11111111H']],
  ['ES NIE', isValidEsNie, ['X1234567L', 'Y1234567X', 'Z1234567R'], ['X1234567A', 'A1234567L', 'X123456L']],
  ['IT codice fiscale', isValidItFiscalCode, ['RSSMRA85T10A562S', 'rssmra85t10a562s', 'MRTMTT91D08F205J'], ['RSSMRA85T10A562T', 'RSSMRA85Z10A562S', 'RSSMRA85T10A56']],
  ['NL BSN', isValidNlBsn, ['111222333', '123456782', '1112.22.333'], ['123456789', '111111111', '11122233']],
  ['IN Aadhaar', isValidInAadhaar, ['234123412346', '2341 2341 2346'], ['234123412345', '134123412346', '23412341234']],
  ['IN PAN', isValidInPan, ['ACUPA7085R', 'AAACB1234C'], ['ACUXA7085R', 'ACUPA0000R', 'ACUPA7085', '1CUPA7085R']],
  ['IN GSTIN', isValidInGstin, ['27AAPFU0939F1ZV'], ['27AAPFU0939F1ZO', '27AAPFU0000F1ZV', '99AAPFU0939F1Z', '27AAPFU0939F1YV']],
  ['AU TFN', isValidAuTfn, ['123 456 782', '123456782', '37118629'], ['123 456 789', '999 999 999', '1234567']],
  ['AU ABN', isValidAuAbn, ['51 824 753 556', '53004085616'], ['51 824 753 557', '01 824 753 556']],
  ['AU Medicare', isValidAuMedicare, ['2123 45670 1', '2123456701', '21234567011'], ['2123 45671 1', '7123 45670 1', '212345670']],
];

describe.each(cases)('%s', (_name, validate, valid, invalid) => {
  it.each(valid)('accepts %s', (value) => expect(validate(value)).toBe(true));
  it.each(invalid)('rejects %s', (value) => expect(validate(value)).toBe(false));
});

describe('check-digit generators agree with the validators', () => {
  it('computes the published check values', () => {
    expect(brCpfCheckDigits('529982247')).toBe('25');
    expect(brCnpjCheckDigits('112223330001')).toBe('81');
    expect(ukNhsCheckDigit('943476591')).toBe(9);
    expect(icaoCheckDigit('T22000129')).toBe(3);
    expect(frNirKey('2951099126111')).toBe('93');
    expect(esDniLetter('12345678')).toBe('Z');
    expect(itFiscalCodeCheckChar('RSSMRA85T10A562')).toBe('S');
    expect(auMedicareCheckDigit('21234567')).toBe(0);
  });
});
