// `npm run test:cluster`: the production topology of docker-compose.yml without containers. Two
// built instances (`node dist/server.mjs`) on two ports behind Debian's nginx running
// deploy/nginx.conf, sharing a fresh Postgres database (through a TCP proxy this script can cut)
// and a redis-server of its own (stopped and restarted here; the shared one is never touched),
// with the mock upstream as the provider. It shows that the per-key limit holds across both
// instances, a revoked key stops working on both within 5 s, traffic continues while Redis and
// then Postgres blink, SIGTERM lets a stream finish and exits 0, and the `requests` table ends up
// with exactly one row per request served. Prints a summary; exits 1 on any failed check.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http2 from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { api, burst, chat, countBy, ledger, loop, metric } from './cluster/client.mjs';
import { ensureNginx, freePort, nginxConfig, startProcess, startRedis, startTcpProxy, waitFor } from './cluster/processes.mjs';
import { buildIsCurrent } from './fingerprint.mjs';
import { serverBundle } from './paths.mjs';

const t0 = Date.now();
const say = (msg) => console.log(`[cluster ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${msg}`);
const checks = [];
function check(name, ok, detail) {
  checks.push({ name, ok, detail });
  say(`${ok ? '✔' : '✖'} ${name} — ${detail}`);
}

const TSX = 'node_modules/tsx/dist/cli.mjs';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gw-cluster-'));
const logDir = path.join(tmp, 'logs');
mkdirSync(logDir);
const cleanups = [];
const processes = [];


