#!/usr/bin/env node
// The gateway benchmark: `npm run bench` (options: --duration 8 --rounds 3 --requests 1500).
//
// Starts the project's mock upstream (zero delay) and the production build, then measures the
// same OpenAI chat completion called directly against the mock and through the gateway, side by
// side and alternating (direct, gateway, direct, gateway…) so machine noise hits both alike:
//   concurrency 1 : latency p50/p99 and time to first body byte, per request (Node client)
//   concurrency 50: requests/s and latency percentiles (wrk when installed, else a Node client)
// for a non-streaming and a streaming payload, plus the gateway process's CPU time per request
// (from /proc) and its peak RSS (with Postgres, the dashboard runs in a child process of its own,
// whose peak RSS is reported beside it). A bare Node forwarder (bench/bare-forwarder.mjs) runs beside them as
// a calibration: on a busy machine every number moves, the gateway/bare ratios much less.
// The tenant is a new organisation with the default policy set (personal data, secrets and injection
// detected and recorded on every request and response); `--policies none` deletes those first, which
// measures authentication, routing, metering and recording alone (bench/guards.mjs isolates the
// guards' share). Results are printed and written to bench/results/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIsCurrent } from '../scripts/fingerprint.mjs';
import { serverBundle } from '../scripts/paths.mjs';
import { loadC1, loadConcurrent, hasWrk, wrkLoad } from './load.mjs';

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    requests: { type: 'string', default: '1500' },
    concurrency: { type: 'string', default: '50' },
    profile: { type: 'boolean', default: false },
    policies: { type: 'string', default: 'default' },
  },
});
const DURATION = Number(opts.duration);
const ROUNDS = Number(opts.rounds);
const C1_REQUESTS = Number(opts.requests);
const CONCURRENCY = Number(opts.concurrency);
if (!['default', 'none'].includes(opts.policies)) throw new Error('--policies is default or none');
const children = [];

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(cmd, args, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    const onData = (d) => {
      output += d;
      if (ready?.test(output)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (!ready) resolve(child);
    child.once('exit', (code) => reject(new Error(`${cmd} exited with ${code}:\n${output.slice(-2000)}`)));
  });
}

function cpuTicks(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}
const TICK_MS = 1000 / Number(spawnSync('getconf', ['CLK_TCK']).stdout.toString().trim() || 100);
const peakRssMiB = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

function childPids(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function json(url, init) {
  const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...(init?.headers ?? {}) } });
  const body = await res.json();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

// The benchmark keeps its own build, so it never races a rebuild of the default one.
process.env.GATEWAY_BUILD_DIR ||= '.next-bench';

