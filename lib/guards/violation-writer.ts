import path from 'node:path';
import { getDb } from '@/db';
import { insertViolationBatch } from '@/db/queries/violations';
import type { NewViolation } from '@/db/schema';
import { dataDir } from '@/lib/runtime/data-dir';
import { onShutdown } from '@/lib/runtime/shutdown';
import { processSingleton } from '@/lib/runtime/singleton';
import { BatchWriter } from '@/lib/usage/batch-writer';

/**
 * The process's queue of `violations` rows, written like usage rows: in batches off the request
 * path, spooled to disk while the database is away, idempotent by the row's own uuidv7.
 */
export function violationWriter(): BatchWriter<NewViolation> {
  return processSingleton('violation-writer', () => {
    const writer = new BatchWriter<NewViolation>({
      name: 'violations',
      write: async (rows) => insertViolationBatch(await getDb(), rows),
      spoolDir: () => path.join(dataDir(), 'spool'),
      revive: (row) => ({ ...row, createdAt: new Date(row.createdAt as unknown as string) }),
      batchSize: 500,
      flushIntervalMs: 250,
      maxQueue: 50_000,
    });
    onShutdown('violation-writer', () => writer.close());
    return writer;
  });
}
