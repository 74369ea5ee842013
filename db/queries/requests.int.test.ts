import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { createTestDatabase } from '@/db/testing';
import { uuidv7 } from '@/lib/ids';
import type { NewRequestRow } from '../schema';
import { insertRequestBatch } from './requests';

let database: Database;
const orgId = '11111111-1111-4111-8111-111111111111';
const keyId = '22222222-2222-4222-8222-222222222222';

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const row = (over: Partial<NewRequestRow> = {}): NewRequestRow => ({
  id: uuidv7(),
  orgId,
  apiKeyId: keyId,
  requestId: 'r',
  provider: 'openai',
  model: 'gpt-4o',
  method: 'POST',
  path: '/v1/chat/completions',
  status: 200,
  tokensIn: 10,
  tokensOut: 5,
  costUsd: 0.001,
  latencyMs: 120,
  overheadMs: 0.2,
  createdAt: new Date('2026-11-20T10:15:00Z'),
  ...over,
});

describe('request rows and rollups', () => {
  it('folds rows into hourly rollups, and a replayed batch counts nothing twice', async () => {
    const batch = [row(), row({ status: 500, errorCode: 'upstream_error', latencyMs: 3000 }), row({ model: 'gpt-4o-mini', tokensIn: 100 })];
    expect(await insertRequestBatch(database.db, batch)).toBe(3);
    expect(await insertRequestBatch(database.db, batch)).toBe(0);
    expect(await insertRequestBatch(database.db, [...batch, row()])).toBe(1);
    const rollups = await database.rows<{ model: string; requests: number; errors: number; tokens_in: number; latency_buckets: number[]; cost_usd: number }>(
      'select model, requests, errors, tokens_in, latency_buckets, cost_usd from usage_hourly where org_id = $1 order by model',
    [orgId]);
    expect(rollups).toHaveLength(2);
    const gpt4o = rollups.find((r) => r.model === 'gpt-4o')!;
    expect(gpt4o.requests).toBe(3);
    expect(gpt4o.errors).toBe(1);
    expect(Number(gpt4o.tokens_in)).toBe(30);
    expect(gpt4o.latency_buckets.reduce((a, b) => a + b, 0)).toBe(3);
    expect(gpt4o.cost_usd).toBeCloseTo(0.003, 10);
    const count = await database.rows<{ n: number }>('select count(*)::int as n from requests where org_id = $1', [orgId]);
    expect(count[0].n).toBe(4);
  });
});
