/**
 * Sliding-window-counter math, shared by both limiters. The Redis Lua script (`redis-script.ts`)
 * repeats the rules that decide pass or fail (roll, `used`, `needed`) in the same arithmetic order.
 *
 * Why the counter approximation and not a precise log: each scope keeps two fixed-window counters
 * (current and previous) per kind, so memory is O(1) per scope whatever the traffic, and a check is a
 * handful of arithmetic operations. A precise log keeps one timestamp per request (60 000 entries for
 * a 1000 rpm key, a sorted set in Redis) for a precision gain nobody needs here. The estimate is
 *
 *     used(now) = floor(previous * (1 - elapsed / window)) + current
 *
 * i.e. it assumes the previous window's requests were spread evenly (on the rounding, see `used`).
 * It never lets through the 2x burst a fixed window allows at its boundary, and errs by at most the
 * previous window's unevenness.
 */
import type { RateLimitDecision, ScopeLimit, LimitKind } from './types';

/** Two fixed windows of counters for one scope: requests and tokens, current (c) and previous (p). */
export interface WindowCounts {
  /** Index of the current fixed window (`floor(now / windowMs)`). */
  w: number;
  cr: number;
  pr: number;
  ct: number;
  pt: number;
}

/** Moves `c` forward to window `win` in place. Never moves backwards (a clock step back keeps counts). */
export function rollWindow(c: WindowCounts, win: number): void {
  if (c.w >= win) return;
  if (c.w === win - 1) {
    c.pr = c.cr;
    c.pt = c.ct;
  } else {
    c.pr = 0;
    c.pt = 0;
  }
  c.cr = 0;
  c.ct = 0;
  c.w = win;
}

/** A limit counts only when it is a positive finite number; see `ScopeLimit`. */
export function isLimit(limit: number | undefined): limit is number {
  return limit !== undefined && limit > 0 && limit < Infinity;
}

/**
 * Capacity a request needs to pass: its cost, but at least 1 (so a scope whose token budget is spent
 * rejects requests with no estimate) and at most the whole limit (so one request larger than the limit
 * can still pass once the window is empty, rather than never).
 */
export function needed(cost: number, limit: number): number {
  return Math.min(Math.max(cost, 1), limit);
}

/**
 * Estimated use at one moment: the previous window's share, rounded down, plus the current window.
 * Rounding down (as Upstash's limiter does) keeps small limits usable: with 1 rpm, unrounded, the
 * previous request would weigh more than zero until the end of the next window, so a key would get
 * one request every two minutes. The cost is an error of under one unit on the permissive side.
 */
export function used(prev: number, cur: number, weight: number): number {
  return Math.floor(prev * weight) + cur;
}

/** `1 - elapsed / window` at `now`: the share of the previous window still inside the sliding one. */
export function weightAt(now: number, windowMs: number): number {
  return 1 - (now - Math.floor(now / windowMs) * windowMs) / windowMs;
}

/**
 * Earliest epoch ms at which `needed(cost)` fits, assuming no further traffic. While the current
 * window is not over only the previous window's share decays; once it is, the current window becomes
 * the previous one and decays in turn. Solved in closed form, then checked against `used` itself so
 * floating-point rounding cannot make the promised moment disagree with the next check.
 */
export function freeAt(limit: number, prev: number, cur: number, cost: number, windowStart: number, windowMs: number, now: number): number {
  const need = needed(cost, limit);
  const room = limit - need;
  const next = cur > room; // the current window alone is full: wait for the next one
  const base = next ? windowStart + windowMs : windowStart;
  const p = next ? cur : prev;
  const c = next ? 0 : cur;
  const fitsAt = (t: number) => used(p, c, weightAt(t, windowMs)) + need <= limit;
  // floor(p * w) <= room - c  ⇔  p * w < floor(room - c) + 1
  const ratio = (Math.floor(room - c) + 1) / p;
  let at = ratio > 1 ? base : base + Math.floor(windowMs * (1 - ratio)) + 1;
  // The closed form is exact up to rounding, so these move a millisecond or two at most; bounded anyway.
  for (let i = 0; i < 8 && at > base && fitsAt(at - 1); i++) at--;
  for (let i = 0; i < 8 && !fitsAt(at); i++) at++;
  return Math.max(now, at);
}

/**
 * Builds the decision for `scopes` given their counters (already rolled to the current window and
 * not yet incremented). Pure; `counts[i]` belongs to `scopes[i]` and may be longer than `scopes`.
 * Allocates the decision and, on a rejection, its `limitedBy`; nothing else.
 */
export function decide(
  scopes: readonly ScopeLimit[],
  counts: readonly WindowCounts[],
  cost: number,
  now: number,
  windowMs: number,
): RateLimitDecision {
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const weight = weightAt(now, windowMs);
  const d: RateLimitDecision = { allowed: true, limit: Infinity, remaining: Infinity, resetMs: now };
  for (let i = 0; i < scopes.length; i++) {
    const s = scopes[i];
    const c = counts[i];
    if (isLimit(s.rpm)) consider(d, s, 'requests', s.rpm, c.pr, c.cr, 1, weight, windowStart, windowMs, now);
    if (isLimit(s.tpm)) consider(d, s, 'tokens', s.tpm, c.pt, c.ct, cost, weight, windowStart, windowMs, now);
  }
  if (!d.allowed) d.retryAfterSeconds = Math.max(1, Math.ceil((d.resetMs - now) / 1000));
  return d;
}

/** Folds one (scope, kind) into the decision; a module-level function so the hot path makes no closure. */
function consider(
  d: RateLimitDecision,
  s: ScopeLimit,
  kind: LimitKind,
  limit: number,
  prev: number,
  cur: number,
  cost: number,
  weight: number,
  windowStart: number,
  windowMs: number,
  now: number,
): void {
  const inUse = used(prev, cur, weight);
  if (inUse + needed(cost, limit) > limit) {
    const at = freeAt(limit, prev, cur, cost, windowStart, windowMs, now);
    // Report the scope that frees last, so a client honouring Retry-After does not retry into another 429.
    if (d.allowed || at > d.resetMs) {
      d.allowed = false;
      d.limitedBy = { scope: s.scope, id: s.id, kind };
      d.limit = limit;
      d.remaining = Math.max(0, Math.floor(limit - inUse));
      d.resetMs = at;
    }
    return;
  }
  if (!d.allowed) return;
  const left = Math.max(0, Math.floor(limit - inUse - cost));
  if (d.limit === Infinity || left / limit < d.remaining / d.limit) {
    d.limit = limit;
    d.remaining = left;
    d.resetMs = windowStart + windowMs;
  }
}
