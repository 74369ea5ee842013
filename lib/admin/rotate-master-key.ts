import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '@/db';
import { listAllSealedCredentials, replaceSealedSecret } from '@/db/queries/credentials';
import { env } from '@/lib/config/env';
import { createKeyRing, open, seal } from '@/lib/crypto/envelope';
import { keyRing, MASTER_KEY_FILE, setKeyRing } from '@/lib/crypto/master-key';
import { credentialAad } from '@/lib/credentials/store';
import { dataDir } from '@/lib/runtime/data-dir';

export interface RotationResult {
  rotated: number;
  newKeyId: string;
  previousKeyId: string;
  /** Only when the key lives in the environment: the operator must install it. */
  newKey?: string;
  instructions?: string;
}

/**
 * Re-seals every stored credential under a new master key, in one transaction.
 *
 * Embedded mode (key file in the data dir): the new key is written to `master.key.next` before
 * anything is re-sealed, and only then swapped in, so a crash at any point leaves every record
 * openable (the loader also reads `.next` and `.previous`).
 * Environment mode: the new key comes from `--new-key` (or is generated) and must then be set as
 * GATEWAY_MASTER_KEY, with the old one in GATEWAY_MASTER_KEY_PREVIOUS until every instance restarts.
 */
export async function rotateMasterKey(database: Database, newKeyBase64?: string): Promise<RotationResult> {
  const oldRing = keyRing();
  const newKey = newKeyBase64 ? Buffer.from(newKeyBase64, 'base64') : randomBytes(32);
  if (newKey.length !== 32) throw new Error('the new master key must be 32 bytes, base64-encoded');
  const fromEnv = Boolean(env().GATEWAY_MASTER_KEY);
  const dir = fromEnv ? '' : dataDir();
  const nextFile = path.join(dir, `${MASTER_KEY_FILE}.next`);
  if (!fromEnv) writeFileSync(nextFile, newKey.toString('base64') + '\n', { mode: 0o600 });

  const newRing = createKeyRing(newKey, [...oldRing.byId.values()].map((k) => k.key));
  const rows = await listAllSealedCredentials(database.db);
  await database.db.transaction(async (tx) => {
    for (const row of rows) {
      const aad = credentialAad(row.orgId, row.id);
      await replaceSealedSecret(tx as unknown as Database['db'], row.id, seal(newRing, open(oldRing, row.sealedSecret, aad), aad));
    }
  });
  setKeyRing(newRing);

  const result: RotationResult = { rotated: rows.length, newKeyId: newRing.current.id, previousKeyId: oldRing.current.id };
  if (fromEnv) {
    result.newKey = newKey.toString('base64');
    result.instructions = 'Set GATEWAY_MASTER_KEY to the new key and add the old key to GATEWAY_MASTER_KEY_PREVIOUS on every instance, then restart them.';
  } else {
    const current = path.join(dir, MASTER_KEY_FILE);
    if (existsSync(current)) writeFileSync(path.join(dir, `${MASTER_KEY_FILE}.previous`), readFileSync(current), { mode: 0o600 });
    renameSync(nextFile, current);
    rmSync(nextFile, { force: true });
  }
  return result;
}
