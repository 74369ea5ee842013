// The server the Playwright suites run against: the production build (rebuilt when stale), a fresh
// data directory, a fresh database (a new Postgres database when DATABASE_URL is set, else
// embedded PGlite), so every run starts from nothing, and the mock upstream beside it.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
  // The name carries its creation time, so a run that has created its database but not yet
  // connected to it is not mistaken for a leftover.
  const now = Math.floor(Date.now() / 1000);
  const stale = await admin`
    select d.datname from pg_database d
    where d.datname like 'gw_e2e_%' and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)`;
  for (const { datname } of stale) {
    const created = Number(/^gw_e2e_(\d+)_/.exec(datname)?.[1] ?? 0);
    if (now - created < 3600) continue;
    await admin.unsafe(`drop database if exists ${datname}`).catch(() => {});
  }
  const name = `gw_e2e_${now}_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
}

// The mock upstream (lib/testing/mock-upstream) on a free port, in its own process. OpenAI traffic
// goes there through the operator's upstream override (GATEWAY_UPSTREAM_OPENAI_URL, the documented
// way to point a provider at another base URL), so a stored OpenAI credential reaches it without
// allowing private upstreams for tenant-supplied URLs. Suites that inspect what the upstream
// received read its URL from <tmpdir>/gw-e2e-mock-upstream-<port>.url.
const mock = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/mock-upstream.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
process.on('exit', () => mock.kill());
const mockUrl = await new Promise((resolve, reject) => {
  let out = '';
  mock.once('exit', (code) => reject(new Error(`mock upstream exited (${code}) before listening: ${out}`)));
  mock.stdout.on('data', (chunk) => {
    out += chunk;
    const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
    if (url) resolve(url);
  });
});
mock.removeAllListeners('exit');
mock.on('exit', (code, signal) => {
  if (signal !== 'SIGTERM' && signal !== 'SIGKILL') console.error(`mock upstream exited (${code ?? signal})`);
});
process.env.GATEWAY_UPSTREAM_OPENAI_URL ??= mockUrl;
writeFileSync(path.join(os.tmpdir(), `gw-e2e-mock-upstream-${process.env.PORT}.url`), mockUrl);

await import(pathToFileURL(path.resolve(serverBundle())).href);
