/**
 * RedisRateLimiter against a real Redis: `REDIS_URL` if set and reachable, else the local default.
 * Every test uses its own key prefix, so parallel runs never share a counter.
 */
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryRateLimiter } from './memory';
import { RedisRateLimiter, type RedisRateLimiterOptions } from './redis';
import { checkScript } from './redis-script';
import { firstReachable, freePort } from './testing/redis';
import { seeded } from './testing/seeded';
import { TcpProxy } from './testing/tcp-proxy';
import type { RateLimitDecision, ScopeLimit } from './types';

const candidates = [process.env.REDIS_URL, 'redis://127.0.0.1:6379'].filter((u): u is string => !!u);
const REDIS_URL = await firstReachable(candidates);
if (!REDIS_URL) console.warn(`[ratelimit] no Redis reachable at ${candidates.join(' or ')}: skipping the Redis limiter tests`);

const W = 60_000;
const quiet = { warn: () => undefined, info: () => undefined };
const prefixes: string[] = [];
const limiters: RedisRateLimiter[] = [];
let admin: Redis;

function newPrefix(): string {
  const p = `rltest:${randomUUID()}:`;
  prefixes.push(p);
  return p;
}

/** A limiter on the shared Redis with a generous timeout: these tests are about counting, not outages. */
async function make(options: Partial<RedisRateLimiterOptions> = {}): Promise<RedisRateLimiter> {
  const l = new RedisRateLimiter({ url: REDIS_URL!, keyPrefix: newPrefix(), timeoutMs: 5_000, logger: quiet, ...options });
  limiters.push(l);
  expect(await l.ready(5_000)).toBe(true);
  return l;
}

function count(decisions: RateLimitDecision[]) {
  return { allowed: decisions.filter((d) => d.allowed).length, degraded: decisions.filter((d) => d.degraded).length };
}

async function until(probe: () => Promise<boolean>, attempts = 200, everyMs = 50): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}

beforeAll(() => {
  if (REDIS_URL) admin = new Redis(REDIS_URL);
});

afterAll(async () => {
  if (!REDIS_URL) return;
  await Promise.all(limiters.map((l) => l.close()));
  for (const p of prefixes) {
    const keys = await admin.keys(`${p}*`);
    if (keys.length) await admin.del(...keys);
  }
  await admin.quit();
});

