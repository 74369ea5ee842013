import { base58CheckChecksum, base58Encode, bech32Char, bech32Checksum, toEip55 } from '../../validators/crypto-wallet';
import { luhnCheckDigit } from '../../validators/checksums';
import { ibanCheckDigits } from '../../validators/financial';
import { DIGITS, HEX, Random, UPPER, group } from './random';

const CARD_PREFIXES: [string, number][] = [['4', 16], ['51', 16], ['55', 16], ['2221', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['3528', 16], ['36', 14], ['62', 16]];

export function creditCard(r: Random, variant?: string): string {
  const [prefix, length] = r.pick(CARD_PREFIXES);
  const payload = prefix + r.digits(length - prefix.length - 1);
  const number = payload + luhnCheckDigit(payload);
  const style = variant ?? r.pick(['spaced', 'spaced', 'dashed', 'compact']);
  if (style === 'compact') return number;
  const sizes = length === 15 ? [4, 6, 5] : length === 14 ? [4, 6, 4] : [4, 4, 4, 4];
  return group(number, sizes, style === 'dashed' ? '-' : ' ');
}

/** Luhn-invalid card-shaped numbers: the decoy for checksum recall. */
export function invalidCreditCard(r: Random): string {
  const valid = creditCard(r, 'spaced');
  const last = Number(valid[valid.length - 1]);
  return valid.slice(0, -1) + String((last + r.int(1, 9)) % 10);
}

const IBAN_FORMATS: Record<string, () => (r: Random) => string> = {
  DE: () => (r) => r.digits(18),
  GB: () => (r) => r.chars(UPPER, 4) + r.digits(14),
  FR: () => (r) => r.digits(10) + r.chars(UPPER + DIGITS, 11) + r.digits(2),
  ES: () => (r) => r.digits(20),
  IT: () => (r) => r.chars(UPPER, 1) + r.digits(10) + r.chars(UPPER + DIGITS, 12),
  NL: () => (r) => r.chars(UPPER, 4) + r.digits(10),
  BE: () => (r) => r.digits(12),
  CH: () => (r) => r.digits(17),
  AT: () => (r) => r.digits(16),
  PT: () => (r) => r.digits(21),
};

export function iban(r: Random, variant?: string): string {
  const country = variant && IBAN_FORMATS[variant] ? variant : r.pick(Object.keys(IBAN_FORMATS));
  const bban = IBAN_FORMATS[country]()(r);
  const compactIban = country + ibanCheckDigits(country, bban) + bban;
  return r.chance(0.6) ? group(compactIban, new Array(10).fill(4), ' ') : compactIban;
}

export function invalidIban(r: Random): string {
  const valid = iban(r).replace(/ /g, '');
  const check = (Number(valid.slice(2, 4)) + r.int(1, 50)) % 97;
  return valid.slice(0, 2) + String(check < 2 ? 2 : check).padStart(2, '0') + valid.slice(4);
}

export function ipv4(r: Random): string {
  return `${r.pick([23, 45, 81, 93, 104, 151, 185, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

export function ipv6(r: Random): string {
  const groups = Array.from({ length: 8 }, () => r.chars(HEX, r.int(1, 4)));
  groups[0] = r.pick(['2001', '2a02', '2600', 'fe80', '2c0f']);
  if (r.chance(0.5)) return `${groups.slice(0, 3).join(':')}::${groups.slice(5).join(':')}`;
  return groups.join(':');
}

export function macAddress(r: Random): string {
  const sep = r.pick([':', '-']);
  const upper = r.chance(0.5);
  const parts = Array.from({ length: 6 }, () => r.chars(HEX, 2));
  parts[0] = r.pick(['00', '3c', 'a4', 'f0', '8c', 'b8']);
  const mac = parts.join(sep);
  return upper ? mac.toUpperCase() : mac;
}

function bech32Segwit(r: Random): string {
  const program = r.bytes(20);
  const data = [0];
  let acc = 0;
  let bits = 0;
  for (const byte of program) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  return 'bc1' + [...data, ...bech32Checksum('bc', data, false)].map(bech32Char).join('');
}

export function cryptoWallet(r: Random, variant?: string): string {
  const kind = variant ?? r.pick(['btc', 'bech32', 'eth', 'eth']);
  if (kind === 'bech32') return bech32Segwit(r);
  if (kind === 'eth') {
    const hex = r.chars(HEX, 40);
    return '0x' + (r.chance(0.7) ? toEip55(hex) : hex);
  }
  const payload = new Uint8Array(21);
  payload[0] = r.chance(0.7) ? 0 : 5;
  payload.set(r.bytes(20), 1);
  const full = new Uint8Array(25);
  full.set(payload);
  full.set(base58CheckChecksum(payload), 21);
  return base58Encode(full);
}
