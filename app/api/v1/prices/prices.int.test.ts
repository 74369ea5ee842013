import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRequestBatch } from '@/db/queries/requests';
import { uuidv7 } from '@/lib/ids';
import { call, startTestApp, type TestApp } from '@/lib/testing/harness';
import { applyPriceOverrides } from '@/lib/usage/overrides';

let app: TestApp;
let a: Awaited<ReturnType<TestApp['tenant']>>;
let viewer: Awaited<ReturnType<TestApp['tenant']>>;

beforeAll(async () => {
  app = await startTestApp();
  a = await app.tenant('Pricing');
  viewer = await app.tenant('Reader', 'viewer');
});
afterAll(async () => app?.close());

const row = (orgId: string, model: string) => ({
  id: uuidv7(),
  orgId,
  requestId: 'r',
  provider: 'custom',
  model,
  method: 'POST',
  path: '/v1/chat/completions',
  status: 200,
  tokensIn: 1_000_000,
  tokensOut: 500_000,
  costUsd: null,
  priceUnknown: true,
  latencyMs: 100,
  createdAt: new Date(),
});

describe('price overrides', () => {
  it('lists models that were called without a price, then prices later rows of that model', async () => {
    await insertRequestBatch(app.database.db, [row(a.orgId, 'house-llm'), row(a.orgId, 'house-llm')]);
    const before = await call('GET', '/api/v1/prices', { token: a.token });
    expect(before.status).toBe(200);
    expect(before.body.unpriced).toEqual([{ provider: 'custom', model: 'house-llm', requests: 2 }]);

    const set = await call('PUT', '/api/v1/prices', { token: a.token, body: { provider: 'custom', model: 'house-llm', input_per_mtok: 0.5, output_per_mtok: 2 } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ provider: 'custom', model: 'house-llm', input_per_mtok: 0.5, output_per_mtok: 2, cached_input_per_mtok: null });
    const update = await call('PUT', '/api/v1/prices', { token: a.token, body: { provider: 'custom', model: 'house-llm', input_per_mtok: 1, output_per_mtok: 2 } });
    expect(update.body.input_per_mtok).toBe(1);

    const [priced, other] = await applyPriceOverrides(app.database.db, [row(a.orgId, 'house-llm'), row(viewer.orgId, 'house-llm')]);
    expect(priced).toMatchObject({ costUsd: 2, priceUnknown: false });
    expect(other).toMatchObject({ costUsd: null, priceUnknown: true });

    const list = await call('GET', '/api/v1/prices', { token: a.token });
    expect(list.body.items).toHaveLength(1);
    const audit = await call('GET', '/api/v1/audit?action=price.set', { token: a.token });
    expect(audit.body.items).toHaveLength(2);
  });

  it('validates input, refuses viewers and deletes by provider and model', async () => {
    const bad = await call('PUT', '/api/v1/prices', { token: a.token, body: { provider: 'nowhere', model: 'x', input_per_mtok: 1, output_per_mtok: 1 } });
    expect(bad.body.error.field).toBe('provider');
    const negative = await call('PUT', '/api/v1/prices', { token: a.token, body: { provider: 'openai', model: 'x', input_per_mtok: -1, output_per_mtok: 1 } });
    expect(negative.body.error.field).toBe('input_per_mtok');
    const denied = await call('PUT', '/api/v1/prices', { token: viewer.token, body: { provider: 'openai', model: 'x', input_per_mtok: 1, output_per_mtok: 1 } });
    expect(denied.status).toBe(403);
    expect((await call('DELETE', '/api/v1/prices?provider=custom&model=house-llm', { token: viewer.token })).status).toBe(403);
    expect((await call('DELETE', '/api/v1/prices?provider=custom&model=house-llm', { token: a.token })).status).toBe(200);
    expect((await call('DELETE', '/api/v1/prices?provider=custom&model=house-llm', { token: a.token })).status).toBe(404);
    expect((await call('GET', '/api/v1/prices', { token: viewer.token })).body.items).toEqual([]);
  });
});