describe.skipIf(!REDIS_URL)('RedisRateLimiter (real Redis)', () => {
  it('counts in one hash per scope, under the prefix, expiring after two windows', async () => {
    const l = await make();
    const s: ScopeLimit[] = [{ scope: 'key', id: 'a', rpm: 3 }];
    const ds = [];
    for (let i = 0; i < 4; i++) ds.push(await l.check({ scopes: s }));
    expect(count(ds)).toEqual({ allowed: 3, degraded: 0 });
    expect(ds[3]).toMatchObject({ allowed: false, limitedBy: { scope: 'key', id: 'a', kind: 'requests' }, limit: 3, remaining: 0 });
    expect(ds[3].retryAfterSeconds).toBeGreaterThanOrEqual(1);

    const prefix = prefixes[prefixes.length - 1];
    expect(await admin.keys(`${prefix}*`)).toEqual([`${prefix}key:a`]);
    expect(await admin.hget(`${prefix}key:a`, 'cr')).toBe('3');
    const ttl = await admin.pttl(`${prefix}key:a`);
    expect(ttl).toBeGreaterThan(W);
    expect(ttl).toBeLessThanOrEqual(2 * W);
  });

  it('shares one limit between two instances: a burst through both never exceeds it', async () => {
    const a = await make();
    const b = await make({ keyPrefix: prefixes[prefixes.length - 1] });
    const s: ScopeLimit[] = [{ scope: 'org', id: 'shared', rpm: 25 }];
    const burst = Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).check({ scopes: s }));
    expect(count(await Promise.all(burst))).toEqual({ allowed: 25, degraded: 0 });
  });

  it('allows exactly 50 of 100 concurrent checks against a limit of 50', async () => {
    const l = await make();
    const s: ScopeLimit[] = [{ scope: 'key', id: 'k', rpm: 50, tpm: 1_000_000 }];
    const ds = await Promise.all(Array.from({ length: 100 }, () => l.check({ scopes: s, estimatedTokens: 10 })));
    expect(count(ds)).toEqual({ allowed: 50, degraded: 0 });
  });

  it('is all-or-nothing across scopes', async () => {
    const l = await make();
    const org = { scope: 'org', id: 'o', rpm: 2 } as const;
    expect(count(await Promise.all([1, 2].map(() => l.check({ scopes: [{ scope: 'key', id: 'a', rpm: 10 }, org] })))).allowed).toBe(2);
    const rejected = await l.check({ scopes: [{ scope: 'key', id: 'b', rpm: 1 }, org] });
    expect(rejected).toMatchObject({ allowed: false, limitedBy: { scope: 'org', id: 'o' } });
    expect((await l.check({ scopes: [{ scope: 'key', id: 'b', rpm: 1 }] })).allowed).toBe(true);
  });

  it('settles tokens in both directions', async () => {
    const l = await make();
    const s: ScopeLimit[] = [{ scope: 'key', id: 'k', tpm: 1000 }];
    expect((await l.check({ scopes: s, estimatedTokens: 900 })).allowed).toBe(true);
    expect((await l.check({ scopes: s, estimatedTokens: 200 })).allowed).toBe(false);
    await l.settleTokens(s, -800);
    expect((await l.check({ scopes: s, estimatedTokens: 200 })).allowed).toBe(true);
    await l.settleTokens(s, 700);
    expect((await l.check({ scopes: s, estimatedTokens: 100 })).allowed).toBe(false);
  });

  it('lets requests made while the process is still connecting wait for the connection', async () => {
    const l = new RedisRateLimiter({ url: REDIS_URL!, keyPrefix: newPrefix(), timeoutMs: 5_000, logger: quiet });
    limiters.push(l);
    const d = await l.check({ scopes: [{ scope: 'key', id: 'k', rpm: 5 }] });
    expect(d).toMatchObject({ allowed: true, limit: 5, remaining: 4 });
    expect(d.degraded).toBeUndefined();
  });

  it("uses the server's clock, not the caller's", async () => {
    const l = await make();
    const [seconds] = await admin.time();
    const serverNow = Number(seconds) * 1000;
    // A caller clock an hour off must not move the window.
    const d = await l.check({ scopes: [{ scope: 'key', id: 'k', rpm: 5 }], now: serverNow - 3_600_000 });
    expect(d.resetMs).toBeGreaterThan(serverNow);
    expect(d.resetMs).toBeLessThanOrEqual(serverNow + 2 * W);
  });

  it('decides exactly as the memory limiter on the same sequence (window boundaries, tokens, settlements)', async () => {
    const redis = await make({ useCallerClock: true });
    const memory = new MemoryRateLimiter({ windowMs: W });
    const rand = seeded(42);
    const pool: ScopeLimit[] = [
      { scope: 'key', id: 'k1', rpm: 7, tpm: 3000 },
      { scope: 'key', id: 'k2', rpm: 3 },
      { scope: 'user', id: 'u1', tpm: 1500 },
      { scope: 'org', id: 'o1', rpm: 12, tpm: 6000 },
      { scope: 'provider', id: 'p1', rpm: 9 },
    ];
    let now = 1_000 * W + 12_345;
    let rejections = 0;
    for (let i = 0; i < 400; i++) {
      now += Math.floor(rand() * 4_000);
      const scopes = pool.filter(() => rand() < 0.5);
      if (rand() < 0.2) {
        const delta = Math.floor(rand() * 1200) - 600;
        await Promise.all([redis.settleTokens(scopes, delta, now), memory.settleTokens(scopes, delta, now)]);
        continue;
      }
      const estimatedTokens = Math.floor(rand() * 700);
      const expected = await memory.check({ scopes, estimatedTokens, now });
      expect(await redis.check({ scopes, estimatedTokens, now })).toEqual(expected);
      if (!expected.allowed) rejections++;
    }
    // The sequence spans ~13 windows and exercises rejections, not only the happy path.
    expect(rejections).toBeGreaterThan(50);
  });

  it('falls back to EVAL when the server lost the script (NOSCRIPT)', async () => {
    const l = await make();
    const s: ScopeLimit[] = [{ scope: 'key', id: 'k', rpm: 2 }];
    expect((await l.check({ scopes: s })).allowed).toBe(true);
    await admin.script('FLUSH');
    const d = await l.check({ scopes: s });
    expect(d.allowed).toBe(true);
    expect(d.degraded).toBeUndefined();
    // EVAL put the script back in the cache, so the next check is an EVALSHA hit again.
    expect(await admin.script('EXISTS', checkScript.sha)).toEqual([1]);
    expect((await l.check({ scopes: s })).allowed).toBe(false);
  });
});

