import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRequestBatch } from '@/db/queries/requests';
import { violations, type NewRequestRow } from '@/db/schema';
import { uuidv7 } from '@/lib/ids';
import { call, startTestApp, type TestApp } from '@/lib/testing/harness';

let app: TestApp;
let a: Awaited<ReturnType<TestApp['tenant']>>;
let b: Awaited<ReturnType<TestApp['tenant']>>;
let keyA: { id: string; masked: string };
let keyA2: { id: string };

const HOUR = 3_600_000;
// Two hours ago on the hour, so every row lands in the last 24 hours, in whole hours.
const base = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
const ids: string[] = [];

function row(over: Partial<NewRequestRow>): NewRequestRow {
  const createdAt = over.createdAt ?? new Date(base + 60_000 * ids.length);
  const id = uuidv7(createdAt.getTime());
  ids.push(id);
  return {
    id,
    orgId: a.orgId,
    apiKeyId: keyA.id,
    requestId: `req-${ids.length}`,
    provider: 'openai',
    model: 'gpt-4o',
    method: 'POST',
    path: '/v1/chat/completions',
    status: 200,
    tokensIn: 100,
    tokensOut: 50,
    costUsd: 0.001,
    latencyMs: 200,
    upstreamMs: 190,
    overheadMs: 2,
    ttfbMs: 120,
    createdAt,
    ...over,
  };
}

beforeAll(async () => {
  app = await startTestApp();
  a = await app.tenant('Analytics');
  b = await app.tenant('Elsewhere');
  keyA = (await call('POST', '/api/v1/keys', { token: a.token, body: { name: 'agent one' } })).body;
  keyA2 = (await call('POST', '/api/v1/keys', { token: a.token, body: { name: 'agent two' } })).body;
  const db = app.database.db;
  await insertRequestBatch(db, [
    row({}),
    row({ tokensIn: 300, tokensOut: 100, costUsd: 0.004, latencyMs: 900 }),
    row({ model: 'claude-sonnet-4-5', provider: 'anthropic', apiKeyId: keyA2.id, costUsd: 0.01, latencyMs: 1500 }),
    row({ status: 403, errorCode: 'policy_denied', decision: 'block', costUsd: null, tokensIn: 0, tokensOut: 0, latencyMs: 3 }),
    row({ status: 502, errorCode: 'upstream_error', costUsd: 0, tokensIn: 0, tokensOut: 0, createdAt: new Date(base + HOUR + 5_000) }),
    row({ model: 'house-model', costUsd: null, priceUnknown: true, createdAt: new Date(base + HOUR + 6_000) }),
  ]);
  await insertRequestBatch(db, [{ ...row({}), orgId: b.orgId, apiKeyId: null, costUsd: 99 }]);
  const v = (over: Partial<typeof violations.$inferInsert>) => ({ id: uuidv7(), orgId: a.orgId, type: 'pii', severity: 'high' as const, direction: 'request', action: 'mask', description: 'E-mail address masked', requestId: 'req-1', createdAt: new Date(base + 1000), ...over });
  await db.insert(violations).values([
    v({}),
    v({ type: 'injection', severity: 'critical', action: 'block', autoBlocked: true, requestId: 'req-4' }),
    v({ type: 'pii', severity: 'medium', shadow: true }),
    v({ orgId: b.orgId }),
  ]);
});
afterAll(async () => app?.close());

