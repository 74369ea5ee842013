/**
 * In-process rate limiter for the embedded mode (one instance, no Redis). Counters live in one Map
 * per scope kind, keyed by id, so a lookup needs no string concatenation; each entry is five numbers.
 * Work is synchronous, which also makes a check atomic: nothing can interleave between "all scopes
 * pass" and "count them".
 */
import type { RateLimitCheck, RateLimitDecision, RateLimiter, Scope, ScopeRef } from './types';
import { DEFAULT_WINDOW_MS } from './types';
import { decide, rollWindow, type WindowCounts } from './window';

export interface MemoryRateLimiterOptions {
  /** Window length; a minute unless a test wants otherwise. */
  windowMs?: number;
  /** Clock used when a check carries no `now`. */
  clock?: () => number;
}

type Table = Map<string, WindowCounts>;

export class MemoryRateLimiter implements RateLimiter {
  readonly windowMs: number;
  private readonly clock: () => number;
  private readonly tables: Record<Scope, Table> = { key: new Map(), user: new Map(), org: new Map(), provider: new Map() };
  /** Reused between calls: the entries of the check in progress (safe, a check never yields). */
  private readonly scratch: WindowCounts[] = [];
  private nextSweepAt = 0;

  constructor(options: MemoryRateLimiterOptions = {}) {
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.clock = options.clock ?? Date.now;
  }

  check(req: RateLimitCheck): Promise<RateLimitDecision> {
    return Promise.resolve(this.checkSync(req));
  }

  /** The synchronous core of `check`, for callers that can skip the promise. */
  checkSync(req: RateLimitCheck): RateLimitDecision {
    const now = req.now ?? this.clock();
    const cost = tokenCount(req.estimatedTokens);
    const win = Math.floor(now / this.windowMs);
    if (now >= this.nextSweepAt) this.sweep(now);

    const scopes = req.scopes;
    const entries = this.scratch;
    for (let i = 0; i < scopes.length; i++) {
      const e = this.entry(scopes[i], win);
      rollWindow(e, win);
      entries[i] = e;
    }
    const decision = decide(scopes, entries, cost, now, this.windowMs);
    // All-or-nothing: count only when every scope passed.
    if (decision.allowed) {
      for (let i = 0; i < scopes.length; i++) {
        entries[i].cr += 1;
        entries[i].ct += cost;
      }
    }
    return decision;
  }

  settleTokens(scopes: readonly ScopeRef[], deltaTokens: number, now?: number): Promise<void> {
    this.settleSync(scopes, deltaTokens, now ?? this.clock());
    return Promise.resolve();
  }

  settleSync(scopes: readonly ScopeRef[], deltaTokens: number, now: number): void {
    const delta = Math.round(deltaTokens);
    if (!Number.isFinite(delta) || delta === 0) return;
    const win = Math.floor(now / this.windowMs);
    for (const s of scopes) {
      // A refund for a counter already swept has nothing left to refund.
      const e = delta > 0 ? this.entry(s, win) : this.tables[s.scope].get(s.id);
      if (!e) continue;
      rollWindow(e, win);
      applyTokenDelta(e, delta);
    }
  }

  /**
   * Drops counters whose both windows are over (they would roll to zeros anyway). Runs at most once
   * per window from `check`, so memory stays proportional to the scopes seen in the last two windows.
   */
  sweep(now: number = this.clock()): number {
    const win = Math.floor(now / this.windowMs);
    let removed = 0;
    for (const scope in this.tables) {
      const table = this.tables[scope as Scope];
      for (const [id, e] of table) {
        if (e.w < win - 1) {
          table.delete(id);
          removed++;
        }
      }
    }
    this.nextSweepAt = (win + 1) * this.windowMs;
    return removed;
  }

  /** Number of live counters; for tests and the health page. */
  get size(): number {
    return this.tables.key.size + this.tables.user.size + this.tables.org.size + this.tables.provider.size;
  }

  close(): Promise<void> {
    for (const scope in this.tables) this.tables[scope as Scope].clear();
    this.scratch.length = 0;
    return Promise.resolve();
  }

  private entry(ref: ScopeRef, win: number): WindowCounts {
    const table = this.tables[ref.scope];
    let e = table.get(ref.id);
    if (e === undefined) {
      e = { w: win, cr: 0, pr: 0, ct: 0, pt: 0 };
      table.set(ref.id, e);
    }
    return e;
  }
}

/** Token estimates arrive as floats or junk from upstream code; counters stay whole and non-negative. */
export function tokenCount(tokens: number | undefined): number {
  return tokens !== undefined && tokens > 0 && tokens < Infinity ? Math.ceil(tokens) : 0;
}

/**
 * Adds a settlement to the current window. A refund larger than what the current window holds (the
 * request was counted before the window rolled) spills into the previous window, never below zero.
 */
export function applyTokenDelta(e: WindowCounts, delta: number): void {
  e.ct += delta;
  if (e.ct < 0) {
    e.pt = Math.max(0, e.pt + e.ct);
    e.ct = 0;
  }
}
