import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Gateway keys (`gw_live_…`, `gw_test_…`) and management tokens (`gw_mgmt_…`): a prefix and 40
 * random base62 characters (about 238 bits). Only the SHA-256 of the whole key is stored, with the
 * prefix and last four characters for display.
 */

export const KEY_PREFIXES = { live: 'gw_live_', test: 'gw_test_', management: 'gw_mgmt_' } as const;
export type KeyKind = keyof typeof KEY_PREFIXES;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 40;
const KEY_PATTERN = /^gw_(live|test|mgmt)_[0-9A-Za-z]{32,64}$/;

/** Uniform base62: bytes ≥ 248 are rejected so the modulo introduces no bias. */
function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248) out += BASE62[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

export interface GeneratedKey {
  key: string;
  hash: string;
  prefix: string;
  lastFour: string;
}

export function generateKey(kind: KeyKind): GeneratedKey {
  const prefix = KEY_PREFIXES[kind];
  const key = prefix + randomBase62(RANDOM_LENGTH);
  return { key, hash: hashKey(key), prefix, lastFour: key.slice(-4) };
}

export function hashKey(key: string): string {
  // The one-shot form: a third of createHash's cost, and this runs on every gateway request.
  return hash('sha256', key, 'hex');
}

export function looksLikeKey(value: string, kind?: KeyKind): boolean {
  if (!KEY_PATTERN.test(value)) return false;
  return kind ? value.startsWith(KEY_PREFIXES[kind]) : true;
}

/** Display form: `gw_live_…abcd`. */
export function maskKey(prefix: string, lastFour: string): string {
  return `${prefix}…${lastFour}`;
}

/** Constant-time comparison of two hex digests. */
export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