describe('stats', () => {
  it('answers the seeds shape from the rollups, with latency percentiles, errors, blocks and violations', async () => {
    const res = await call('GET', '/api/v1/analytics/stats?period=24h', { token: a.token });
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s).toMatchObject({ period: '24h', total_requests: 6, errors: 2, blocked: 1, unpriced_requests: 1, by_provider: { openai: 5, anthropic: 1 } });
    expect(s.total_cost_usd).toBeCloseTo(0.015, 9);
    expect(s.total_tokens).toEqual({ prompt: 600, completion: 250, cached: 0, total: 850 });
    expect(s.error_rate_pct).toBeCloseTo(33.33, 2);
    expect(s.by_model).toMatchObject({ 'gpt-4o': 4, 'claude-sonnet-4-5': 1, 'house-model': 1 });
    expect(s.p50_latency_ms).toBeGreaterThan(100);
    expect(s.p95_latency_ms).toBeGreaterThan(s.p50_latency_ms);
    expect(s.violations).toEqual({ total: 2, by_type: { pii: 1, injection: 1 }, by_severity: { critical: 1, high: 1, medium: 0, low: 0 }, critical: 1, high: 1, shadow: 1 });
    expect(s.top_models[0]).toMatchObject({ model: 'claude-sonnet-4-5', provider: 'anthropic', requests: 1 });
    expect(s.top_keys.map((k: { api_key: { name: string } }) => k.api_key.name)).toEqual(['agent two', 'agent one']);
    expect(s.top_keys[1].api_key.masked).toBe(keyA.masked);
  });

  it('is scoped to the organisation, validates the period and counts a custom range by whole hours', async () => {
    const other = await call('GET', '/api/v1/analytics/stats?period=24h', { token: b.token });
    expect(other.body.total_requests).toBe(1);
    expect(other.body.total_cost_usd).toBe(99);
    expect(other.body.violations.total).toBe(1);
    const bad = await call('GET', '/api/v1/analytics/stats?period=1y', { token: a.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('query.period');
    const firstHour = await call('GET', `/api/v1/analytics/stats?start_date=${new Date(base).toISOString()}&end_date=${new Date(base + HOUR).toISOString()}`, { token: a.token });
    expect(firstHour.body).toMatchObject({ period: 'custom', total_requests: 4 });
    const reversed = await call('GET', `/api/v1/analytics/stats?start_date=${new Date(base + HOUR).toISOString()}&end_date=${new Date(base).toISOString()}`, { token: a.token });
    expect(reversed.status).toBe(400);
  });
});

describe('time series and breakdown', () => {
  it('buckets by hour and groups by model with totals that add up', async () => {
    const res = await call('GET', '/api/v1/analytics/timeseries?period=24h&group_by=model&top=2', { token: a.token });
    expect(res.status).toBe(200);
    expect(res.body.bucket).toBe('hour');
    expect(res.body.groups.map((g: { id: string }) => g.id)).toEqual(['claude-sonnet-4-5', 'gpt-4o', '__other__']);
    expect(res.body.points).toHaveLength(2);
    const [first, second] = res.body.points;
    expect(first.t).toBe(new Date(base).toISOString());
    expect(first).toMatchObject({ requests: 4, errors: 1, blocked: 1 });
    expect(first.by_group['gpt-4o'].requests).toBe(3);
    expect(second.by_group.__other__.requests).toBe(1);
    const sum = res.body.points.reduce((n: number, p: { cost_usd: number }) => n + p.cost_usd, 0);
    expect(sum).toBeCloseTo(0.015, 9);
  });

  it('groups by key with key names, days in a time zone, and violations by severity', async () => {
    const byKey = await call('GET', '/api/v1/analytics/timeseries?period=7d&group_by=key&tz=Europe/Paris', { token: a.token });
    expect(byKey.body, JSON.stringify(byKey.body)).toMatchObject({ bucket: 'day' });
    expect(byKey.body.groups.map((g: { label: string }) => g.label).sort()).toEqual(['agent one', 'agent two']);
    const v = await call('GET', '/api/v1/analytics/timeseries?period=24h&series=violations&group_by=severity', { token: a.token });
    expect(v.body.groups.map((g: { id: string }) => g.id)).toEqual(['critical', 'high']);
    expect(v.body.points[0]).toMatchObject({ total: 2, by_group: { critical: 1, high: 1 } });
    const badTz = await call('GET', '/api/v1/analytics/timeseries?tz=Mars/Olympus', { token: a.token });
    expect(badTz.status).toBe(400);
    const mixed = await call('GET', '/api/v1/analytics/timeseries?group_by=severity', { token: a.token });
    expect(mixed.status).toBe(400);
  });

  it('breaks spend down by model and key', async () => {
    const res = await call('GET', '/api/v1/analytics/breakdown?period=24h&group_by=model_key', { token: a.token });
    expect(res.status).toBe(200);
    const house = res.body.items.find((i: { model: string }) => i.model === 'house-model');
    expect(house).toMatchObject({ provider: 'openai', requests: 1, unpriced: 1, cost_usd: 0, api_key: { name: 'agent one' } });
    expect(res.body.items[0].model).toBe('claude-sonnet-4-5');
  });
});

describe('daily and hourly rollups together', () => {
  it('gives the same totals whether a range is read from whole days, partial days or hours', async () => {
    const c = await app.tenant('Days');
    const key = (await call('POST', '/api/v1/keys', { token: c.token, body: { name: 'days' } })).body;
    const DAY = 24 * HOUR;
    const today = Math.floor(Date.now() / DAY) * DAY;
    // One row at 23:30 UTC three days ago, one at 00:30 two days ago, one an hour ago.
    const times = [today - 2 * DAY - HOUR / 2, today - 2 * DAY + HOUR / 2, Date.now() - HOUR];
    await insertRequestBatch(app.database.db, times.map((t, i) => ({ ...row({ createdAt: new Date(t) }), orgId: c.orgId, apiKeyId: key.id, costUsd: 1 + i })));
    const q = async (qs: string) => (await call('GET', qs, { token: c.token })).body;
    const week = await q('/api/v1/analytics/stats?period=7d');
    expect(week).toMatchObject({ total_requests: 3, total_cost_usd: 6 });
    const utc = await q('/api/v1/analytics/timeseries?period=7d');
    expect(utc.points.map((p: { requests: number }) => p.requests)).toEqual([1, 1, 1]);
    expect(utc.points[0].t).toBe(new Date(today - 3 * DAY).toISOString());
    // In Paris (UTC+1 in winter, +2 in summer) 23:30 and 00:30 UTC fall on the same local day.
    const paris = await q('/api/v1/analytics/timeseries?period=7d&tz=Europe/Paris');
    expect(paris.points.map((p: { requests: number }) => p.requests)).toEqual([2, 1]);
    const custom = await q(`/api/v1/analytics/breakdown?start_date=${new Date(today - 2 * DAY - HOUR).toISOString()}&end_date=${new Date(today - 2 * DAY + HOUR).toISOString()}`);
    expect(custom.items).toHaveLength(1);
    expect(custom.items[0]).toMatchObject({ requests: 2, cost_usd: 3 });
    expect((await q('/api/v1/analytics/logs')).total).toBe(3);
  });
});

describe('request log', () => {
  it('pages newest first with a cursor, with an exact total from the rollups', async () => {
    const first = await call('GET', '/api/v1/analytics/logs?limit=4', { token: a.token });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 6, total_exact: true, limit: 4, offset: 0 });
    expect(first.body.items).toHaveLength(4);
    expect(first.body.items[0].model).toBe('house-model');
    expect(first.body.items[0]).toMatchObject({ api_key: keyA.masked, api_key_name: 'agent one', status_code: 200, prompt_tokens: 100, price_unknown: true, cost_usd: null });
    const second = await call('GET', `/api/v1/analytics/logs?limit=4&cursor=${first.body.next_cursor}`, { token: a.token });
    expect(second.body.items).toHaveLength(2);
    expect(second.body.next_cursor).toBeNull();
    const seen = [...first.body.items, ...second.body.items].map((i: { id: string }) => i.id);
    expect(new Set(seen).size).toBe(6);
    const byOffset = await call('GET', '/api/v1/analytics/logs?limit=4&offset=4', { token: a.token });
    expect(byOffset.body.items.map((i: { id: string }) => i.id)).toEqual(second.body.items.map((i: { id: string }) => i.id));
  });

  it('filters by status, key, provider, model and date', async () => {
    const q = async (qs: string) => (await call('GET', `/api/v1/analytics/logs?${qs}`, { token: a.token })).body;
    expect((await q('status=error')).total).toBe(2);
    expect((await q('status=blocked')).items.map((i: { error_code: string }) => i.error_code)).toEqual(['policy_denied']);
    expect((await q('status=5xx')).items).toHaveLength(1);
    expect((await q('status=5xx')).total_exact).toBe(true);
    expect((await q(`api_key=${keyA2.id}`)).total).toBe(1);
    expect((await q('provider=anthropic')).items[0].model).toBe('claude-sonnet-4-5');
    expect((await q('model=house-model')).total).toBe(1);
    expect((await q(`start_date=${new Date(base + HOUR).toISOString()}`)).total).toBe(2);
    expect((await q(`start_date=${new Date(base + HOUR + 5_500).toISOString()}`)).items).toHaveLength(1);
    const bad = await call('GET', '/api/v1/analytics/logs?cursor=nonsense', { token: a.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('cursor');
    const tooMany = await call('GET', '/api/v1/analytics/logs?limit=501', { token: a.token });
    expect(tooMany.status).toBe(400);
  });

  it('shows one request with timings, violations and no secrets; other organisations get 404', async () => {
    const list = await call('GET', '/api/v1/analytics/logs?limit=10', { token: a.token });
    const target = list.body.items.find((i: { request_id: string }) => i.request_id === 'req-4');
    const res = await call('GET', `/api/v1/analytics/logs/${target.id}`, { token: a.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ request_id: 'req-4', decision: 'block', timings: { total_ms: 3, upstream_ms: 190, overhead_ms: 2, ttfb_ms: 120 }, prompt: null });
    expect(res.body.violations).toHaveLength(1);
    expect(res.body.violations[0]).toMatchObject({ type: 'injection', severity: 'critical', action: 'block' });
    expect(JSON.stringify(res.body)).not.toMatch(/gw_live_[0-9A-Za-z]{40}/);
    const other = await call('GET', `/api/v1/analytics/logs/${target.id}`, { token: b.token });
    expect(other.status).toBe(404);
    const otherList = await call('GET', '/api/v1/analytics/logs', { token: b.token });
    expect(otherList.body.items.map((i: { id: string }) => i.id)).not.toContain(target.id);
  });
});
