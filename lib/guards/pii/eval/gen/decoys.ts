import { invalidCreditCard, invalidIban } from './financial';
import { orderNumber, productCode } from './contact';
import { ID_GENERATORS } from './ids';
import { HEX, Random } from './random';

/** Change the last digit so a checksum fails (the value keeps its exact shape). */
function breakLastDigit(r: Random, value: string): string {
  for (let i = value.length - 1; i >= 0; i--) {
    if (value[i] >= '0' && value[i] <= '9') return value.slice(0, i) + String((Number(value[i]) + r.int(1, 9)) % 10) + value.slice(i + 1);
  }
  return value;
}

/** Values that look sensitive but are not: the evaluation labels none of them. */
export const DECOY_GENERATORS: Record<string, (r: Random) => string> = {
  uuid: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`,
  githash: (r) => r.chars(HEX, 40),
  shorthash: (r) => r.chars('abcdef', 1) + r.chars(HEX, 6),
  sha256: (r) => r.chars(HEX, 64),
  timestamp: (r) => `20${r.int(18, 25)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}Z`,
  epoch: (r) => String(r.int(1500000000, 1760000000)) + (r.chance(0.5) ? r.digits(3) : ''),
  version: (r) => r.pick([`${r.int(1, 20)}.${r.int(0, 30)}.${r.int(0, 99)}`, `${r.int(1, 12)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9999)}`, `10.0.${r.int(10000, 22631)}`]),
  order: orderNumber,
  product: productCode,
  date: (r) => `20${r.int(10, 25)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
  amount: (r) => r.pick([`$${r.int(1, 999)},${r.digits(3)}.${r.digits(2)}`, `€${r.int(10, 9999)},${r.digits(2)}`, `${r.int(1, 99)}.${r.digits(1)}%`]),
  badcard: invalidCreditCard,
  badiban: invalidIban,
  badcpf: (r) => breakLastDigit(r, ID_GENERATORS.BR_CPF(r)),
  baddni: (r) => { const v = ID_GENERATORS.ES_DNI(r); const letters = 'TRWAGMYFPDXBNJZSQVHLCKE'; return v.slice(0, 8) + letters[(letters.indexOf(v[8]) + r.int(1, 22)) % 23]; },
  badnir: (r) => breakLastDigit(r, ID_GENERATORS.FR_NIR(r)),
  badcf: (r) => { const v = ID_GENERATORS.IT_FISCAL_CODE(r); return v.slice(0, 15) + String.fromCharCode(65 + ((v.charCodeAt(15) - 65 + r.int(1, 25)) % 26)); },
  badaadhaar: (r) => breakLastDigit(r, ID_GENERATORS.IN_AADHAAR(r)),
  badgstin: (r) => { const v = ID_GENERATORS.IN_GSTIN(r); return v.slice(0, 14) + (v[14] === 'X' ? 'Y' : 'X'); },
  badabn: (r) => breakLastDigit(r, ID_GENERATORS.AU_ABN(r)),
  isbn: (r) => `978-${r.int(0, 9)}-${r.digits(3)}-${r.digits(5)}-${r.int(0, 9)}`,
  ticket: (r) => `${r.pick(['JIRA', 'OPS', 'SEC', 'INC'])}-${r.int(100, 99999)}`,
  port: (r) => `localhost:${r.int(3000, 9999)}`,
  coords: (r) => `${r.int(-80, 80)}.${r.digits(4)}, ${r.int(-170, 170)}.${r.digits(4)}`,
  hexconst: (r) => `0x${r.chars(HEX, 8)}`,
};
