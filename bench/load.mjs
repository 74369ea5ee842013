// Load generators for bench/run.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

function pool(url, connections) {
  const { origin } = new URL(url);
  return new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
}

async function once(client, target, body) {
  const t0 = performance.now();
  const { pathname } = new URL(target.url);
  const res = await client.request({ method: 'POST', path: pathname, headers: target.headers, body });
  let ttfb;
  for await (const chunk of res.body) {
    if (ttfb === undefined && chunk.length > 0) ttfb = performance.now() - t0;
  }
  return { ms: performance.now() - t0, ttfb: ttfb ?? performance.now() - t0, ok: res.statusCode === 200 };
}

/** Sequential requests on one keep-alive connection: latency and time to first body byte. */
export async function loadC1(target, body, requests) {
  const client = pool(target.url, 1);
  const lat = [];
  const ttfb = [];
  let errors = 0;
  for (let i = 0; i < requests; i++) {
    const r = await once(client, target, body).catch(() => ({ ok: false }));
    if (!r.ok) errors++;
    else {
      lat.push(r.ms);
      ttfb.push(r.ttfb);
    }
  }
  await client.close();
  lat.sort((a, b) => a - b);
  ttfb.sort((a, b) => a - b);
  return { p50: pct(lat, 0.5), p99: pct(lat, 0.99), ttfbP50: pct(ttfb, 0.5), errors };
}

/** `concurrency` requests in flight for `seconds` from this process (used when wrk is not installed). */
export async function loadConcurrent(target, body, concurrency, seconds) {
  const client = pool(target.url, concurrency);
  const lat = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const r = await once(client, target, body).catch(() => ({ ok: false }));
        if (r.ok) lat.push(r.ms);
        else errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await client.close();
  lat.sort((a, b) => a - b);
  return { requests: lat.length + errors, rps: lat.length / elapsed, p50: pct(lat, 0.5), p99: pct(lat, 0.99), errors };
}

export function hasWrk() {
  return spawnSync('wrk', ['--version']).error === undefined;
}

const toMs = (value, unit) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? 1);

/** wrk (a C load generator, so the client costs little CPU) with a POST body and headers. */
export function wrkLoad(target, body, concurrency, seconds) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wrk-'));
  const script = path.join(dir, 'post.lua');
  const headers = Object.entries(target.headers).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`).join('\n');
  writeFileSync(script, `wrk.method = "POST"\nwrk.body = ${JSON.stringify(body)}\n${headers}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', ['-t', '2', '-c', String(concurrency), '-d', `${seconds}s`, '--latency', '-s', script, target.url]);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', () => {
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
      const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
      const p = (q) => {
        const m = new RegExp(`\\s${q}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
        return m ? toMs(m[1], m[2]) : NaN;
      };
      const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
      const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
      const errors = non2xx + (socketErrors ? socketErrors.slice(1).reduce((a, n) => a + Number(n), 0) : 0);
      resolve({ requests, rps, p50: p(50), p99: p(99), errors });
    });
  });
}
