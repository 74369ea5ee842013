/**
 * Cost of a rate-limit check, beside a baseline doing the same loop without it.
 *
 *   npx tsx lib/ratelimit/bench.ts            # memory only
 *   REDIS_URL=redis://127.0.0.1:6379 npx tsx lib/ratelimit/bench.ts
 *
 * The scopes are what the gateway checks on a typical request: key (rpm + tpm), org and provider,
 * over 1000 keys so the maps are not a single hot entry. Limits are high so every check passes and
 * counts (the common, and most expensive, path).
 */
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { MemoryRateLimiter } from './memory';
import { RedisRateLimiter } from './redis';
import type { ScopeLimit } from './types';

const KEYS = 1000;
const requests: ScopeLimit[][] = Array.from({ length: KEYS }, (_, i) => [
  { scope: 'key', id: `key-${i}`, rpm: 1e9, tpm: 1e12 },
  { scope: 'org', id: `org-${i % 50}`, rpm: 1e9 },
  { scope: 'provider', id: 'openai', rpm: 1e9 },
]);

function nsPerOp(n: number, body: (i: number) => unknown): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) if (body(i)) sink++;
  const ns = Number(process.hrtime.bigint() - start) / n;
  if (sink < 0) console.log(sink);
  return ns;
}

async function memory(): Promise<void> {
  const limiter = new MemoryRateLimiter();
  const N = 2_000_000;
  const now = Date.now();
  // Warm up the JIT before measuring.
  nsPerOp(200_000, (i) => limiter.checkSync({ scopes: requests[i % KEYS], estimatedTokens: 500, now }).allowed);
  const baseline = nsPerOp(N, (i) => requests[i % KEYS].length === 3);
  const sync = nsPerOp(N, (i) => limiter.checkSync({ scopes: requests[i % KEYS], estimatedTokens: 500, now }).allowed);
  const withClock = nsPerOp(N, (i) => limiter.checkSync({ scopes: requests[i % KEYS], estimatedTokens: 500 }).allowed);

  const M = 500_000;
  let start = process.hrtime.bigint();
  for (let i = 0; i < M; i++) await limiter.check({ scopes: requests[i % KEYS], estimatedTokens: 500, now });
  const asyncNs = Number(process.hrtime.bigint() - start) / M;
  start = process.hrtime.bigint();
  for (let i = 0; i < M; i++) await Promise.resolve(requests[i % KEYS]);
  const awaitBaseline = Number(process.hrtime.bigint() - start) / M;

  console.log(`memory, 3 scopes (4 limits), ${KEYS} keys`);
  console.log(`  loop baseline                ${baseline.toFixed(1)} ns/op`);
  console.log(`  checkSync (caller's now)     ${sync.toFixed(1)} ns/op`);
  console.log(`  checkSync (Date.now inside)  ${withClock.toFixed(1)} ns/op`);
  console.log(`  await check()                ${asyncNs.toFixed(1)} ns/op  (await of a resolved promise alone: ${awaitBaseline.toFixed(1)} ns)`);
  console.log(`  live counters: ${limiter.size}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function redis(url: string): Promise<void> {
  const prefix = `rlbench:${randomUUID()}:`;
  const limiter = new RedisRateLimiter({ url, keyPrefix: prefix, timeoutMs: 1000 });
  if (!(await limiter.ready(2000))) throw new Error(`Redis not reachable at ${url}`);
  // A plain PING over a client with the same options: the network + server floor.
  const ping = new Redis(url);

  const N = 5000;
  const time = async (fn: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < 500; i++) await fn();
    for (let i = 0; i < N; i++) {
      const t = process.hrtime.bigint();
      await fn();
      samples.push(Number(process.hrtime.bigint() - t) / 1000);
    }
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), mean: samples.reduce((a, b) => a + b, 0) / N };
  };
  let i = 0;
  const pingT = await time(() => ping.ping());
  const checkT = await time(() => limiter.check({ scopes: requests[i++ % KEYS], estimatedTokens: 500 }));

  const C = 64;
  const total = 50_000;
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (next < total) await limiter.check({ scopes: requests[next++ % KEYS], estimatedTokens: 500 });
    }),
  );
  const perSec = total / (Number(process.hrtime.bigint() - start) / 1e9);

  const fmt = (t: { p50: number; p99: number; mean: number }) => `p50 ${t.p50.toFixed(0)} µs, p99 ${t.p99.toFixed(0)} µs, mean ${t.mean.toFixed(0)} µs`;
  console.log(`redis ${url}, 3 scopes (4 limits), sequential`);
  console.log(`  PING          ${fmt(pingT)}`);
  console.log(`  check()       ${fmt(checkT)}`);
  console.log(`  ${C} in flight: ${perSec.toFixed(0)} checks/s`);

  const keys = await ping.keys(`${prefix}*`);
  for (let j = 0; j < keys.length; j += 500) await ping.del(...keys.slice(j, j + 500));
  await limiter.close();
  await ping.quit();
}

async function main(): Promise<void> {
  await memory();
  if (process.env.REDIS_URL) await redis(process.env.REDIS_URL);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
