import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchWriter, failureReason, type BatchWriterOptions } from './batch-writer';

interface Row {
  id: number;
  at: Date;
}

/** A writer over a fresh spool directory; `options` override the test defaults. */
function writerWith(write: BatchWriterOptions<Row>['write'], options: Partial<BatchWriterOptions<Row>> = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spool-'));
  const writer = new BatchWriter<Row>({ name: 'rows', spoolDir: () => dir, revive: (row) => ({ ...row, at: new Date(row.at) }), flushIntervalMs: 5, write, ...options });
  return { dir, writer };
}

function setup(failing: { value: boolean }) {
  const written = new Map<number, Row>();
  let batches = 0;
  const { dir, writer } = writerWith(
    async (rows) => {
      if (failing.value) throw new Error('database unavailable');
      batches++;
      // Idempotent like the real sink: replaying a row does not write it twice.
      for (const row of rows) written.set(row.id, row);
    },
    { batchSize: 10, retryMs: 20 },
  );
  return { dir, written, writer, batches: () => batches };
}

describe('batched writes', () => {
  it('drains a queue that keeps refilling with one write at a time, sharing one flush among callers', async () => {
    let inFlight = 0;
    let most = 0;
    let rowsWritten = 0;
    const { writer } = writerWith(
      async (rows) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        rowsWritten += rows.length;
        inFlight--;
      },
      { batchSize: 10 },
    );
    // Traffic that arrives while every batch is being written: the queue never empties between writes.
    for (let round = 0; round < 20; round++) {
      for (let i = 0; i < 15; i++) writer.enqueue({ id: round * 15 + i, at: new Date() });
      expect(writer.flush()).toBe(writer.flush());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await writer.flush();
    expect(rowsWritten).toBe(300);
    expect(most).toBe(1);
    expect(writer.depth).toBe(0);
  });

  it('writes in batches of the configured size', async () => {
    const { writer, written, batches } = setup({ value: false });
    for (let id = 0; id < 25; id++) writer.enqueue({ id, at: new Date() });
    await writer.flush();
    expect(written.size).toBe(25);
    expect(batches()).toBe(3);
    expect(writer.depth).toBe(0);
  });

  it('spools to disk while the database is down and writes everything when it returns', async () => {
    const failing = { value: true };
    const { writer, written, dir } = setup(failing);
    for (let id = 0; id < 35; id++) writer.enqueue({ id, at: new Date(1_700_000_000_000 + id) });
    await writer.flush();
    expect(written.size).toBe(0);
    expect(writer.spooledRows).toBe(35);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
    failing.value = false;
    await writer.replay();
    expect(written.size).toBe(35);
    expect(written.get(7)!.at).toBeInstanceOf(Date);
    expect(writer.spooledRows).toBe(0);
    expect(readdirSync(dir)).toHaveLength(0);
  });

  it('on close, writes rows spooled during an outage that has ended, without waiting for the retry', async () => {
    const failing = { value: true };
    const written = new Map<number, Row>();
    const { writer, dir } = writerWith(
      async (rows) => {
        if (failing.value) throw new Error('database unavailable');
        for (const row of rows) written.set(row.id, row);
      },
      { retryMs: 60_000 }, // the retry timer would not fire within this test
    );
    for (let id = 0; id < 12; id++) writer.enqueue({ id, at: new Date() });
    await writer.flush();
    expect(writer.spooledRows).toBe(12);
    failing.value = false;
    writer.enqueue({ id: 12, at: new Date() });
    await writer.close();
    expect([...written.keys()].sort((a, b) => a - b)).toEqual([...Array(13).keys()]);
    expect(writer.spooledRows).toBe(0);
    expect(readdirSync(dir)).toHaveLength(0);
  });

  it('on close while the database is still away, keeps the spool for the next start', async () => {
    const failing = { value: true };
    const { writer, written, dir } = setup(failing);
    for (let id = 0; id < 5; id++) writer.enqueue({ id, at: new Date() });
    await writer.close();
    expect(written.size).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.jsonl'))).not.toHaveLength(0);
  });

  it('a write that hangs counts as failed: its rows are spooled and later batches are not held up', async () => {
    const written = new Map<number, Row>();
    let hang = true;
    const { writer } = writerWith(
      (rows) => {
        if (hang) return new Promise(() => undefined); // a connection that never answers
        for (const row of rows) written.set(row.id, row);
        return Promise.resolve();
      },
      { retryMs: 60_000, writeTimeoutMs: 50 },
    );
    writer.enqueue({ id: 1, at: new Date() });
    await writer.flush();
    expect(writer.spooledRows).toBe(1);
    hang = false;
    writer.enqueue({ id: 2, at: new Date() });
    await writer.flush();
    expect([...written.keys()]).toEqual([2]);
    await writer.replay();
    expect([...written.keys()].sort()).toEqual([1, 2]);
    expect(writer.spooledRows).toBe(0);
  });

  it('picks up rows spooled by an earlier process', async () => {
    const failing = { value: true };
    const first = setup(failing);
    for (let id = 0; id < 5; id++) first.writer.enqueue({ id, at: new Date() });
    await first.writer.close();
    const written = new Map<number, Row>();
    const second = new BatchWriter<Row>({ name: 'rows', spoolDir: () => first.dir, revive: (r) => r, retryMs: 10, write: async (rows) => rows.forEach((r) => written.set(r.id, r)) });
    expect(second.spooledRows).toBe(5);
    await second.replay();
    expect(written.size).toBe(5);
  });

  it('replays rows spooled while a replay was running', async () => {
    const written = new Set<number>();
    let failing = true;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { writer } = writerWith(
      async (rows) => {
        if (failing) throw new Error('database unavailable');
        await gate; // the replay is in the middle of writing the first file
        rows.forEach((r) => written.add(r.id));
      },
      { retryMs: 10 },
    );
    writer.enqueue({ id: 1, at: new Date() });
    await writer.flush();
    failing = false;
    const replaying = writer.replay();
    failing = true;
    writer.enqueue({ id: 2, at: new Date() });
    await writer.flush(); // fails: spooled into a file the running replay did not list
    failing = false;
    release();
    await replaying;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...written].sort()).toEqual([1, 2]);
    expect(writer.spooledRows).toBe(0);
  });

  it('never throws to the caller, even when the write fails', async () => {
    const { writer } = setup({ value: true });
    expect(() => writer.enqueue({ id: 1, at: new Date() })).not.toThrow();
    await expect(writer.flush()).resolves.toBeUndefined();
  });
});

describe('failureReason', () => {
  it('names the cause of a query error and leaves out the rows the query carried', () => {
    const error = new Error('Failed query: insert ... params: [{"prompt":"my card is 4111 1111 1111 1111"}]', { cause: new Error('connect ECONNREFUSED 127.0.0.1:5432') });
    expect(failureReason(error)).toBe('connect ECONNREFUSED 127.0.0.1:5432');
    expect(failureReason(new Error('write did not answer within 50 ms'))).toBe('write did not answer within 50 ms');
  });
});
