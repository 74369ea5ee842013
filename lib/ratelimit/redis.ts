/**
 * Rate limiter shared by every gateway instance through Redis. One EVALSHA per check: the script reads
 * every scope, and increments them only if all pass, atomically (Redis runs one script at a time).
 *
 * Availability beats precision here: when Redis is slow or gone the request is let through
 * (`degraded: true`) after at most `timeoutMs`, because a limiter outage must not become a gateway
 * outage. The client never queues commands while disconnected, never retries a command, and keeps
 * reconnecting in the background, so the limiter heals on its own when Redis returns.
 */
import Redis, { type RedisOptions } from 'ioredis';
import { tokenCount } from './memory';
import { checkScript, settleScript, type LoadedScript } from './redis-script';
import type { DegradedHook, RateLimitCheck, RateLimitDecision, RateLimiter, RateLimitLogger, ScopeLimit, ScopeRef } from './types';
import { DEFAULT_WINDOW_MS } from './types';
import { ThrottledWarning } from './warn';
import { decide, isLimit, type WindowCounts } from './window';

export interface RedisRateLimiterOptions {
  /** `redis://` or `rediss://` URL. */
  url: string;
  /** Longest a request waits on Redis before failing open. Default 200 ms. */
  timeoutMs?: number;
  /** Prepended to every key, so several deployments (or tests) can share one Redis. Default `rl:`. */
  keyPrefix?: string;
  windowMs?: number;
  onDegraded?: DegradedHook;
  logger?: RateLimitLogger;
  /** At most one "failing open" warning per this interval. Default 30 s. */
  warnIntervalMs?: number;
  /**
   * After a failed call, fail open at once for this long instead of trying Redis again, so an outage
   * costs one request per interval a `timeoutMs` wait, not every request. Default 1 s.
   */
  retryAfterFailureMs?: number;
  /** Tests only: honour `check({ now })` instead of the server clock, to replay a sequence exactly. */
  useCallerClock?: boolean;
  /** Extra ioredis options (TLS, credentials); the availability options above win over these. */
  redisOptions?: RedisOptions;
}

export class RedisRateLimiter implements RateLimiter {
  readonly windowMs: number;
  private readonly client: Redis;
  private readonly prefix: string;
  private readonly onDegraded?: DegradedHook;
  private readonly logger: RateLimitLogger;
  private readonly warning: ThrottledWarning;
  private readonly retryAfterFailureMs: number;
  private readonly useCallerClock: boolean;
  private readonly timeoutMs: number;
  /** Pending until the first connection attempt settles; checks made before then wait for it. */
  private startup: Promise<void> | undefined;
  private skipUntil = 0;
  private lastFailure = '';
  private degraded = false;

  constructor(options: RedisRateLimiterOptions) {
    this.timeoutMs = options.timeoutMs ?? 200;
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.prefix = options.keyPrefix ?? 'rl:';
    this.onDegraded = options.onDegraded;
    this.logger = options.logger ?? console;
    this.warning = new ThrottledWarning(this.logger, options.warnIntervalMs ?? 30_000);
    this.retryAfterFailureMs = options.retryAfterFailureMs ?? 1000;
    this.useCallerClock = options.useCallerClock ?? false;
    this.client = new Redis(options.url, {
      ...options.redisOptions,
      // Fail instead of queueing while disconnected: a queued check would wait for the reconnect.
      enableOfflineQueue: false,
      commandTimeout: this.timeoutMs,
      // A command lost with its connection is failed (and the request let through), not resent later.
      maxRetriesPerRequest: 0,
      connectTimeout: Math.max(1000, this.timeoutMs * 20),
      // Never give up: back off to one attempt every 2 s until Redis answers again.
      retryStrategy: (times) => Math.min(100 * times, 2000),
      // After a failover the old primary answers READONLY; a fresh connection finds the new one.
      reconnectOnError: (err) => err.message.startsWith('READONLY'),
    });
    // Requests arriving while the process is still connecting wait for it (up to the timeout) rather
    // than fail open: a normal boot is not an outage worth a warning and a metric.
    this.startup = new Promise((resolve) => {
      const settled = () => {
        this.startup = undefined;
        resolve();
      };
      this.client.once('ready', settled).once('close', settled).once('end', settled);
    });
    // Without a listener ioredis prints every connection error; route them through the throttle.
    this.client.on('error', (err: Error) => this.warning.warn('rate limiter: Redis connection error, limits fail open until it is back', { reason: err.message }));
    this.client.on('ready', () => {
      // Load once per connection so checks hit EVALSHA; `run` still falls back to EVAL on NOSCRIPT
      // (a restarted or flushed Redis, or a check that beat this call).
      for (const s of [checkScript, settleScript]) this.client.script('LOAD', s.source).catch(() => undefined);
    });
  }

  /** Whether the connection is up; for health checks. */
  get connected(): boolean {
    return this.client.status === 'ready';
  }

