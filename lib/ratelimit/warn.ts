import type { RateLimitLogger } from './types';

/**
 * Logs at most one warning per interval and counts the rest. When Redis goes away every request hits
 * the same failure; one line per request would bury the log (and cost more than the request).
 */
export class ThrottledWarning {
  private lastAt = -Infinity;
  private suppressed = 0;

  constructor(
    private readonly logger: RateLimitLogger,
    private readonly intervalMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  warn(msg: string, fields: Record<string, unknown>): void {
    const now = this.clock();
    if (now - this.lastAt < this.intervalMs) {
      this.suppressed++;
      return;
    }
    this.lastAt = now;
    const suppressed = this.suppressed;
    this.suppressed = 0;
    try {
      this.logger.warn(suppressed > 0 ? { ...fields, suppressed } : fields, msg);
    } catch {
      // A broken logger must not break the request path.
    }
  }

  /** Starts a fresh interval, so the next failure after a recovery is reported at once. */
  reset(): void {
    this.lastAt = -Infinity;
    this.suppressed = 0;
  }
}
