import { brCnpjCheckDigits, brCpfCheckDigits, isValidCaSin, isValidUsSsn } from '../../validators/americas';
import { auMedicareCheckDigit, isValidAuAbn, isValidAuTfn } from '../../validators/asia-pacific';
import { iso7064Mod11_10CheckDigit, luhnCheckDigit, luhnMod36CheckChar, verhoeffCheckDigit } from '../../validators/checksums';
import { esDniLetter, frNirKey, icaoCheckDigit, isValidDeTaxId, isValidNlBsn, isValidUkNino, itFiscalCodeCheckChar, ukNhsCheckDigit } from '../../validators/europe';
import { isValidAbaRouting } from '../../validators/financial';
import { Random, UPPER, group } from './random';

/** Valid national identifiers, built with the same check-digit code the validators use. */
export type IdGenerator = (r: Random, variant?: string) => string;

function until(r: Random, make: (r: Random) => string, valid: (v: string) => boolean): string {
  for (;;) {
    const v = make(r);
    if (valid(v)) return v;
  }
}

const sep = (r: Random, variant: string | undefined, choices: string[]) => (variant === 'compact' ? '' : r.pick(choices));

export const ID_GENERATORS: Record<string, IdGenerator> = {
  US_SSN: (r, v) => {
    const d = until(r, (x) => x.digits(9), isValidUsSsn);
    return v === 'compact' ? d : group(d, [3, 2, 4], r.pick(['-', '-', ' ']));
  },
  US_ITIN: (r, v) => {
    const d = `9${r.digits(2)}${r.pick(['70', '78', '81', '90', '94', '51', '63'])}${r.digits(4)}`;
    return v === 'compact' ? d : group(d, [3, 2, 4], '-');
  },
  US_PASSPORT: (r) => (r.chance(0.3) ? r.pick(['A', 'E', 'B']) + r.digits(8) : String(r.int(1, 9)) + r.digits(8)),
  US_DRIVER_LICENSE: (r) => r.pick([() => r.chars(UPPER, 1) + r.digits(7), () => r.chars(UPPER, 1) + r.digits(12), () => r.digits(9), () => r.chars(UPPER, 2) + r.digits(6)])(),
  US_BANK_ROUTING: (r) =>
    until(r, (x) => x.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32', '61', '63', '67']) + x.digits(7), isValidAbaRouting),
  UK_NINO: (r, v) => {
    const n = until(r, (x) => x.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + x.chars('ABCEGHJKLMNPRSTWXYZ', 1) + x.digits(6) + x.chars('ABCD', 1), isValidUkNino);
    return v === 'compact' ? n : `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6, 8)} ${n[8]}`;
  },
  UK_NHS: (r, v) => {
    const d = until(r, (x) => { const p = String(x.int(4, 9)) + x.digits(8); const c = ukNhsCheckDigit(p); return c === 10 ? '' : p + c; }, (x) => x.length === 10);
    return v === 'compact' ? d : group(d, [3, 3, 4], sep(r, v, [' ', ' ', '-']));
  },
  UK_POSTCODE: (r) => r.pick(['SW1A 1AA', 'EC1A 1BB', 'W1A 0AX', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'LS1 4DY', 'EH1 1YZ', 'G2 3WT', 'BS1 6QF', 'CF10 1EP', 'NW1 6XE', 'OX1 2JD', 'CB2 1TN', 'L1 8JQ', 'N1 9GU', 'SE1 7PB']),
  DE_TAX_ID: (r, v) => {
    const d = until(r, (x) => { const p = String(x.int(1, 9)) + x.digits(9); return p + iso7064Mod11_10CheckDigit(p); }, isValidDeTaxId);
    return v === 'compact' ? d : group(d, [2, 3, 3, 3], ' ');
  },
  DE_ID_CARD: (r, v) => {
    const alphabet = 'CFGHJKLMNPRTVWXYZ';
    const serial = r.chars(alphabet, 1) + r.chars(alphabet + '0123456789', 3) + r.digits(5);
    return v === 'short' ? serial : serial + icaoCheckDigit(serial);
  },
  FR_NIR: (r, v) => {
    const dept = r.chance(0.1) ? r.pick(['2A', '2B']) : String(r.int(1, 95)).padStart(2, '0');
    const base = `${r.int(1, 2)}${r.digits(2)}${String(r.int(1, 12)).padStart(2, '0')}${dept}${String(r.int(1, 999)).padStart(3, '0')}${String(r.int(1, 999)).padStart(3, '0')}`;
    const n = base + frNirKey(base);
    return v === 'compact' ? n : group(n, [1, 2, 2, 2, 3, 3, 2], ' ');
  },
  ES_DNI: (r) => { const d = r.digits(8); return d + esDniLetter(d); },
  ES_NIE: (r) => { const p = r.pick(['X', 'Y', 'Z']); const d = r.digits(7); return p + d + esDniLetter(String('XYZ'.indexOf(p)) + d); },
  IT_FISCAL_CODE: (r) => {
    const body = r.chars(UPPER, 6) + r.digits(2) + r.pick([...'ABCDEHLMPRST']) + String(r.int(1, 71)).padStart(2, '0') + r.chars(UPPER, 1) + r.digits(3);
    return body + itFiscalCodeCheckChar(body);
  },
  NL_BSN: (r, v) => {
    const d = until(r, (x) => String(x.int(1, 9)) + x.digits(8), isValidNlBsn);
    return v === 'dotted' ? `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}` : d;
  },
  IN_AADHAAR: (r, v) => {
    const p = String(r.int(2, 9)) + r.digits(10);
    const d = p + verhoeffCheckDigit(p);
    return v === 'compact' ? d : group(d, [4, 4, 4], r.pick([' ', ' ', '-']));
  },
  IN_PAN: (r) => r.chars(UPPER, 3) + r.pick([...'PCHFATBLJG']) + r.chars(UPPER, 1) + String(r.int(1, 9999)).padStart(4, '0') + r.chars(UPPER, 1),
  IN_GSTIN: (r) => {
    const pan = r.chars(UPPER, 3) + r.pick([...'PCHFATBLJG']) + r.chars(UPPER, 1) + String(r.int(1, 9999)).padStart(4, '0') + r.chars(UPPER, 1);
    const body = String(r.int(1, 37)).padStart(2, '0') + pan + r.chars('123456789', 1) + 'Z';
    return body + luhnMod36CheckChar(body);
  },
  BR_CPF: (r, v) => {
    const p = r.digits(9);
    const d = p + brCpfCheckDigits(p);
    return v === 'compact' ? d : `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
  },
  BR_CNPJ: (r, v) => {
    const p = r.digits(8) + '0001';
    const d = p + brCnpjCheckDigits(p);
    return v === 'compact' ? d : `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}`;
  },
  CA_SIN: (r, v) => {
    const d = until(r, (x) => { const p = x.pick(['1', '2', '3', '4', '5', '6', '7', '9']) + x.digits(7); return p + luhnCheckDigit(p); }, isValidCaSin);
    return v === 'compact' ? d : group(d, [3, 3, 3], r.pick([' ', '-']));
  },
  AU_TFN: (r, v) => {
    const d = until(r, (x) => x.digits(9), isValidAuTfn);
    return v === 'compact' ? d : group(d, [3, 3, 3], ' ');
  },
  AU_ABN: (r, v) => {
    const d = until(r, (x) => String(x.int(1, 9)) + x.digits(10), isValidAuAbn);
    return v === 'compact' ? d : group(d, [2, 3, 3, 3], ' ');
  },
  AU_MEDICARE: (r, v) => {
    const p = String(r.int(2, 6)) + r.digits(7);
    const d = p + auMedicareCheckDigit(p) + String(r.int(1, 9));
    return v === 'compact' ? d : group(d, [4, 5, 1], ' ');
  },
};