async function main() {
  // 0. Build when stale.
  if (!buildIsCurrent()) {
    say('building (sources changed since the last build)…');
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
  }
  const bundle = serverBundle();
  const nginxBin = ensureNginx();
  const [app1Port, app2Port, httpPort, h2cPort, redisPort, pgPort, mockPort] = await Promise.all(Array.from({ length: 7 }, freePort));

  // 1. Redis of our own, Postgres database behind a cuttable proxy, the mock upstream.
  let redis = await startRedis(redisPort, logDir);
  cleanups.push(() => redis.stop('SIGKILL'));
  const adminUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const dbName = `gw_cluster_${randomBytes(5).toString('hex')}`;
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${dbName}`);
  cleanups.push(async () => {
    await admin.unsafe(`drop database if exists ${dbName} with (force)`).catch(() => {});
    await admin.end();
  });
  const directUrl = new URL(adminUrl);
  directUrl.pathname = `/${dbName}`;
  const proxiedUrl = new URL(directUrl);
  proxiedUrl.host = `127.0.0.1:${pgPort}`;
  const pgProxy = await startTcpProxy(pgPort, { host: adminUrl.hostname, port: Number(adminUrl.port || 5432) });
  cleanups.push(() => pgProxy.close());
  const db = postgres(directUrl.toString(), { max: 2, onnotice: () => {} });
  cleanups.push(() => db.end());

  const mock = startProcess('mock-upstream', process.execPath, [TSX, 'scripts/mock-upstream.ts', '--port', String(mockPort), '--no-record'], { logDir });
  processes.push(mock);
  const mockUrl = `http://127.0.0.1:${mockPort}`;
  await waitFor('mock upstream', async () => (await fetch(`${mockUrl}/__mock/health`)).ok, 60_000);

  // 2. Two instances sharing Postgres (via the proxy) and Redis, then nginx in front.
  const shared = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: proxiedUrl.toString(),
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    GATEWAY_MASTER_KEY: randomBytes(32).toString('base64'),
    NEXTAUTH_SECRET: randomBytes(48).toString('base64'),
    GATEWAY_UPSTREAM_OPENAI_URL: mockUrl,
    GATEWAY_SHUTDOWN_GRACE_MS: '15000',
    LOG_LEVEL: 'info',
  };
  const instances = [
    { name: 'app1', port: app1Port },
    { name: 'app2', port: app2Port },
  ].map((i) => ({ ...i, base: `http://127.0.0.1:${i.port}` }));
  for (const i of instances) {
    i.proc = startProcess(i.name, process.execPath, [bundle], { logDir, env: { ...shared, PORT: String(i.port), GATEWAY_DATA_DIR: path.join(tmp, i.name) } });
    processes.push(i.proc);
  }
  await Promise.all(
    instances.map((i) =>
      waitFor(`${i.name} ready`, async () => {
        if (i.proc.child.exitCode !== null) throw Object.assign(new Error(`${i.name} exited`), { fatal: true });
        return (await fetch(`${i.base}/api/health/ready`)).ok;
      }, 180_000, 250),
    ),
  );
  say(`instances ready on :${app1Port} and :${app2Port} (Postgres via proxy :${pgPort}, Redis :${redisPort})`);
  const nginx = startProcess('nginx', nginxBin, ['-c', nginxConfig(tmp, { instances: [app1Port, app2Port], http: httpPort, h2c: h2cPort }), '-p', tmp], { logDir });
  processes.push(nginx);
  const lb = `http://127.0.0.1:${httpPort}`;
  await waitFor('nginx', async () => (await fetch(`${lb}/api/health`)).ok, 20_000);
  say(`nginx on :${httpPort} (HTTP/1.1) and :${h2cPort} (cleartext HTTP/2)`);

  // 3. A tenant: sign-up through nginx, a management token from the operator CLI, a credential.
  const email = `cluster-${Date.now()}@example.com`;
  const signup = await api(lb, 'POST', '/api/auth/signup', { body: { email, password: 'correct horse battery staple', name: 'Cluster', organization: 'Cluster Inc' } });
  if (signup.status !== 201) throw new Error(`signup: ${JSON.stringify(signup.body)}`);
  const cli = spawnSync(process.execPath, [TSX, 'scripts/admin.ts', 'create-token', '--email', email, '--org', signup.body.organization.id], {
    env: { ...process.env, GATEWAY_CLI: '1', DATABASE_URL: directUrl.toString(), REDIS_URL: '', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  if (cli.status !== 0) throw new Error(`create-token: ${cli.stderr}`);
  const token = cli.stdout.trim();
  const cred = await api(lb, 'POST', '/api/v1/providers', { token, body: { provider: 'openai', name: 'default', api_key: 'sk-cluster-credential-0001' } });
  if (cred.status !== 201) throw new Error(`credential: ${JSON.stringify(cred.body)}`);
  const newKey = async (name, extra = {}) => {
    const res = await api(lb, 'POST', '/api/v1/keys', { token, body: { name, ...extra } });
    if (res.status !== 201) throw new Error(`key: ${JSON.stringify(res.body)}`);
    return { key: res.body.key, id: res.body.id };
  };
  const sumOver = async (name, match) => (await Promise.all(instances.map((i) => metric(i.base, name, match)))).reduce((a, b) => a + b, 0);

  // 4. The per-key limit holds across both instances.
  {
    const limit = 40;
    const { key } = await newKey('limited', { rate_limit_rpm: limit });
    const before = await Promise.all(instances.map((i) => metric(i.base, 'gateway_requests_total')));
    const hitsBefore = await sumOver('gateway_rate_limit_hits_total', 'scope="key"');
    const results = await burst(100, 10, () => chat(lb, key));
    const statuses = countBy(results, (r) => r.status);
    const after = await Promise.all(instances.map((i) => metric(i.base, 'gateway_requests_total')));
    const served = after.map((v, n) => v - before[n]);
    const hits = (await sumOver('gateway_rate_limit_hits_total', 'scope="key"')) - hitsBefore;
    const ok = statuses[200] ?? 0;
    check('per-key limit across instances', ok >= limit && ok <= limit + 2 && ok + (statuses[429] ?? 0) === 100, `limit ${limit}/min, 100 sent through nginx: ${ok} allowed, ${statuses[429] ?? 0} refused (429)`);
    check('both instances served the burst', served.every((s) => s > 0) && served[0] + served[1] === 100, `app1 ${served[0]}, app2 ${served[1]} (their own /api/metrics)`);
    check('rate-limit hits counted', hits === (statuses[429] ?? 0), `gateway_rate_limit_hits_total{scope="key"} +${hits}`);
  }

  // 5. A key revoked on one instance stops working on both within 5 s.
  {
    const { key, id } = await newKey('to revoke');
    for (const i of instances) for (let n = 0; n < 2; n++) await chat(i.base, key);
    const warm = ledger.slice(-4).every((r) => r.status === 200);
      const del = await api(instances[0].base, 'DELETE', `/api/v1/keys/${id}`, { token });
    const times = await Promise.all(instances.map((i) => waitFor(`revocation on ${i.name}`, async () => (await chat(i.base, key)).status === 401, 10_000, 50).catch(() => Infinity)));
    const viaLb = await chat(lb, key);
    check('revocation reaches both instances within 5 s', warm && del.status === 200 && times.every((t) => t <= 5000) && viaLb.status === 401, `revoked on app1; 401 on app1 after ${times[0]} ms, on app2 after ${times[1]} ms`);
  }

  // 6. Redis stops for a few seconds mid-burst: traffic continues (fail open), then limits resume.
  {
    const { key } = await newKey('redis blink', { rate_limit_rpm: 100_000 });
    const degradedBefore = await sumOver('gateway_rate_limit_degraded_total');
    let down = 0;
    let up = 0;
    const end = Date.now() + 8000;
    const traffic = loop(4, () => chat(lb, key), () => Date.now() > end);
    await sleep(1500);
    await redis.stop('SIGKILL');
    down = Date.now();
    await sleep(3000);
    redis = await startRedis(redisPort, logDir);
    up = Date.now();
    const results = await traffic;
    const byId = new Map(ledger.map((l) => [l.id, l]));
    const during = results.filter((r) => byId.get(r.id).done > down && byId.get(r.id).at < up);
    const statuses = countBy(results, (r) => r.status);
    const degraded = (await sumOver('gateway_rate_limit_degraded_total')) - degradedBefore;
    check('traffic continues while Redis is down', (statuses[200] ?? 0) === results.length && during.length > 0, `${results.length} requests, all 200 (${during.length} while Redis was down for ${up - down} ms); gateway_rate_limit_degraded_total +${degraded}`);
    const resumedIn = await waitFor('limits enforced again', async () => {
      const fresh = await newKey('after redis', { rate_limit_rpm: 10 });
      const r = await burst(20, 4, () => chat(lb, fresh.key));
      return r.filter((x) => x.status === 200).length === 10;
    }, 20_000, 500).catch(() => Infinity);
    check('limits resume after Redis returns', resumedIn !== Infinity, `a fresh key with 10/min: exactly 10 of 20 allowed, ${resumedIn} ms after the restart checks began`);
  }

  // 7. Postgres unreachable for a few seconds mid-burst: traffic continues, no usage row is lost.
  {
    const { key } = await newKey('postgres blink');
    for (const i of instances) await chat(i.base, key);
    let cutAt = 0;
    let restoredAt = 0;
    const end = Date.now() + 9000;
    const traffic = loop(4, () => chat(lb, key), () => Date.now() > end);
    await sleep(1500);
    await pgProxy.cut();
    cutAt = Date.now();
    await sleep(4000);
    await pgProxy.restore();
    restoredAt = Date.now();
    const results = await traffic;
    const byId = new Map(ledger.map((l) => [l.id, l]));
    const during = results.filter((r) => byId.get(r.id).done > cutAt && byId.get(r.id).at < restoredAt);
    const statuses = countBy(results, (r) => r.status);
    const spooledPeak = Math.max(...(await Promise.all(instances.map((i) => metric(i.base, 'gateway_usage_spooled_rows')))));
    check('traffic continues while Postgres is unreachable', (statuses[200] ?? 0) === results.length && during.length > 0, `${results.length} requests, all 200 (${during.length} during the ${restoredAt - cutAt} ms cut; rows spooled to disk: ${spooledPeak} still waiting right after)`);
  }

  // 8. Cleartext HTTP/2 through nginx (the AWS SDK's default for Bedrock).
  {
    const session = http2.connect(`http://127.0.0.1:${h2cPort}`);
    const status = await new Promise((resolve, reject) => {
      const req = session.request({ ':path': '/api/health' });
      req.on('response', (h) => resolve(h[':status']));
      req.on('error', reject);
      req.end();
    }).finally(() => session.close());
    check('cleartext HTTP/2 through nginx', status === 200, `GET /api/health over h2c: ${status}`);
  }

  // 9. SIGTERM: app1 stops accepting, finishes its stream, flushes, exits 0; traffic moves to app2.
  {
    const { key } = await newKey('shutdown');
    await api(mockUrl, 'POST', '/__mock/behavior', { body: { chunkDelayMs: 300, count: 1 } });
    const id = randomUUID();
    const res = await fetch(`${instances[0].base}/api/gateway/openai/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'x-request-id': id },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'a slow stream across a shutdown' }], stream: true }),
    });
    const reader = res.body.getReader();
    let text = new TextDecoder().decode((await reader.read()).value);
    const termAt = Date.now();
    instances[0].proc.child.kill('SIGTERM');
    await sleep(300);
    const during = await burst(10, 2, () => chat(lb, key));
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    ledger.push({ id, status: res.status, at: termAt, done: Date.now() });
    const exit = await instances[0].proc.exited;
    const streamed = text.includes('data: [DONE]');
    check('SIGTERM lets the stream finish and exits 0', res.status === 200 && streamed && exit.code === 0, `stream ${streamed ? 'complete' : 'cut short'} ${Date.now() - termAt} ms after SIGTERM; exit code ${exit.code}`);
    check('traffic moves to the other instance during shutdown', during.every((r) => r.status === 200), `10 requests through nginx after SIGTERM: ${JSON.stringify(countBy(during, (r) => r.status))}`);
  }

  // 10. Exactly one `requests` row per request served: none lost, none doubled.
  {
    const expected = ledger.filter((l) => l.status !== 401);
    const unexpected = ledger.filter((l) => ![200, 401, 429].includes(l.status));
    const waited = await waitFor('every usage row written', async () => {
      const [{ n }] = await db`select count(*)::int as n from requests`;
      return n >= expected.length;
    }, 90_000, 500).catch(() => Infinity);
    const [{ n, distinct }] = await db`select count(*)::int as n, count(distinct request_id)::int as distinct from requests`;
    const ids = new Set((await db`select request_id from requests`).map((r) => r.request_id));
    const lost = expected.filter((l) => !ids.has(l.id));
    const missing = lost.length;
    if (missing > 0) say(`rows missing for: ${JSON.stringify(lost.slice(0, 5).map((l) => ({ id: l.id, status: l.status, at: new Date(l.at).toISOString() })))}`);
    check('one requests row per request served', n === expected.length && distinct === n && missing === 0 && unexpected.length === 0, `${ledger.length} calls (${ledger.length - expected.length} refused as unauthenticated: no row); ${expected.length} served → ${n} rows, ${distinct} distinct request ids, ${missing} missing${waited === Infinity ? '' : `, all written ${waited} ms after the last call`}${unexpected.length ? `; unexpected statuses ${JSON.stringify(countBy(unexpected, (l) => l.status))}` : ''}`);
    const logLines = instances.map((i) => readFileSync(i.proc.logFile, 'utf8').split('\n').filter((l) => l.includes('"msg":"request"')).length);
    check('one log line per request', logLines[0] + logLines[1] === ledger.length, `app1 ${logLines[0]} + app2 ${logLines[1]} request lines for ${ledger.length} calls`);
  }

  const exit2 = await instances[1].proc.stop('SIGTERM');
  check('app2 stops cleanly', exit2.code === 0, `exit code ${exit2.code}`);

  // 11. Without Redis, change events travel over Postgres LISTEN/NOTIFY: two fresh instances.
  {
    const pgOnly = [];
    for (const name of ['app3', 'app4']) {
      const port = await freePort();
      const proc = startProcess(name, process.execPath, [bundle], { logDir, env: { ...shared, REDIS_URL: '', PORT: String(port), GATEWAY_DATA_DIR: path.join(tmp, name) } });
      processes.push(proc);
      pgOnly.push({ name, base: `http://127.0.0.1:${port}`, proc });
    }
    await Promise.all(pgOnly.map((i) => waitFor(`${i.name} ready`, async () => (await fetch(`${i.base}/api/health/ready`)).ok, 120_000, 250)));
    const created = await api(pgOnly[0].base, 'POST', '/api/v1/keys', { token, body: { name: 'postgres transport' } });
    for (const i of pgOnly) await chat(i.base, created.body.key);
    const warm = ledger.slice(-2).every((r) => r.status === 200);
    await api(pgOnly[0].base, 'DELETE', `/api/v1/keys/${created.body.id}`, { token });
    const ms = await waitFor('revocation on app4', async () => (await chat(pgOnly[1].base, created.body.key)).status === 401, 10_000, 50).catch(() => Infinity);
    const transport = readFileSync(pgOnly[1].proc.logFile, 'utf8').includes('"transport":"postgres"');
    check('revocation over Postgres LISTEN/NOTIFY (no Redis)', warm && transport && ms <= 5000, `revoked on app3; 401 on app4 after ${ms} ms`);
    for (const i of pgOnly) await i.proc.stop('SIGTERM');
  }
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(`\n[cluster] aborted: ${error.stack ?? error}`);
  for (const p of processes) {
    try {
      const tail = readFileSync(p.logFile, 'utf8').trim().split('\n').slice(-15).join('\n');
      console.error(`\n--- ${p.name} (last lines of ${p.logFile})\n${tail}`);
    } catch {
      // no log
    }
  }
} finally {
  for (const p of processes.reverse()) await p.stop(p.name === 'nginx' ? 'SIGQUIT' : 'SIGTERM', 20_000).catch(() => {});
  for (const fn of cleanups.reverse()) await Promise.resolve().then(fn).catch(() => {});
}

const passed = checks.filter((c) => c.ok).length;
console.log(`\n=== cluster test summary (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
for (const c of checks) console.log(`${c.ok ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
const ok = !failed && passed === checks.length;
console.log(`${passed}/${checks.length} checks passed${failed ? '; the run was aborted' : ''}.${ok ? '' : ` Logs: ${logDir}`}`);
if (ok) rmSync(tmp, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
