import type { RateLimitDecision } from './types';

/**
 * Response headers for a decision: `X-RateLimit-Limit`, `-Remaining`, `-Reset` (epoch seconds, the
 * GitHub / most-gateways reading) on every limited response, and `Retry-After` (seconds) on a 429.
 * Nothing when no limit applied or the store was unreachable: advertising a number we did not
 * enforce would mislead clients that pace themselves on it.
 */
export function rateLimitHeaders(d: RateLimitDecision): Record<string, string> {
  if (!Number.isFinite(d.limit)) return {};
  const headers: Record<string, string> = {
    'X-RateLimit-Limit': String(Math.floor(d.limit)),
    'X-RateLimit-Remaining': String(Math.max(0, Math.floor(d.remaining))),
    'X-RateLimit-Reset': String(Math.ceil(d.resetMs / 1000)),
  };
  if (!d.allowed && d.retryAfterSeconds !== undefined) headers['Retry-After'] = String(d.retryAfterSeconds);
  return headers;
}
