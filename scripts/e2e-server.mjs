// The server the Playwright suites run against: the production build (rebuilt when stale), a fresh
// data directory, and a fresh database (a new Postgres database when DATABASE_URL is set, else
// embedded PGlite), so every run starts from nothing.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIsCurrent } from './fingerprint.mjs';
import { serverBundle } from './paths.mjs';

if (!buildIsCurrent()) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

process.env.NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.PORT = process.env.E2E_PORT ?? '3100';
process.env.HOST = '127.0.0.1';
process.env.GATEWAY_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'gw-e2e-'));
process.env.LOG_LEVEL ??= 'warn';

if (process.env.DATABASE_URL) {
  const { default: postgres } = await import('postgres');
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  // Databases of earlier runs (their servers are gone) are dropped here rather than at exit,
  // because the server is stopped with a signal and cannot run async cleanup reliably. One that still
  // has connections belongs to a run in progress (another port or checkout) and is left alone.
  const stale = await admin`
    select d.datname from pg_database d
    where d.datname like 'gw_e2e_%' and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)`;
  for (const { datname } of stale) await admin.unsafe(`drop database if exists ${datname}`).catch(() => {});
  const name = `gw_e2e_${randomBytes(5).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
}

await import(pathToFileURL(path.resolve(serverBundle())).href);