describe.skipIf(!REDIS_URL)('RedisRateLimiter when Redis is unreachable', () => {
  const s: ScopeLimit[] = [{ scope: 'key', id: 'k', rpm: 1000 }];

  it('fails open at once when nothing listens, warns once and reports every degraded request', async () => {
    const onDegraded = vi.fn();
    const logger = { warn: vi.fn(), info: vi.fn() };
    const l = new RedisRateLimiter({ url: `redis://127.0.0.1:${await freePort()}`, onDegraded, logger });
    limiters.push(l);
    const started = Date.now();
    const ds = [];
    for (let i = 0; i < 20; i++) ds.push(await l.check({ scopes: s }));
    expect(ds.every((d) => d.allowed && d.degraded)).toBe(true);
    expect(ds[0].limit).toBe(Infinity);
    expect(onDegraded).toHaveBeenCalledTimes(20);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    await expect(l.settleTokens(s, 100)).resolves.toBeUndefined();
    // Nothing to wait for: not connected means no command is sent at all.
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('fails open within the timeout while Redis stalls, and recovers when it answers again', async () => {
    const target = new URL(REDIS_URL!);
    const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    target.hostname = '127.0.0.1';
    target.port = String(await proxy.listen());
    const onDegraded = vi.fn();
    const logger = { warn: vi.fn(), info: vi.fn() };
    const l = await make({ url: target.toString(), timeoutMs: 50, retryAfterFailureMs: 100, onDegraded, logger });
    try {
      expect((await l.check({ scopes: s })).degraded).toBeUndefined();

      proxy.pause(); // stalls until resumed: a check that waited for Redis would never return
      const started = Date.now();
      const stalled = await l.check({ scopes: s });
      expect(stalled).toMatchObject({ allowed: true, degraded: true });
      expect(Date.now() - started).toBeLessThan(2_500);
      // Later requests during the outage fail open too, still with a single warning.
      for (let i = 0; i < 10; i++) expect((await l.check({ scopes: s })).degraded).toBe(true);
      expect(logger.warn).toHaveBeenCalledTimes(1);
      expect(onDegraded).toHaveBeenCalledTimes(11);

      proxy.resume();
      expect(await until(async () => !(await l.check({ scopes: s })).degraded)).toBe(true);
      expect(logger.info).toHaveBeenCalledWith({}, expect.stringContaining('reachable again'));
      const tight: ScopeLimit[] = [{ scope: 'key', id: 'after', rpm: 2 }];
      expect(count(await Promise.all([1, 2, 3].map(() => l.check({ scopes: tight }))))).toEqual({ allowed: 2, degraded: 0 });

      // A dropped connection (Redis restarting): fail open, then reconnect by itself.
      proxy.refuse();
      expect(await until(async () => (await l.check({ scopes: s })).degraded === true)).toBe(true);
      proxy.accept();
      expect(await until(async () => !(await l.check({ scopes: s })).degraded)).toBe(true);
      expect((await l.check({ scopes: tight })).allowed).toBe(false);
    } finally {
      await l.close();
      await proxy.close();
    }
  });
});
