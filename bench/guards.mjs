#!/usr/bin/env node
// What the request and response guards cost: `node bench/guards.mjs [--requests 1000] [--rounds 3]`.
//
// The production build and the project's mock upstream, two organisations on one gateway: one with
// no policies, one with the default policy set new organisations get (PII and secrets recorded on
// requests and responses, prompt injection recorded). The same 4 KB chat request (a system prompt,
// a user message with an e-mail address and a phone number, a tool result) goes to both, sequential
// on one keep-alive connection, alternating in blocks so machine noise hits both alike. Each request
// carries a counter in its user message, so no part of the guards' work can be skipped as seen
// before. Reported: p50 / p99 latency per side, the p50 the guards add, and the gateway's CPU time
// per request on each side (from /proc), non-streaming and streaming.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { buildIsCurrent } from '../scripts/fingerprint.mjs';
import { serverBundle } from '../scripts/paths.mjs';

const { values: opts } = parseArgs({ options: { requests: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '3' } } });
const REQUESTS = Number(opts.requests);
const ROUNDS = Number(opts.rounds);
const children = [];
process.env.GATEWAY_BUILD_DIR ||= '.next-bench';

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function start(args, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    const onData = (d) => {
      output += d;
      if (ready?.test(output)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (!ready) resolve(child);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output.slice(-2000)}`)));
  });
}

async function json(url, init = {}) {
  const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } });
  const body = await res.json();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

const cpuTicks = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
};
const TICK_MS = 1000 / Number(spawnSync('getconf', ['CLK_TCK']).stdout.toString().trim() || 100);
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const SENTENCE = 'The quarterly review covers revenue, hiring and the roadmap for the Berlin and Lisbon offices. ';
const fill = (n) => SENTENCE.repeat(Math.ceil(n / SENTENCE.length)).slice(0, n);
let counter = 0;
function body(stream) {
  const n = ++counter;
  return JSON.stringify({
    model: 'gpt-4o-mini',
    max_tokens: 64,
    ...(stream ? { stream: true } : {}),
    messages: [
      { role: 'system', content: 'You are a helpful assistant for the finance team. Answer briefly. ' + fill(600) },
      { role: 'user', content: `Request ${n}: summarise the notes below and send them to anna.keller@example.com or call +49 30 901820. ` + fill(1300) },
      { role: 'user', content: 'Tool output: ' + fill(2100) },
    ],
  });
}

async function tenant(gwUrl, dataDir, name) {
  const email = `bench-${name}-${Date.now()}@example.com`;
  await json(`${gwUrl}/api/auth/signup`, { method: 'POST', body: JSON.stringify({ email, password: 'benchmark-password', name, organization: name }) });
  const admin = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'create-token', '--email', email, '--org', name], { env: { ...process.env, GATEWAY_DATA_DIR: dataDir, GATEWAY_CLI: '1' } });
  const token = admin.stdout.toString().trim();
  if (!token.startsWith('gw_mgmt_')) throw new Error(`admin create-token failed: ${admin.stderr}`);
  const auth = { authorization: `Bearer ${token}` };
  await json(`${gwUrl}/api/v1/providers`, { method: 'POST', headers: auth, body: JSON.stringify({ provider: 'openai', api_key: 'sk-bench-upstream-key' }) });
  const { key } = await json(`${gwUrl}/api/v1/keys`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'bench' }) });
  return { key, auth };
}

async function sequential(pool, key, stream, requests) {
  const lat = [];
  let errors = 0;
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    const res = await pool.request({ method: 'POST', path: '/api/gateway/openai/v1/chat/completions', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body(stream) });
    for await (const chunk of res.body) void chunk;
    if (res.statusCode === 200) lat.push(performance.now() - t0);
    else errors++;
  }
  lat.sort((a, b) => a - b);
  return { p50: pct(lat, 0.5), p99: pct(lat, 0.99), errors };
}

async function main() {
  if (!buildIsCurrent()) {
    console.log('building…');
    if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  const [mockPort, gwPort] = [await freePort(), await freePort()];
  await start(['--import', 'tsx', 'scripts/mock-upstream.ts', '--port', String(mockPort), '--no-record'], {}, /listening on/);
  const mockUrl = `http://127.0.0.1:${mockPort}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-bench-guards-'));
  const gateway = await start([serverBundle()], { NODE_ENV: 'production', PORT: String(gwPort), HOST: '127.0.0.1', GATEWAY_DATA_DIR: dataDir, LOG_LEVEL: 'warn', GATEWAY_REQUEST_LOG: 'false', GATEWAY_UPSTREAM_OPENAI_URL: mockUrl, NEXT_TELEMETRY_DISABLED: '1' }, null);
  const gwUrl = `http://127.0.0.1:${gwPort}`;
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`${gwUrl}/api/health`).catch(() => null))?.ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const guarded = await tenant(gwUrl, dataDir, 'Guarded');
  const bare = await tenant(gwUrl, dataDir, 'Unguarded');
  const policies = await json(`${gwUrl}/api/v1/policies`, { headers: bare.auth });
  for (const p of policies.items) await fetch(`${gwUrl}/api/v1/policies/${p.id}`, { method: 'DELETE', headers: bare.auth });
  console.log(`guarded organisation: ${policies.items.map((p) => p.name).join('; ')}`);
  console.log(`request body ${(body(false).length / 1024).toFixed(1)} KB, ${REQUESTS} sequential requests per side and round, ${ROUNDS} rounds\n`);

  const pool = new Pool(gwUrl, { connections: 1, pipelining: 1, keepAliveTimeout: 30_000 });
  for (const stream of [false, true]) {
    const acc = { none: { p50: [], p99: [], cpu: 0, n: 0 }, defaults: { p50: [], p99: [], cpu: 0, n: 0 } };
    await sequential(pool, guarded.key, stream, 200);
    await sequential(pool, bare.key, stream, 200);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [side, t] of [['none', bare], ['defaults', guarded]]) {
        const before = cpuTicks(gateway.pid);
        const r = await sequential(pool, t.key, stream, REQUESTS);
        acc[side].cpu += (cpuTicks(gateway.pid) - before) * TICK_MS;
        acc[side].n += REQUESTS;
        acc[side].p50.push(r.p50);
        acc[side].p99.push(r.p99);
        if (r.errors) console.log(`  ${side}: ${r.errors} errors`);
      }
    }
    const s = (side) => ({ p50: median(acc[side].p50), p99: median(acc[side].p99), cpu: acc[side].cpu / acc[side].n });
    const none = s('none');
    const defaults = s('defaults');
    console.log(stream ? 'streaming' : 'non-streaming');
    console.log(`  no policies      p50 ${none.p50.toFixed(3)} ms  p99 ${none.p99.toFixed(3)} ms  CPU ${none.cpu.toFixed(3)} ms/request`);
    console.log(`  default policies p50 ${defaults.p50.toFixed(3)} ms  p99 ${defaults.p99.toFixed(3)} ms  CPU ${defaults.cpu.toFixed(3)} ms/request`);
    console.log(`  guards add       p50 ${(defaults.p50 - none.p50).toFixed(3)} ms, CPU ${(defaults.cpu - none.cpu).toFixed(3)} ms/request\n`);
  }
  await pool.close();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) child.kill('SIGTERM');
  });
