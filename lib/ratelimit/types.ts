/**
 * The rate limiter's contract. The pipeline's `limit` stage talks only to `RateLimiter`; whether the
 * counters live in this process (`MemoryRateLimiter`) or in a shared Redis (`RedisRateLimiter`) is
 * decided once, at start-up, by `createRateLimiter`.
 */

/** What a limit is counted against. `provider` is the upstream (e.g. an org's OpenAI credential). */
export type Scope = 'key' | 'user' | 'org' | 'provider';

export const SCOPES = ['key', 'user', 'org', 'provider'] as const satisfies readonly Scope[];

/** Identifies one counter, e.g. `{ scope: 'key', id: '<key uuid>' }`. Ids must not carry secrets. */
export interface ScopeRef {
  scope: Scope;
  id: string;
}

/**
 * One scope to check, with its limits per window (a minute unless configured otherwise).
 * A limit applies only when it is a positive finite number; absent, 0 or negative means "no limit",
 * matching the `0: no limit` convention of the environment variables.
 */
export interface ScopeLimit extends ScopeRef {
  rpm?: number;
  tpm?: number;
}

export type LimitKind = 'requests' | 'tokens';

export interface RateLimitDecision {
  allowed: boolean;
  /** Set only on a rejection: the scope whose window frees capacity last. */
  limitedBy?: { scope: Scope; id: string; kind: LimitKind };
  /**
   * Limit, remaining and reset of the tightest scope: the limiting one on a rejection, otherwise the
   * one with the smallest share of its limit left. `Infinity` when no limit applies (or when the
   * store was unreachable), so the caller can omit the headers; `rateLimitHeaders` does that.
   */
  limit: number;
  remaining: number;
  /**
   * Epoch ms. On a rejection: the earliest moment this same request would fit. When allowed: the end
   * of the current fixed window, when the previous window's carry-over is gone (the value widely used
   * sliding-window limiters report, and always within one window).
   */
  resetMs: number;
  /** Whole seconds until `resetMs`, at least 1; only on a rejection (the `Retry-After` value). */
  retryAfterSeconds?: number;
  /** True when the shared store was unreachable and the request was let through (fail open). */
  degraded?: boolean;
}

export interface RateLimitCheck {
  scopes: readonly ScopeLimit[];
  /** Tokens this request is expected to use (prompt + max output); settled later. Default 0. */
  estimatedTokens?: number;
  /** Epoch ms; for the memory limiter and tests. The Redis limiter uses the server's clock. */
  now?: number;
}

export interface RateLimiter {
  /** Checks every scope at once and, when all pass, counts this request (1 request, `estimatedTokens` tokens). */
  check(req: RateLimitCheck): Promise<RateLimitDecision>;
  /** After the response: adds (actual - estimated) tokens to each given scope (may be negative). Never throws. */
  settleTokens(scopes: readonly ScopeRef[], deltaTokens: number, now?: number): Promise<void>;
  close(): Promise<void>;
}

/** Called once per request that failed open; the metrics module counts these. Must not throw. */
export type DegradedHook = (reason: string) => void;

/** The subset of a structured logger we use; `pino` and `console` both fit. */
export interface RateLimitLogger {
  warn(fields: Record<string, unknown>, msg: string): void;
  info?(fields: Record<string, unknown>, msg: string): void;
}

/** One minute: limits are requests / tokens per minute. */
export const DEFAULT_WINDOW_MS = 60_000;
