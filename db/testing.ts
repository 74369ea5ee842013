import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, type Database } from './client';

/**
 * A fresh, migrated database for one test file: a new Postgres database when DATABASE_URL is set
 * (dropped afterwards), in-memory PGlite otherwise. Tests never share rows.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) return openPglite(undefined);
  const { default: postgres } = await import('postgres');
  const name = `gw_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { poolSize: 5 });
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
