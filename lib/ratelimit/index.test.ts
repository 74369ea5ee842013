import { describe, expect, it, vi } from 'vitest';
import { createRateLimiter, MemoryRateLimiter, RedisRateLimiter } from './index';
import { ThrottledWarning } from './warn';

describe('createRateLimiter', () => {
  it('uses memory without a Redis URL and Redis with one', async () => {
    const memory = createRateLimiter();
    expect(memory).toBeInstanceOf(MemoryRateLimiter);
    await memory.close();
    const redis = createRateLimiter({ redisUrl: 'redis://127.0.0.1:1', timeoutMs: 20, logger: { warn: () => undefined } });
    expect(redis).toBeInstanceOf(RedisRateLimiter);
    await redis.close();
  });
});

describe('ThrottledWarning', () => {
  it('logs once per interval and counts what it held back', () => {
    let now = 0;
    const logger = { warn: vi.fn() };
    const w = new ThrottledWarning(logger, 30_000, () => now);
    for (let i = 0; i < 5; i++) w.warn('down', { reason: 'x' });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    now = 30_000;
    w.warn('down', { reason: 'y' });
    expect(logger.warn).toHaveBeenLastCalledWith({ reason: 'y', suppressed: 4 }, 'down');
    w.reset();
    w.warn('down again', {});
    expect(logger.warn).toHaveBeenCalledTimes(3);
  });

  it('survives a logger that throws', () => {
    const w = new ThrottledWarning({ warn: () => { throw new Error('broken'); } }, 1000);
    expect(() => w.warn('down', {})).not.toThrow();
  });
});
