import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { log } from '@/lib/log';

/**
 * Rows queued on the request path and written in batches off it (one INSERT per batch). When the
 * database is unreachable, batches are spooled to disk as JSON lines and replayed when it returns;
 * the sink must be idempotent (rows carry their own ids), so a replay never doubles a row.
 * Nothing here ever throws to the caller: recording must not fail a request.
 */
export interface BatchWriterOptions<T> {
  name: string;
  /** `replay` is true for rows read back from the spool (they may have been written once already). */
  write: (rows: T[], replay: boolean) => Promise<unknown>;
  spoolDir: () => string;
  /** JSON revives dates as strings; this turns a spooled row back into a row. */
  revive: (row: T) => T;
  batchSize?: number;
  flushIntervalMs?: number;
  /** Above this many queued rows, new rows go straight to the spool (bounded memory). */
  maxQueue?: number;
  retryMs?: number;
  /**
   * A write that has not answered by then counts as failed (its rows are spooled or stay spooled).
   * A connection can hang after a database blink instead of erroring; waiting on it would hold up
   * every later batch. Safe because writes are idempotent: if the slow one lands after all, the
   * replay of the same rows inserts nothing.
   */
  writeTimeoutMs?: number;
}

export class BatchWriter<T> {
  private queue: T[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private replaying = false;
  /** A replay was asked for while one ran (rows spooled meanwhile): run again when it ends. */
  private replayAgain = false;
  private closed = false;
  private spooled = 0;
  private retryDelay: number;
  private readonly batchSize: number;
  private readonly flushIntervalMs: number;
  private readonly writeTimeoutMs: number;
  /** Rows held in memory at most; readiness reports not ready at this depth. */
  readonly maxQueue: number;

  constructor(private readonly options: BatchWriterOptions<T>) {
    this.batchSize = options.batchSize ?? 500;
    this.flushIntervalMs = options.flushIntervalMs ?? 200;
    this.maxQueue = options.maxQueue ?? 50_000;
    this.retryDelay = options.retryMs ?? 1000;
    this.writeTimeoutMs = options.writeTimeoutMs ?? 10_000;
    this.recoverClaimedFiles();
    this.spooled = this.countSpooled();
    if (this.spooled > 0) this.scheduleReplay();
  }

  /** Rows waiting in memory. */
  get depth(): number {
    return this.queue.length;
  }

  /** Rows on disk waiting for the database. */
  get spooledRows(): number {
    return this.spooled;
  }

  enqueue(row: T): void {
    if (this.closed || this.queue.length >= this.maxQueue) {
      this.spool([row]);
      return;
    }
    this.queue.push(row);
    // flush() joins a drain already under way, which takes these rows too.
    if (this.queue.length >= this.batchSize) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.flushIntervalMs);
      this.timer.unref();
    }
  }

  /** Writes everything queued now; resolves when done (spooled on failure). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // One drain loop at a time: callers during a write share it. (Each caller starting its own
    // loop, or a loop that recursed per batch, kept every written batch reachable for as long as
    // traffic never let the queue empty.)
    this.flushing ??= this.drain().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      await this.writeOrSpool(this.queue.splice(0, this.batchSize));
    }
  }

  private async write(rows: T[], replay: boolean): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`write did not answer within ${this.writeTimeoutMs} ms`)), this.writeTimeoutMs);
      timer.unref();
    });
    try {
      await Promise.race([this.options.write(rows, replay), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async writeOrSpool(batch: T[]): Promise<void> {
    try {
      await this.write(batch, false);
    } catch (error) {
      log.warn({ reason: failureReason(error), writer: this.options.name, rows: batch.length }, 'batch write failed; spooling to disk');
      this.spool(batch);
    }
  }

  private spoolFile(): string {
    return path.join(this.options.spoolDir(), `${this.options.name}-${Date.now()}-${randomBytes(4).toString('hex')}.jsonl`);
  }

  private spool(rows: T[]): void {
    try {
      mkdirSync(this.options.spoolDir(), { recursive: true, mode: 0o700 });
      appendFileSync(this.spoolFile(), rows.map((r) => JSON.stringify(r)).join('\n') + '\n', { mode: 0o600 });
      this.spooled += rows.length;
      this.scheduleReplay();
    } catch (error) {
      log.error({ err: error, writer: this.options.name, rows: rows.length }, 'could not spool rows to disk; they are lost');
    }
  }

  private spoolFiles(): string[] {
    const dir = this.options.spoolDir();
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.startsWith(`${this.options.name}-`) && f.endsWith('.jsonl'))
      .sort()
      .map((f) => path.join(dir, f));
  }

  /** A replay interrupted by a crash leaves a claimed file behind: put it back in line. */
  private recoverClaimedFiles(): void {
    const dir = this.options.spoolDir();
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir)) {
      if (f.startsWith(`${this.options.name}-`) && f.endsWith('.jsonl.replaying')) renameSync(path.join(dir, f), path.join(dir, f.replace(/\.replaying$/, '')));
    }
  }

  private countSpooled(): number {
    let count = 0;
    for (const file of this.spoolFiles()) count += readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
    return count;
  }

  private scheduleReplay(): void {
    if (this.retryTimer || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.replay();
    }, this.retryDelay);
    this.retryTimer.unref();
  }

  /** Replays spooled files oldest first; stops at the first failure and tries again later. */
  async replay(): Promise<void> {
    if (this.replaying) {
      this.replayAgain = true;
      return;
    }
    this.replaying = true;
    try {
      for (const file of this.spoolFiles()) {
        // Claim the file so a concurrent spool append never lands in a file being replayed.
        const claimed = `${file}.replaying`;
        renameSync(file, claimed);
        const rows = readFileSync(claimed, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => this.options.revive(JSON.parse(line) as T));
        try {
          for (let i = 0; i < rows.length; i += this.batchSize) await this.write(rows.slice(i, i + this.batchSize), true);
        } catch (error) {
          renameSync(claimed, file);
          this.retryDelay = Math.min(this.retryDelay * 2, 30_000);
          log.warn({ reason: failureReason(error), writer: this.options.name, spooled: this.spooled }, 'database still unavailable; will retry spooled rows');
          this.scheduleReplay();
          return;
        }
        rmSync(claimed, { force: true });
        this.spooled = Math.max(0, this.spooled - rows.length);
      }
      this.retryDelay = this.options.retryMs ?? 1000;
      if (this.spooled > 0) log.info({ writer: this.options.name }, 'spooled rows written');
      this.spooled = this.countSpooled();
      // Files spooled while this replay ran were not in its list: they must not wait for the next outage.
      if (this.spooled > 0) this.replayAgain = true;
    } finally {
      this.replaying = false;
      if (this.replayAgain) {
        this.replayAgain = false;
        this.scheduleReplay();
      }
    }
  }

  /**
   * Flushes the queue (spooling what cannot be written), stops the timers, and makes one last
   * attempt at the spool: rows spooled during an outage that has since ended are written now,
   * while the database is still open, instead of waiting on disk for this instance's next start.
   */
  async close(): Promise<void> {
    do await this.flush();
    while (this.queue.length > 0);
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    while (this.replaying) await new Promise((resolve) => setTimeout(resolve, 10));
    if (this.spoolFiles().length > 0) await this.replay();
  }
}

/**
 * Why a write failed, without the rows: a driver's query error quotes its parameters, which here
 * are the rows themselves (with stored prompts, when an organisation opts in). The underlying
 * cause (ECONNREFUSED, a timeout, a constraint) is what an operator needs.
 */
export function failureReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.slice(0, 300);
}
