/**
 * The outage the limiter is built for, done the blunt way: `CLIENT PAUSE` stalls the whole server.
 * That would stall everyone sharing the machine's Redis, so this runs against a Redis of its own: the
 * one in `RATELIMIT_PAUSABLE_REDIS_URL`, or a throwaway `redis-server` when the binary is installed.
 * (`redis.int.test.ts` covers the same behaviour on the shared Redis through a stalling proxy.)
 */
import Redis from 'ioredis';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { RedisRateLimiter } from './redis';
import { startPrivateRedis } from './testing/redis';
import type { ScopeLimit } from './types';

const given = process.env.RATELIMIT_PAUSABLE_REDIS_URL;
const server = given ? { url: given, stop: () => undefined } : await startPrivateRedis();
if (!server) console.warn('[ratelimit] no pausable Redis (set RATELIMIT_PAUSABLE_REDIS_URL or install redis-server): skipping the CLIENT PAUSE test');

describe.skipIf(!server)('RedisRateLimiter under CLIENT PAUSE', () => {
  afterAll(() => server?.stop());

  it('fails open during a 5 s pause without waiting for it, and recovers after CLIENT UNPAUSE', async () => {
    const admin = new Redis(server!.url);
    const onDegraded = vi.fn();
    const logger = { warn: vi.fn(), info: vi.fn() };
    const l = new RedisRateLimiter({ url: server!.url, keyPrefix: `rltest:pause:${process.pid}:`, timeoutMs: 50, retryAfterFailureMs: 100, onDegraded, logger });
    const s: ScopeLimit[] = [{ scope: 'key', id: 'k', rpm: 1000 }];
    try {
      expect(await l.ready(5_000)).toBe(true);
      expect((await l.check({ scopes: s })).degraded).toBeUndefined();

      // WRITE holds every script (they may write) but lets this connection send CLIENT UNPAUSE.
      await admin.call('CLIENT', ['PAUSE', '5000', 'WRITE']);
      const started = Date.now();
      expect(await l.check({ scopes: s })).toMatchObject({ allowed: true, degraded: true });
      expect(Date.now() - started).toBeLessThan(4_000); // did not sit out the pause
      expect(onDegraded).toHaveBeenCalledWith(expect.stringContaining('timed out'));
      expect(logger.warn).toHaveBeenCalledTimes(1);

      await admin.call('CLIENT', ['UNPAUSE']);
      let recovered = false;
      for (let i = 0; i < 100 && !recovered; i++) {
        recovered = !(await l.check({ scopes: s })).degraded;
        if (!recovered) await new Promise((r) => setTimeout(r, 50));
      }
      expect(recovered).toBe(true);
      expect(Date.now() - started).toBeLessThan(5_000); // recovered on UNPAUSE, not when the pause ran out
    } finally {
      await admin.call('CLIENT', ['UNPAUSE']).catch(() => undefined);
      await l.close();
      admin.disconnect();
    }
  });
});
