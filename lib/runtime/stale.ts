import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { processSingleton } from './singleton';

/**
 * Stale-if-error for the hot path's caches (gateway keys, credentials, organisation settings).
 * When a refresh cannot reach the database, the last known value is served instead of failing the
 * request, so a database blink does not become a gateway outage; changes made meanwhile cannot
 * have happened (they are database writes) or arrive as change events, which drop entries outright.
 * After a failure the database is not asked again for `retryMs`, so an outage does not cost every
 * request a connection attempt.
 */
const RETRY_MS = 1000;
/** Older than this past its expiry, a cached value is not served even when the database is away. */
export const MAX_STALE_MS = 15 * 60_000;

const state = processSingleton('stale-if-error', () => ({ skipUntil: 0, warnedAt: 0, served: 0 }));

export async function staleIfError<T>(load: () => Promise<T>, stale: T | undefined, what: string): Promise<T> {
  if (stale !== undefined && Date.now() < state.skipUntil) {
    state.served++;
    return stale;
  }
  try {
    return await load();
  } catch (error) {
    // A typed answer (not found, forbidden) is an answer, not an outage.
    if (error instanceof AppError) throw error;
    const now = Date.now();
    const warn = now - state.warnedAt > 30_000;
    if (warn) state.warnedAt = now;
    if (stale === undefined) {
      if (warn) log.warn({ err: error, cache: what }, 'database unreachable and nothing cached: answering 503 until it is back');
      // Retryable: every SDK retries a 503, and the database usually returns within seconds.
      throw new AppError('service_unavailable', 'the gateway cannot reach its database right now; retry shortly', {}, { 'retry-after': '1' });
    }
    state.skipUntil = now + RETRY_MS;
    state.served++;
    if (warn) log.warn({ err: error, cache: what }, 'database unreachable: serving cached values until it is back');
    return stale;
  }
}
