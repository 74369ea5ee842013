import { getDb } from '@/db';
import { settleBudgets, type BudgetSettlement } from '@/db/queries/budgets';
import { log } from '@/lib/log';
import { onShutdown } from '@/lib/runtime/shutdown';
import { processSingleton } from '@/lib/runtime/singleton';

/**
 * Settlements (spent += real cost, reserved -= estimate) are folded per counter and written every
 * 100 ms in one statement, off the response path. A failed write keeps the folded amounts and is
 * retried with backoff; until then the reservation stays counted, which errs on the side of the cap.
 * Not spooled to disk: a crash before the write leaves the estimate reserved until the period ends.
 */
const FLUSH_MS = 100;

interface Queue {
  pending: Map<string, BudgetSettlement>;
  timer: NodeJS.Timeout | null;
  flushing: Promise<void> | null;
  delay: number;
  registered: boolean;
}

const queue = processSingleton<Queue>('budget-settle', () => ({ pending: new Map(), timer: null, flushing: null, delay: FLUSH_MS, registered: false }));

function fold(s: BudgetSettlement): void {
  const key = `${s.orgId}|${s.subject}|${s.period}`;
  const existing = queue.pending.get(key);
  if (existing) {
    existing.spentUsd += s.spentUsd;
    existing.releaseUsd += s.releaseUsd;
  } else queue.pending.set(key, { ...s });
}

function schedule(delay: number): void {
  if (queue.timer) return;
  queue.timer = setTimeout(() => {
    queue.timer = null;
    void flushBudgetSettlements();
  }, delay);
  queue.timer.unref();
}

export function settleLater(settlements: BudgetSettlement[]): void {
  if (!queue.registered) {
    queue.registered = true;
    onShutdown('budget-settle', () => flushBudgetSettlements());
  }
  for (const s of settlements) fold(s);
  schedule(queue.delay);
}

export async function flushBudgetSettlements(): Promise<void> {
  while (queue.flushing) await queue.flushing;
  if (queue.pending.size === 0) return;
  const batch = [...queue.pending.values()];
  queue.pending.clear();
  queue.flushing = (async () => {
    try {
      await settleBudgets(await getDb(), batch);
      queue.delay = FLUSH_MS;
    } catch (error) {
      for (const s of batch) fold(s);
      queue.delay = Math.min(queue.delay * 2, 30_000);
      log.warn({ err: error, counters: batch.length }, 'budget settlement failed; will retry');
      schedule(queue.delay);
    }
  })().finally(() => {
    queue.flushing = null;
  });
  await queue.flushing;
}
