import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log';

/** Absolute path of the data directory (embedded database, generated secrets), created 0700. */
export function dataDir(): string {
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().GATEWAY_DATA_DIR);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/**
 * Reads a secret file from the data dir, creating it with `generate()` the first time. Used so a
 * fresh clone runs with no configuration; production sets the matching environment variable instead.
 */
export function loadOrCreateSecret(fileName: string, variable: string, generate: () => string): string {
  const file = path.join(/*turbopackIgnore: true*/ dataDir(), fileName);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  // The gateway and dashboard processes start together and may both get here: the secret is
  // written whole to a private file and then linked into place, which only one of them can do;
  // the other reads the winner's value.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, generate() + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(draft, 0o600);
  try {
    linkSync(draft, file);
    log.warn({ file, variable }, `${variable} is not set; generated one into the data directory. Set ${variable} in production.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  return readFileSync(file, 'utf8').trim();
}
