import { expect, test } from '@playwright/test';

test('readiness reports the database, migrations, usage queue and circuits', async ({ request }) => {
  const res = await request.get('/api/health/ready');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ready', services: { database: 'ok' }, circuits: {}, checks: { migrations: 'ok', shutting_down: false } });
});

test('metrics counted on the gateway fast path are exposed at /api/metrics', async ({ request }) => {
  const families = /^gateway_requests_total\{provider="openai",model="none",status="401"\} (\d+)$/m;
  const before = Number(families.exec(await (await request.get('/api/metrics')).text())?.[1] ?? 0);
  const denied = await request.post('/api/gateway/openai/v1/chat/completions', { headers: { authorization: 'Bearer gw_live_' + 'x'.repeat(40) }, data: { model: 'gpt-4o-mini', messages: [] } });
  expect(denied.status()).toBe(401);
  const res = await request.get('/api/metrics');
  expect(res.headers()['content-type']).toContain('text/plain');
  const text = await res.text();
  expect(Number(families.exec(text)?.[1])).toBe(before + 1);
  for (const family of ['gateway_request_duration_seconds', 'gateway_overhead_seconds', 'gateway_active_streams', 'gateway_usage_queue_depth', 'process_resident_memory_bytes']) {
    expect(text).toContain(`# TYPE ${family} `);
  }
});
