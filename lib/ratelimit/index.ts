/**
 * Rate limiting for the gateway's `limit` stage: one `RateLimiter` interface, an in-process
 * implementation for the embedded mode and a Redis one shared by every instance in production.
 */
import { MemoryRateLimiter } from './memory';
import { RedisRateLimiter } from './redis';
import type { DegradedHook, RateLimiter, RateLimitLogger } from './types';

export * from './types';
export { MemoryRateLimiter, type MemoryRateLimiterOptions } from './memory';
export { RedisRateLimiter, type RedisRateLimiterOptions } from './redis';
export { resolveLimits, toScopeLimits, type EffectiveLimits, type LimitLayer, type LimitLayers, type LimitValues } from './limits';
export { rateLimitHeaders } from './headers';

export interface CreateRateLimiterOptions {
  /** Shared limits through Redis when set (`REDIS_URL`); in-process limits otherwise. */
  redisUrl?: string;
  /** Longest a request waits on Redis before failing open. Default 200 ms. */
  timeoutMs?: number;
  /** Called once per request let through because Redis was unreachable. */
  onDegraded?: DegradedHook;
  logger?: RateLimitLogger;
  keyPrefix?: string;
}

export function createRateLimiter(options: CreateRateLimiterOptions = {}): RateLimiter {
  if (options.redisUrl) {
    return new RedisRateLimiter({
      url: options.redisUrl,
      timeoutMs: options.timeoutMs,
      onDegraded: options.onDegraded,
      logger: options.logger,
      keyPrefix: options.keyPrefix,
    });
  }
  return new MemoryRateLimiter();
}
