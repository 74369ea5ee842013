import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, useDatabase, type Database } from '@/db';
import { openPglite } from '@/db/client';
import { createTestDatabase } from '@/db/testing';
import { call } from '@/lib/testing/harness';
import { markShuttingDown } from '@/lib/runtime/shutdown';
import { clearProcessSingleton, processSingleton } from '@/lib/runtime/singleton';

let database: Database;

beforeAll(async () => {
  process.env.LOG_LEVEL ??= 'silent';
  database = await createTestDatabase();
  useDatabase(database);
});
afterAll(async () => closeDatabase());
afterEach(() => {
  useDatabase(database);
  markShuttingDown(false);
  clearProcessSingleton('usage-writer');
});

describe('GET /api/health/ready', () => {
  it('is ready with a reachable, migrated database', async () => {
    const res = await call('GET', '/api/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ready', services: { database: 'ok' }, circuits: {}, checks: { migrations: 'ok', shutting_down: false } });
    expect(res.body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(['ok', 'disabled']).toContain(res.body.services.redis);
  });

  it('is not ready while migrations are missing', async () => {
    const bare = await openPglite(undefined, { migrate: false });
    useDatabase(bare);
    const res = await call('GET', '/api/health/ready');
    expect(res.status).toBe(503);
    expect(res.body.checks.migrations).toBe('pending');
    await bare.close();
  });

  it('is not ready when the database does not answer (liveness still answers 200)', async () => {
    useDatabase({ ...database, ping: () => Promise.reject(new Error('connection refused')) });
    const ready = await call('GET', '/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.services.database).toBe('error');
    const live = await call('GET', '/api/health');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'degraded', services: { database: 'error' }, circuits: {} });
  });

  it('is not ready when the usage queue is at its bound', async () => {
    processSingleton('usage-writer', () => ({ depth: 50, maxQueue: 50, spooledRows: 7 }));
    const res = await call('GET', '/api/health/ready');
    expect(res.status).toBe(503);
    expect(res.body.checks.usage_queue).toEqual({ depth: 50, bound: 50, spooled: 7, ok: false });
  });

  it('is not ready once shutdown has begun', async () => {
    markShuttingDown();
    const res = await call('GET', '/api/health/ready');
    expect(res.status).toBe(503);
    expect(res.body.checks.shutting_down).toBe(true);
  });
});
