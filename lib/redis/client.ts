import { Redis } from 'ioredis';
import { env } from '@/lib/config/env';
import { processSingleton } from '@/lib/runtime/singleton';

/**
 * The process's shared Redis connection (null when REDIS_URL is unset). Commands fail fast while
 * Redis is away (no offline queue), and the client reconnects by itself.
 */
export function sharedRedis(): Redis | null {
  const url = env().REDIS_URL;
  if (!url) return null;
  return processSingleton('redis-client', () => {
    const client = new Redis(url, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2000,
      commandTimeout: 1000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    client.on('error', () => {
      /* surfaced through health checks and callers' fail-open paths */
    });
    return client;
  });
}
