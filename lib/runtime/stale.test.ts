import { describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/errors';
import { KeyCache } from '@/lib/keys/cache';
import { staleIfError } from './stale';

describe('stale-if-error', () => {
  it('serves the fresh value when the database answers', async () => {
    expect(await staleIfError(async () => 'fresh', 'stale', 'test')).toBe('fresh');
  });

  // Runs before the outage test: a failure makes later calls skip the database for a second.
  it('fails when there is nothing to fall back on (a retryable 503), or when the answer was a real one', async () => {
    const failure = await staleIfError(async () => Promise.reject(new Error('down')), undefined, 'test').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'service_unavailable', status: 503, headers: { 'retry-after': '1' } });
    await expect(staleIfError(async () => Promise.reject(new AppError('not_found', 'gone')), 'stale', 'test')).rejects.toThrow('gone');
  });

  it('serves the last known value when the database is away, and does not ask it again at once', async () => {
    const down = vi.fn(async () => {
      throw new Error('connect ECONNREFUSED');
    });
    expect(await staleIfError(down, 'stale', 'test')).toBe('stale');
    expect(await staleIfError(down, 'stale', 'test')).toBe('stale');
    expect(down).toHaveBeenCalledTimes(1);
  });

  it('keeps expired key entries for the fallback, but never an invalidated one', () => {
    const cache = new KeyCache(1000);
    cache.set('h', null, 0);
    expect(cache.get('h', 5000)).toBeUndefined();
    expect(cache.getStale('h', 5000)).toEqual({ row: null, expiresAt: 5000 });
    cache.invalidateHash('h');
    expect(cache.getStale('h', 5000)).toBeUndefined();
  });
});
