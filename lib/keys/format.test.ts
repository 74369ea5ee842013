import { describe, expect, it } from 'vitest';
import { generateKey, hashKey, hashesEqual, looksLikeKey, maskKey } from './format';

describe('gateway key format', () => {
  it('has the prefix and 40 base62 characters', () => {
    const { key, prefix, lastFour, hash } = generateKey('live');
    expect(key).toMatch(/^gw_live_[0-9A-Za-z]{40}$/);
    expect(prefix).toBe('gw_live_');
    expect(lastFour).toBe(key.slice(-4));
    expect(hash).toBe(hashKey(key));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('produces distinct keys and recognises each kind', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateKey('test').key));
    expect(keys.size).toBe(200);
    expect(looksLikeKey(generateKey('management').key, 'management')).toBe(true);
    expect(looksLikeKey(generateKey('live').key, 'management')).toBe(false);
    expect(looksLikeKey('sk-not-ours')).toBe(false);
  });

  it('masks for display and compares hashes in constant time', () => {
    expect(maskKey('gw_live_', 'abcd')).toBe('gw_live_…abcd');
    const h = hashKey('x');
    expect(hashesEqual(h, hashKey('x'))).toBe(true);
    expect(hashesEqual(h, hashKey('y'))).toBe(false);
  });
});
