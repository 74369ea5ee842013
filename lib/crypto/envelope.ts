import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM envelope for stored provider credentials.
 *
 * Format (one text column): `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). The key id lets
 * the master key rotate: records name the key that sealed them, and `keys:rotate-master` re-seals
 * them under the new one. The associated data binds a ciphertext to its row (organisation and
 * credential id), so a sealed secret copied into another tenant's row fails to open.
 */

export interface MasterKey {
  id: string;
  key: Buffer;
}

export interface KeyRing {
  current: MasterKey;
  /** Every key that may still open records, the current one included. */
  byId: Map<string, MasterKey>;
}

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptionError';
  }
}

const VERSION = 'v1';

/** Short, stable identifier of a key: not secret, but reveals nothing useful about it. */
export function masterKeyId(key: Buffer): string {
  return createHash('sha256').update('ai-gateway-master-key-id:').update(key).digest('hex').slice(0, 12);
}

export function toMasterKey(key: Buffer): MasterKey {
  if (key.length !== 32) throw new Error('master key must be 32 bytes');
  return { id: masterKeyId(key), key };
}

export function createKeyRing(current: Buffer, previous: Buffer[] = []): KeyRing {
  const currentKey = toMasterKey(current);
  const byId = new Map<string, MasterKey>();
  for (const key of previous.map(toMasterKey)) byId.set(key.id, key);
  byId.set(currentKey.id, currentKey);
  return { current: currentKey, byId };
}

export function seal(ring: KeyRing, plaintext: string, associatedData: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', ring.current.key, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, ring.current.id, iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function sealedKeyId(sealed: string): string {
  const [version, keyId] = sealed.split('.');
  if (version !== VERSION || !keyId) throw new DecryptionError('not a sealed secret');
  return keyId;
}

export function open(ring: KeyRing, sealed: string, associatedData: string): string {
  const parts = sealed.split('.');
  if (parts.length !== 5 || parts[0] !== VERSION) throw new DecryptionError('not a sealed secret');
  const [, keyId, iv, tag, ciphertext] = parts;
  const key = ring.byId.get(keyId);
  if (!key) throw new DecryptionError(`sealed with master key ${keyId}, which is not configured`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptionError('sealed secret failed authentication');
  }
}
