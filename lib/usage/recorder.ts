import path from 'node:path';
import { getDb } from '@/db';
import { insertRequestBatch } from '@/db/queries/requests';
import type { NewRequestRow } from '@/db/schema';
import { env } from '@/lib/config/env';
import { dataDir } from '@/lib/runtime/data-dir';
import { onShutdown } from '@/lib/runtime/shutdown';
import { processSingleton } from '@/lib/runtime/singleton';
import { BatchWriter } from './batch-writer';
import { applyPriceOverrides } from './overrides';

/** The process's queue of `requests` rows (one per gateway call), flushed in batches. */
export function usageWriter(): BatchWriter<NewRequestRow> {
  return processSingleton('usage-writer', () => {
    const config = env();
    const writer = new BatchWriter<NewRequestRow>({
      name: 'requests',
      write: async (rows) => {
        const db = await getDb();
        return insertRequestBatch(db, await applyPriceOverrides(db, rows));
      },
      spoolDir: () => path.join(dataDir(), 'spool'),
      revive: (row) => ({ ...row, createdAt: new Date(row.createdAt as unknown as string) }),
      batchSize: config.GATEWAY_USAGE_BATCH_SIZE,
      flushIntervalMs: config.GATEWAY_USAGE_FLUSH_MS,
      maxQueue: config.GATEWAY_USAGE_MAX_QUEUE,
    });
    onShutdown('usage-writer', () => writer.close());
    return writer;
  });
}
