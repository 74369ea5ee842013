import { describe, expect, it } from 'vitest';
import { found } from '../test-support/found';

describe('generic recognisers', () => {
  it('emails, including sub-domains and plus addressing', () => {
    expect(found('Write to jane.doe+billing@mail.example.co.uk today.')).toEqual([['EMAIL', 'jane.doe+billing@mail.example.co.uk']]);
    expect(found('icon@2x.png and user@localhost and @handle')).toEqual([]);
  });

  it('phones in E.164 and national formats', () => {
    expect(found('Call +44 20 7946 0958 or +1-415-555-2671.')).toEqual([['PHONE', '+44 20 7946 0958'], ['PHONE', '+1-415-555-2671']]);
    expect(found('Phone: (415) 555-2671')).toEqual([['PHONE', '(415) 555-2671']]);
    expect(found('Ruf mich an: 030 12345678')).toEqual([['PHONE', '030 12345678']]);
    expect(found('Téléphone : 06 12 34 56 78')).toEqual([['PHONE', '06 12 34 56 78']]);
    expect(found('Mobile 0412 345 678', { locales: ['au'] })).toEqual([['PHONE', '0412 345 678']]);
    expect(found('Celular (11) 91234-5678', { locales: ['br'] })).toEqual([['PHONE', '(11) 91234-5678']]);
  });

  it('credit cards in common groupings', () => {
    expect(found('Visa 4111 1111 1111 1111, Amex 3782 822463 10005, MC 5555-5555-5555-4444, plain 6011111111111117')).toEqual([
      ['CREDIT_CARD', '4111 1111 1111 1111'], ['CREDIT_CARD', '3782 822463 10005'], ['CREDIT_CARD', '5555-5555-5555-4444'], ['CREDIT_CARD', '6011111111111117'],
    ]);
  });

  it('IBANs stop at their registered length', () => {
    expect(found('IBAN DE89 3704 0044 0532 0130 00 BANK XYZ')).toEqual([['IBAN', 'DE89 3704 0044 0532 0130 00']]);
    expect(found('pay GB29NWBK60161331926819 now')).toEqual([['IBAN', 'GB29NWBK60161331926819']]);
  });

  it('IP and MAC addresses', () => {
    expect(found('from 203.0.113.42 via fe80::1ff:fe23:4567:890a, nic 00:1A:2B:3C:4D:5E')).toEqual([
      ['IP_ADDRESS', '203.0.113.42'], ['IP_ADDRESS', 'fe80::1ff:fe23:4567:890a'], ['MAC_ADDRESS', '00:1A:2B:3C:4D:5E'],
    ]);
  });

  it('crypto wallets with valid checksums only', () => {
    expect(found('send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa or bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toEqual([
      ['CRYPTO_WALLET', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'], ['CRYPTO_WALLET', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    ]);
    expect(found('wallet 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toEqual([['CRYPTO_WALLET', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed']]);
    expect(found('wallet 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toEqual([]);
  });

  it('dates of birth only with a birth cue, in several languages', () => {
    expect(found('DOB: 03/04/1985')).toEqual([['DATE_OF_BIRTH', '03/04/1985']]);
    expect(found('She was born on March 3, 1990 in Leeds.')).toEqual([['DATE_OF_BIRTH', 'March 3, 1990']]);
    expect(found('geboren am 15. März 1978')).toEqual([['DATE_OF_BIRTH', '15. März 1978']]);
    expect(found('fecha de nacimiento: 12 de marzo de 1985')).toEqual([['DATE_OF_BIRTH', '12 de marzo de 1985']]);
    expect(found('The release shipped on 03/04/2021 and on March 3, 1990 we met.')).toEqual([]);
  });
});

describe('structured text', () => {
  it('reads values in CSV rows', () => {
    expect(found('name,ssn,phone\nAnn Lee,536-22-8726,415.555.2671')).toEqual([['PERSON', 'Ann Lee'], ['US_SSN', '536-22-8726'], ['PHONE', '415.555.2671']]);
  });

  it('skips loopback addresses', () => {
    expect(found('listening on 127.0.0.1 and 0.0.0.0')).toEqual([]);
  });

  it('needs a label for Aadhaar numbers written with dashes', () => {
    expect(found('code 2341-2341-2346')).toEqual([]);
    expect(found('Aadhaar: 2341-2341-2346')).toEqual([['IN_AADHAAR', '2341-2341-2346']]);
  });
});
