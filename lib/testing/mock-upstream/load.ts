/**
 * A small closed-loop load generator (undici pool, N concurrent loops) to check that the mock is
 * never the bottleneck of a gateway benchmark. Run it against a separately started mock:
 *
 *   npx tsx lib/testing/mock-upstream/load.ts [--connections 50] [--duration 5000] [--url http://127.0.0.1:4010]
 *
 * Without --url it starts `scripts/mock-upstream.ts --no-record` in a child process, so the load
 * generator and the mock each get their own core, as in the benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Pool } from 'undici';

export interface LoadOptions {
  url: string;
  connections?: number;
  durationMs?: number;
  method?: 'GET' | 'POST';
  path?: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

export const SMALL_CHAT = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Say hello in one short sentence.' }],
  max_tokens: 32,
});

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const connections = opts.connections ?? 50;
  const pool = new Pool(opts.url, { connections, pipelining: 1, keepAliveTimeout: 60_000 });
  const request = {
    method: opts.method ?? 'POST',
    path: opts.path ?? '/v1/chat/completions',
    headers: opts.headers ?? { 'content-type': 'application/json', authorization: 'Bearer sk-load' },
    body: opts.method === 'GET' ? undefined : (opts.body ?? SMALL_CHAT),
  };
  // Latencies are sampled (every 16th) to keep the generator's own cost flat.
  const samples: number[] = [];
  let requests = 0;
  let errors = 0;
  const start = performance.now();
  const end = start + (opts.durationMs ?? 5000);
  const loop = async (): Promise<void> => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        const r = await pool.request(request);
        await r.body.dump();
        if (r.statusCode >= 400) errors++;
        else requests++;
      } catch {
        errors++;
      }
      if ((requests & 15) === 0) samples.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const seconds = (performance.now() - start) / 1000;
  await pool.close();
  samples.sort((a, b) => a - b);
  const pct = (p: number): number => (samples.length ? samples[Math.min(samples.length - 1, Math.floor(samples.length * p))] : 0);
  return { requests, errors, seconds, rps: requests / seconds, p50Ms: pct(0.5), p99Ms: pct(0.99) };
}

async function stats(url: string): Promise<{ requests: number; cpuMicros: number }> {
  const r = await fetch(`${url}/__mock/stats`);
  return (await r.json()) as { requests: number; cpuMicros: number };
}

function startCliMock(): Promise<{ url: string; child: ChildProcess }> {
  const root = resolve(__dirname, '../../..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-upstream.ts', '--port', '0', '--no-record'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((res, rej) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m) res({ url: m[1], child });
    });
    child.once('exit', (code) => rej(new Error(`mock exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const started = arg('url') ? undefined : await startCliMock();
  const url = arg('url') ?? started?.url ?? '';
  try {
    const connections = Number(arg('connections') ?? 50);
    // A short warm-up lets the JIT settle before the measured run.
    await runLoad({ url, connections, durationMs: 1000 });
    const before = await stats(url);
    const r = await runLoad({ url, connections, durationMs: Number(arg('duration') ?? 5000) });
    const after = await stats(url);
    const cpuPerReq = (after.cpuMicros - before.cpuMicros) / Math.max(1, after.requests - before.requests);
    console.log(
      `${url} POST /v1/chat/completions c=${connections}: ${Math.round(r.rps)} req/s ` +
        `(${r.requests} ok, ${r.errors} errors in ${r.seconds.toFixed(1)} s; p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms); ` +
        `mock CPU ${cpuPerReq.toFixed(1)} µs/request ≈ ${Math.round(1e6 / cpuPerReq)} req/s per core`,
    );
  } finally {
    started?.child.kill('SIGTERM');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
