/** `npm run db:migrate`: applies committed migrations (the server also does this at start). */
import { closeDatabase, getDatabase } from '@/db';
import { readLock } from '@/db/embedded-lock';
import { env } from '@/lib/config/env';
import { dataDir } from '@/lib/runtime/data-dir';

async function main() {
  if (!env().DATABASE_URL && readLock(dataDir())) {
    process.stdout.write('the running server owns the embedded database and has already applied migrations\n');
    return;
  }
  const database = await getDatabase();
  process.stdout.write(`migrations applied (${database.driver})\n`);
  await closeDatabase();
}

main().catch((error: Error) => {
  process.stderr.write(`error: ${error.message}\n`);
  process.exit(1);
});
