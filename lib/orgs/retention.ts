import type { Database, Db } from '@/db';
import { expireApprovals } from '@/db/queries/approvals';
import { deleteApprovalsBefore, deleteBefore, listOrganizationSettings } from '@/db/queries/retention';
import { log } from '@/lib/log';
import { processSingleton } from '@/lib/runtime/singleton';
import { readOrgSettings } from './settings';

/**
 * Retention: per organisation, request rows (with any stored prompts and responses), violations
 * and decided approvals older than `retention_days` are deleted, in batches so a large backlog
 * never holds long locks. Hourly and daily usage rollups stay (they carry no text). Approvals whose
 * time ran out are marked expired first. Run hourly by the server and by
 * `npm run admin -- purge-expired`.
 */
const BATCH = 5000;
const DAY_MS = 86_400_000;

export interface PurgeResult {
  organizations: number;
  requests: number;
  violations: number;
  approvals: number;
  expiredApprovals: number;
}

async function drain(step: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await step();
    total += n;
    if (n < BATCH) return total;
  }
}

export async function purgeExpired(db: Db, now = new Date()): Promise<PurgeResult> {
  const result: PurgeResult = { organizations: 0, requests: 0, violations: 0, approvals: 0, expiredApprovals: await expireApprovals(db) };
  for (const org of await listOrganizationSettings(db)) {
    const before = new Date(now.getTime() - readOrgSettings(org.settings).retention_days * DAY_MS);
    result.organizations++;
    result.requests += await drain(() => deleteBefore(db, 'requests', org.id, before, BATCH));
    result.violations += await drain(() => deleteBefore(db, 'violations', org.id, before, BATCH));
    result.approvals += await drain(() => deleteApprovalsBefore(db, org.id, before, BATCH));
  }
  return result;
}

/** Starts the hourly job (first run a minute after start); returns a stop function. */
export function startRetentionJob(database: () => Promise<Database>, everyMs = 3_600_000): () => void {
  const state = processSingleton('retention-job', () => ({ timer: null as NodeJS.Timeout | null, running: false }));
  const run = async () => {
    if (state.running) return;
    state.running = true;
    try {
      const result = await purgeExpired((await database()).db);
      if (result.requests + result.violations + result.approvals + result.expiredApprovals > 0) log.info({ ...result }, 'retention: expired rows removed');
    } catch (error) {
      log.warn({ err: error }, 'retention job failed; will try again');
    } finally {
      state.running = false;
    }
  };
  const first = setTimeout(() => void run(), Math.min(60_000, everyMs));
  first.unref();
  state.timer = setInterval(() => void run(), everyMs);
  state.timer.unref();
  return () => {
    clearTimeout(first);
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
  };
}
