import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/config/env';
import { dataDir, loadOrCreateSecret } from '@/lib/runtime/data-dir';
import { processSingleton } from '@/lib/runtime/singleton';
import { createKeyRing, type KeyRing } from './envelope';

export const MASTER_KEY_FILE = 'master.key';

function decode(value: string): Buffer {
  return Buffer.from(value.trim(), 'base64');
}

/** Keys left beside the current one by an interrupted or finished rotation (embedded mode). */
function rotationKeyFiles(): Buffer[] {
  return ['.next', '.previous']
    .map((suffix) => path.join(/*turbopackIgnore: true*/ dataDir(), MASTER_KEY_FILE + suffix))
    .filter((file) => existsSync(file))
    .map((file) => decode(readFileSync(file, 'utf8')));
}

/** The master key from GATEWAY_MASTER_KEY, or one generated into the data dir on first start. */
export function loadKeyRing(): KeyRing {
  const config = env();
  const current = config.GATEWAY_MASTER_KEY ?? loadOrCreateSecret(MASTER_KEY_FILE, 'GATEWAY_MASTER_KEY', () => randomBytes(32).toString('base64'));
  const previous = (config.GATEWAY_MASTER_KEY_PREVIOUS ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map(decode);
  if (!config.GATEWAY_MASTER_KEY) previous.push(...rotationKeyFiles());
  return createKeyRing(decode(current), previous);
}

interface KeyRingHolder {
  ring?: KeyRing;
}

const holder = processSingleton<KeyRingHolder>('master-key-ring', () => ({}));

export function keyRing(): KeyRing {
  holder.ring ??= loadKeyRing();
  return holder.ring;
}

/** After a rotation in this process (or in tests). */
export function setKeyRing(ring: KeyRing | undefined): void {
  holder.ring = ring;
}
