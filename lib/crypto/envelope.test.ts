import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyRing, DecryptionError, open, seal, sealedKeyId } from './envelope';

describe('credential envelope', () => {
  const key = randomBytes(32);
  const ring = createKeyRing(key);

  it('round-trips and never contains the plaintext', () => {
    const sealed = seal(ring, 'sk-live-secret-value', 'org1:cred1');
    expect(sealed).not.toContain('sk-live');
    expect(open(ring, sealed, 'org1:cred1')).toBe('sk-live-secret-value');
  });

  it('uses a fresh 96-bit IV each time', () => {
    const a = seal(ring, 'same', 'ad');
    const b = seal(ring, 'same', 'ad');
    expect(a).not.toBe(b);
    expect(Buffer.from(a.split('.')[2], 'base64url')).toHaveLength(12);
  });

  it('refuses a ciphertext moved to another row', () => {
    const sealed = seal(ring, 'secret', 'org1:cred1');
    expect(() => open(ring, sealed, 'org2:cred1')).toThrow(DecryptionError);
  });

  it('refuses a tampered ciphertext', () => {
    const parts = seal(ring, 'secret', 'ad').split('.');
    const ct = Buffer.from(parts[4], 'base64url');
    ct[0] ^= 1;
    parts[4] = ct.toString('base64url');
    expect(() => open(ring, parts.join('.'), 'ad')).toThrow(DecryptionError);
  });

  it('opens records sealed under a previous key after rotation', () => {
    const sealed = seal(ring, 'old', 'ad');
    const next = randomBytes(32);
    const rotated = createKeyRing(next, [key]);
    expect(open(rotated, sealed, 'ad')).toBe('old');
    const resealed = seal(rotated, 'old', 'ad');
    expect(sealedKeyId(resealed)).toBe(rotated.current.id);
    expect(() => open(createKeyRing(next), sealed, 'ad')).toThrow(/not configured/);
  });
});
