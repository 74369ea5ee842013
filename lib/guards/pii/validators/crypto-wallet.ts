import { keccak256 } from './hash/keccak256';
import { sha256 } from './hash/sha256';

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58Decode(value: string): Uint8Array | null {
  const bytes: number[] = [0];
  for (let i = 0; i < value.length; i++) {
    let carry = BASE58_ALPHABET.indexOf(value[i]);
    if (carry < 0) return null;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j] * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < value.length && value[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

export function base58Encode(bytes: Uint8Array): string {
  const digits: number[] = [0];
  for (const byte of bytes) {
    let carry = byte;
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j] << 8;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out += '1';
  let top = digits.length - 1;
  while (top > 0 && digits[top] === 0) top--;
  for (let i = top; i >= 0; i--) out += BASE58_ALPHABET[digits[i]];
  return out;
}

/** First four bytes of a double SHA-256: the checksum of Base58Check. */
export function base58CheckChecksum(payload: Uint8Array): Uint8Array {
  return sha256(sha256(payload)).slice(0, 4);
}

/** Legacy Bitcoin address (P2PKH "1..." or P2SH "3..."): 25 bytes with a double-SHA-256 checksum. */
export function isValidBtcBase58(value: string): boolean {
  if (value.length < 26 || value.length > 35) return false;
  const bytes = base58Decode(value);
  if (!bytes || bytes.length !== 25 || (bytes[0] !== 0x00 && bytes[0] !== 0x05)) return false;
  const checksum = base58CheckChecksum(bytes.slice(0, 21));
  for (let i = 0; i < 4; i++) if (checksum[i] !== bytes[21 + i]) return false;
  return true;
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

export function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GENERATOR[i];
  }
  return chk >>> 0;
}

export function bech32HrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

export function bech32Checksum(hrp: string, data: readonly number[], bech32m: boolean): number[] {
  const polymod = bech32Polymod([...bech32HrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ (bech32m ? BECH32M_CONST : BECH32_CONST);
  return [0, 1, 2, 3, 4, 5].map((i) => (polymod >>> (5 * (5 - i))) & 31);
}

export function bech32Char(value: number): string {
  return BECH32_CHARSET[value];
}

/** SegWit address (bc1...): bech32 for witness v0, bech32m for v1+ (BIP-173 / BIP-350). */
export function isValidBtcBech32(value: string): boolean {
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return false;
  const v = value.toLowerCase();
  if (!v.startsWith('bc1') || v.length < 14 || v.length > 90) return false;
  const data: number[] = [];
  for (let i = 3; i < v.length; i++) {
    const d = BECH32_CHARSET.indexOf(v[i]);
    if (d < 0) return false;
    data.push(d);
  }
  const witnessVersion = data[0];
  if (witnessVersion > 16) return false;
  const polymod = bech32Polymod([...bech32HrpExpand('bc'), ...data]);
  return polymod === (witnessVersion === 0 ? BECH32_CONST : BECH32M_CONST);
}

const textEncoder = new TextEncoder();

/** EIP-55: a hex letter is upper-case exactly when the matching nibble of keccak256(lower address) is >= 8. */
export function toEip55(addressHex40: string): string {
  const lower = addressHex40.toLowerCase();
  const hash = keccak256(textEncoder.encode(lower));
  let out = '';
  for (let i = 0; i < 40; i++) {
    const nibble = (hash[i >> 1] >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    out += nibble >= 8 ? lower[i].toUpperCase() : lower[i];
  }
  return out;
}

/** Ethereum address: all-lower or all-upper hex carries no checksum; mixed case must match EIP-55. */
export function isValidEthAddress(value: string): boolean {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value)) return false;
  const hex = value.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return !/^0+$/.test(hex);
  return toEip55(hex) === hex;
}