async function main() {
  if (!buildIsCurrent()) {
    console.log('building…');
    if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  const [mockPort, gwPort, barePort] = [await freePort(), await freePort(), await freePort()];
  await start(process.execPath, ['--import', 'tsx', 'scripts/mock-upstream.ts', '--port', String(mockPort), '--no-record'], {}, /listening on/);
  const mockUrl = `http://127.0.0.1:${mockPort}`;
  const bare = await start(process.execPath, ['bench/bare-forwarder.mjs', mockUrl, String(barePort)], {}, /listening on/);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-bench-'));
  const database = process.env.DATABASE_URL ? 'postgres' : 'pglite (embedded)';
  const profileDir = path.resolve('bench/results/profiles');
  const gateway = await start(
    process.execPath,
    [...(opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), serverBundle()],
    { NODE_ENV: 'production', GATEWAY_BUILD_DIR: process.env.GATEWAY_BUILD_DIR, PORT: String(gwPort), HOST: '127.0.0.1', GATEWAY_DATA_DIR: dataDir, LOG_LEVEL: 'warn', GATEWAY_UPSTREAM_OPENAI_URL: mockUrl, NEXT_TELEMETRY_DISABLED: '1' },
    null, // quiet at LOG_LEVEL=warn: readiness comes from polling /api/health below
  );
  const gwUrl = `http://127.0.0.1:${gwPort}`;
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`${gwUrl}/api/health`).catch(() => null))?.ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }

  // A tenant with an OpenAI credential and a gateway key.
  const email = `bench-${Date.now()}@example.com`;
  await json(`${gwUrl}/api/auth/signup`, { method: 'POST', body: JSON.stringify({ email, password: 'benchmark-password', name: 'Bench', organization: 'Bench' }) });
  const admin = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'create-token', '--email', email, '--org', 'Bench'], { env: { ...process.env, GATEWAY_DATA_DIR: dataDir, GATEWAY_CLI: '1' } });
  const token = admin.stdout.toString().trim();
  if (!token.startsWith('gw_mgmt_')) throw new Error(`admin create-token failed: ${admin.stderr}`);
  const auth = { authorization: `Bearer ${token}` };
  await json(`${gwUrl}/api/v1/providers`, { method: 'POST', headers: auth, body: JSON.stringify({ provider: 'openai', api_key: 'sk-bench-upstream-key' }) });
  const { key } = await json(`${gwUrl}/api/v1/keys`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'bench' }) });
  if (opts.policies === 'none') {
    const { items } = await json(`${gwUrl}/api/v1/policies?limit=100`, { headers: auth });
    for (const p of items) await fetch(`${gwUrl}/api/v1/policies/${p.id}`, { method: 'DELETE', headers: auth }).then((r) => r.arrayBuffer());
  }

  const payload = (stream) => JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello, how are you today? Tell me something short.' }], ...(stream ? { stream: true } : {}) });
  const targets = {
    direct: { url: `${mockUrl}/v1/chat/completions`, headers: { authorization: 'Bearer sk-bench-upstream-key', 'content-type': 'application/json' } },
    gateway: { url: `${gwUrl}/api/gateway/openai/v1/chat/completions`, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } },
    bare: { url: `http://127.0.0.1:${barePort}/v1/chat/completions`, headers: { authorization: 'Bearer sk-bench-upstream-key', 'content-type': 'application/json' } },
  };
  const pids = { gateway: gateway.pid, bare: bare.pid };
  const useWrk = hasWrk();
  if (opts.profile) {
    // Profile mode: only the gateway at c=N, non-streaming, then a clean exit writes the profile.
    await loadConcurrent(targets.gateway, payload(false), 10, 2);
    const n = useWrk ? await wrkLoad(targets.gateway, payload(false), CONCURRENCY, DURATION) : await loadConcurrent(targets.gateway, payload(false), CONCURRENCY, DURATION);
    console.log(`profiled ${n.requests} requests at ${Math.round(n.rps)} req/s`);
    gateway.kill('SIGTERM');
    await new Promise((resolve) => gateway.once('exit', resolve));
    console.log(`profile written to ${profileDir}; summarise with: node bench/profile-summary.mjs <file>`);
    return;
  }
  console.log(`database: ${database}; policies: ${opts.policies}; load: ${useWrk ? 'wrk' : 'node'} at c=${CONCURRENCY}, ${DURATION}s x ${ROUNDS} rounds; c=1: ${C1_REQUESTS} requests x ${ROUNDS} rounds\n`);

  const results = {};
  for (const stream of [false, true]) {
    const name = stream ? 'streaming' : 'non-streaming';
    const body = payload(stream);
    const acc = { direct: { c1: [], cN: [] }, gateway: { c1: [], cN: [], cpuMs: 0, requests: 0 }, bare: { c1: [], cN: [], cpuMs: 0, requests: 0 } };
    // Warm both paths (JIT, pools, caches) before measuring.
    await loadConcurrent(targets.gateway, body, 10, 2);
    await loadConcurrent(targets.direct, body, 10, 2);
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of ['direct', 'bare', 'gateway']) {
        const before = pids[side] ? cpuTicks(pids[side]) : 0;
        acc[side].c1.push(await loadC1(targets[side], body, C1_REQUESTS));
        const n = useWrk ? await wrkLoad(targets[side], body, CONCURRENCY, DURATION) : await loadConcurrent(targets[side], body, CONCURRENCY, DURATION);
        acc[side].cN.push(n);
        if (pids[side]) {
          acc[side].cpuMs += (cpuTicks(pids[side]) - before) * TICK_MS;
          acc[side].requests += C1_REQUESTS + n.requests;
        }
      }
    }
    results[name] = summarise(acc);
  }
  results.gateway_peak_rss_mib = Math.round(peakRssMiB(gateway.pid));
  // The dashboard (Next.js) runs in a child of the gateway process when there is one; reported apart.
  const dashboardPid = childPids(gateway.pid)[0];
  if (dashboardPid) results.dashboard_process_peak_rss_mib = Math.round(peakRssMiB(dashboardPid));
  results.database = database;
  results.policies = opts.policies;
  report(results);
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`\nwritten to ${file}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function summarise(acc) {
  const side = (s) => ({
    c1_p50_ms: median(acc[s].c1.map((r) => r.p50)),
    c1_p99_ms: median(acc[s].c1.map((r) => r.p99)),
    c1_ttfb_p50_ms: median(acc[s].c1.map((r) => r.ttfbP50)),
    cN_rps: median(acc[s].cN.map((r) => r.rps)),
    cN_p50_ms: median(acc[s].cN.map((r) => r.p50)),
    cN_p99_ms: median(acc[s].cN.map((r) => r.p99)),
    errors: acc[s].cN.reduce((a, r) => a + r.errors, 0) + acc[s].c1.reduce((a, r) => a + r.errors, 0),
  });
  const direct = side('direct');
  const gateway = side('gateway');
  const bare = side('bare');
  return {
    direct,
    gateway,
    bare_forwarder: { ...bare, cpu_ms_per_request: +(acc.bare.cpuMs / acc.bare.requests).toFixed(4), added_c1_p50_ms: +(bare.c1_p50_ms - direct.c1_p50_ms).toFixed(3) },
    added_c1_p50_ms: +(gateway.c1_p50_ms - direct.c1_p50_ms).toFixed(3),
    added_c1_p99_ms: +(gateway.c1_p99_ms - direct.c1_p99_ms).toFixed(3),
    added_ttfb_p50_ms: +(gateway.c1_ttfb_p50_ms - direct.c1_ttfb_p50_ms).toFixed(3),
    rps_ratio: +(gateway.cN_rps / direct.cN_rps).toFixed(3),
    c1_p50_ratio: +(gateway.c1_p50_ms / direct.c1_p50_ms).toFixed(3),
    gateway_cpu_ms_per_request: +(acc.gateway.cpuMs / acc.gateway.requests).toFixed(4),
  };
}

function report(results) {
  for (const name of ['non-streaming', 'streaming']) {
    const r = results[name];
    console.log(`${name}`);
    console.log(`  c=1   p50 ${r.direct.c1_p50_ms.toFixed(3)} → ${r.gateway.c1_p50_ms.toFixed(3)} ms (+${r.added_c1_p50_ms} ms, x${r.c1_p50_ratio})   p99 ${r.direct.c1_p99_ms.toFixed(3)} → ${r.gateway.c1_p99_ms.toFixed(3)} ms (+${r.added_c1_p99_ms})`);
    console.log(`        ttfb p50 ${r.direct.c1_ttfb_p50_ms.toFixed(3)} → ${r.gateway.c1_ttfb_p50_ms.toFixed(3)} ms (+${r.added_ttfb_p50_ms})`);
    console.log(`  c=${CONCURRENCY}  ${Math.round(r.direct.cN_rps)} → ${Math.round(r.gateway.cN_rps)} req/s (x${r.rps_ratio})   p50 ${r.direct.cN_p50_ms.toFixed(2)} → ${r.gateway.cN_p50_ms.toFixed(2)} ms   p99 ${r.direct.cN_p99_ms.toFixed(2)} → ${r.gateway.cN_p99_ms.toFixed(2)} ms`);
    console.log(`  gateway CPU ${r.gateway_cpu_ms_per_request} ms/request; errors direct ${r.direct.errors}, gateway ${r.gateway.errors}`);
    const b = r.bare_forwarder;
    console.log(`  calibration, bare Node forwarder: c=1 +${b.added_c1_p50_ms} ms, c=${CONCURRENCY} ${Math.round(b.cN_rps)} req/s, CPU ${b.cpu_ms_per_request} ms/request (gateway/bare CPU x${(r.gateway_cpu_ms_per_request / b.cpu_ms_per_request).toFixed(2)})`);
  }
  console.log(`gateway peak RSS ${results.gateway_peak_rss_mib} MiB${results.dashboard_process_peak_rss_mib ? ` (the dashboard's own process, beside it: ${results.dashboard_process_peak_rss_mib} MiB)` : ''}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) child.kill('SIGTERM');
  });
