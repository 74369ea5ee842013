import { randomBytes } from 'node:crypto';
import { env } from '@/lib/config/env';
import { loadOrCreateSecret } from '@/lib/runtime/data-dir';

/** NEXTAUTH_SECRET, or one generated into the data dir so a fresh clone needs no configuration. */
export function authSecret(): string {
  const value = env().NEXTAUTH_SECRET ?? loadOrCreateSecret('auth-secret', 'NEXTAUTH_SECRET', () => randomBytes(32).toString('base64url'));
  // next-auth's helpers (getToken) also read it from the environment.
  process.env.NEXTAUTH_SECRET ??= value;
  return value;
}
