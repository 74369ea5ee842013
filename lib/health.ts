import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDatabase } from '@/db';
import { MIGRATIONS_DIR } from '@/db/client';
import pkg from '@/package.json';
import { circuitBreakers } from '@/lib/pipeline/upstream/circuit';
import { sharedRedis } from '@/lib/redis/client';
import { isShuttingDown } from '@/lib/runtime/shutdown';
import { existingProcessSingleton, processSingleton } from '@/lib/runtime/singleton';

export const VERSION: string = pkg.version;

type ServiceState = 'ok' | 'error' | 'disabled';

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

export async function checkDatabase(): Promise<ServiceState> {
  try {
    await withTimeout(getDatabase().then((d) => d.ping()), 2000);
    return 'ok';
  } catch {
    return 'error';
  }
}

export async function checkRedis(): Promise<ServiceState> {
  const redis = sharedRedis();
  if (!redis) return 'disabled';
  try {
    // The client has no offline queue, so a probe that arrives while it is still connecting (the
    // first request after boot, or during a reconnect) waits for the connection, within the budget.
    if (redis.status !== 'ready') await connected(redis, 1000);
    await withTimeout(redis.ping(), 1000);
    return 'ok';
  } catch {
    return 'error';
  }
}

function connected(redis: NonNullable<ReturnType<typeof sharedRedis>>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new Error(`redis not connected within ${ms} ms`));
    }, ms);
    redis.once('ready', onReady);
  });
}

/** The newest migration this build ships (drizzle records its `when` as `created_at`). */
function latestShippedMigration(): number {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((e) => e.when));
}

export async function checkMigrations(): Promise<'ok' | 'pending' | 'error'> {
  // Once the database has every shipped migration it keeps them: the positive answer is cached.
  const state = processSingleton('migrations-applied', () => ({ database: undefined as unknown }));
  try {
    const database = await withTimeout(getDatabase(), 2000);
    if (state.database === database) return 'ok';
    const [table] = await withTimeout(database.rows<{ present: boolean }>(`select to_regclass('drizzle.__drizzle_migrations') is not null as present`), 2000);
    if (!table?.present) return 'pending';
    const [row] = await withTimeout(database.rows<{ latest: string | null }>('select max(created_at)::text as latest from drizzle.__drizzle_migrations'), 2000);
    if (row?.latest && Number(row.latest) >= latestShippedMigration()) {
      state.database = database;
      return 'ok';
    }
    return 'pending';
  } catch {
    return 'error';
  }
}

function usageQueue() {
  const writer = existingProcessSingleton<{ depth: number; spooledRows: number; maxQueue: number }>('usage-writer');
  return { depth: writer?.depth ?? 0, bound: writer?.maxQueue ?? null, spooled: writer?.spooledRows ?? 0 };
}

/** Liveness with dependency states: `ok` when the database answers, `degraded` otherwise (still 200). */
export async function healthReport() {
  const [database, redis] = await Promise.all([checkDatabase(), checkRedis()]);
  const status = database === 'ok' && redis !== 'error' ? 'ok' : 'degraded';
  return { status, version: VERSION, services: { database, redis }, circuits: circuitBreakers().states() };
}

/**
 * Readiness for load balancers: the database answers, every migration this build ships is applied,
 * the usage queue is under its bound, and the process is not shutting down. Redis being away does
 * not make an instance unready (rate limits fail open), but it is reported.
 */
export async function readinessReport() {
  const [database, redis, migrations] = await Promise.all([checkDatabase(), checkRedis(), checkMigrations()]);
  const queue = usageQueue();
  const queueOk = queue.bound === null || queue.depth < queue.bound;
  const stopping = isShuttingDown();
  const ready = database === 'ok' && migrations === 'ok' && queueOk && !stopping;
  return {
    status: ready ? 'ready' : 'not_ready',
    version: VERSION,
    services: { database, redis },
    circuits: circuitBreakers().states(),
    checks: { migrations, usage_queue: { ...queue, ok: queueOk }, shutting_down: stopping },
  };
}