  /** Resolves true once connected, false after `timeoutMs`; for boot sequences and tests. */
  ready(timeoutMs = 2000): Promise<boolean> {
    if (this.connected) return Promise.resolve(true);
    return new Promise((resolve) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.client.off('ready', onReady);
        resolve(false);
      }, timeoutMs);
      this.client.once('ready', onReady);
    });
  }

  async check(req: RateLimitCheck): Promise<RateLimitDecision> {
    const scopes = req.scopes.filter((s) => isLimit(s.rpm) || isLimit(s.tpm));
    if (scopes.length === 0) return { allowed: true, limit: Infinity, remaining: Infinity, resetMs: req.now ?? Date.now() };
    if (this.startup) await within(this.startup, this.timeoutMs);
    const unavailable = this.unavailable();
    if (unavailable) return this.failOpen(unavailable);

    const cost = tokenCount(req.estimatedTokens);
    const keys = scopes.map((s) => this.key(s));
    const args: number[] = [this.windowMs, cost, this.callerNow(req.now)];
    for (const s of scopes) args.push(isLimit(s.rpm) ? s.rpm : 0, isLimit(s.tpm) ? s.tpm : 0);

    let reply: number[];
    try {
      reply = (await this.run(checkScript, keys, args)) as number[];
    } catch (err) {
      return this.failOpen(this.noteFailure(err));
    }
    this.noteSuccess();
    return toDecision(scopes, reply, cost, this.windowMs);
  }

  async settleTokens(scopes: readonly ScopeRef[], deltaTokens: number, now?: number): Promise<void> {
    const delta = Math.round(deltaTokens);
    if (!Number.isFinite(delta) || delta === 0 || scopes.length === 0 || this.unavailable()) return;
    try {
      await this.run(settleScript, scopes.map((s) => this.key(s)), [this.windowMs, delta, this.callerNow(now)]);
      this.noteSuccess();
    } catch (err) {
      // Settlement is bookkeeping after the response; losing one skews a window slightly, no more.
      this.warning.warn('rate limiter: token settlement skipped, Redis unreachable', { reason: this.noteFailure(err) });
    }
  }

  async close(): Promise<void> {
    try {
      if (this.connected) await this.client.quit();
      else this.client.disconnect();
    } catch {
      this.client.disconnect();
    }
  }

  private key(s: ScopeRef): string {
    return `${this.prefix}${s.scope}:${s.id}`;
  }

  private callerNow(now: number | undefined): number {
    return this.useCallerClock && now !== undefined ? now : -1;
  }

  /** Why Redis should not be tried right now, or '' when it should. */
  private unavailable(): string {
    if (this.client.status !== 'ready') return `redis ${this.client.status}`;
    if (this.skipUntil > 0 && Date.now() < this.skipUntil) return this.lastFailure;
    return '';
  }

  private async run(script: LoadedScript, keys: string[], args: number[]): Promise<unknown> {
    try {
      return await this.client.evalsha(script.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return this.client.eval(script.source, keys.length, ...keys, ...args);
    }
  }

  private noteFailure(err: unknown): string {
    this.lastFailure = err instanceof Error ? err.message : String(err);
    this.skipUntil = Date.now() + this.retryAfterFailureMs;
    return this.lastFailure;
  }

  private noteSuccess(): void {
    this.skipUntil = 0;
    if (!this.degraded) return;
    this.degraded = false;
    this.warning.reset();
    try {
      this.logger.info?.({}, 'rate limiter: Redis reachable again, limits enforced');
    } catch {
      // Logging is best effort.
    }
  }

  private failOpen(reason: string): RateLimitDecision {
    this.degraded = true;
    this.warning.warn('rate limiter: Redis unreachable, failing open', { reason });
    try {
      this.onDegraded?.(reason);
    } catch {
      // The hook belongs to metrics; its failure must not fail the request.
    }
    return { allowed: true, degraded: true, limit: Infinity, remaining: Infinity, resetMs: Date.now() };
  }
}

/**
 * Turns the script's reply into a decision with the same `decide` the memory limiter uses. The
 * script's verdict is authoritative (it already counted, or did not); the two compute the same
 * arithmetic, so disagreeing would take a rounding difference exactly at a limit, and then we report
 * the script's verdict with no capacity left.
 */
function toDecision(scopes: ScopeLimit[], reply: number[], cost: number, windowMs: number): RateLimitDecision {
  const now = Number(reply[0]);
  const allowed = Number(reply[1]) === 1;
  const counts: WindowCounts[] = scopes.map((_, i) => ({
    w: 0,
    cr: Number(reply[2 + 4 * i]),
    pr: Number(reply[3 + 4 * i]),
    ct: Number(reply[4 + 4 * i]),
    pt: Number(reply[5 + 4 * i]),
  }));
  const d = decide(scopes, counts, cost, now, windowMs);
  if (d.allowed === allowed) return d;
  if (allowed) return { allowed, limit: d.limit, remaining: 0, resetMs: Math.floor(now / windowMs) * windowMs + windowMs };
  const resetMs = Math.floor(now / windowMs) * windowMs + windowMs;
  return { allowed, limit: d.limit, remaining: 0, resetMs, retryAfterSeconds: Math.max(1, Math.ceil((resetMs - now) / 1000)) };
}

/** Resolves when `p` does or after `ms`, whichever comes first. */
function within(p: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    void p.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
