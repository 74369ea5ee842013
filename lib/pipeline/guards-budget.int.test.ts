import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { budgetCounters } from '@/db/schema';
import { resetEnvCache } from '@/lib/config/env';
import { estimateCostUsd } from '@/lib/policy/budget';
import { addPolicy, clearPolicies, settleBudgets, violationRows } from '@/lib/testing/guards';
import { call } from '@/lib/testing/harness';
import { startGatewayTestEnv, type GatewayTestEnv } from '@/lib/testing/gateway';

/** Budgets under concurrency, and fail modes when the external classifier is too slow. */
let env: GatewayTestEnv;
let classifier: Server;
let classifierDelayMs = 0;
let classifierScore = 0.01;

beforeAll(async () => {
  classifier = createServer((req, res) => {
    req.resume();
    req.on('end', () => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ label: 'INJECTION', score: classifierScore })), classifierDelayMs));
  });
  await new Promise<void>((r) => classifier.listen(0, '127.0.0.1', r));
  process.env.GATEWAY_INJECTION_CLASSIFIER_URL = `http://127.0.0.1:${(classifier.address() as AddressInfo).port}/classify`;
  env = await startGatewayTestEnv();
  resetEnvCache();
});
afterAll(async () => {
  delete process.env.GATEWAY_INJECTION_CLASSIFIER_URL;
  classifier?.close();
  await env?.close();
});

describe('budgets', () => {
  it('20 concurrent requests: the ones whose reservation would cross the cap get 402, nothing overspends', async () => {
    const t = await env.tenant('Budget');
    await clearPolicies(t.token);
    const body = { model: 'gpt-4o-mini', max_tokens: 1000, messages: [{ role: 'user' as const, content: 'Summarise the meeting notes' }] };
    const estimate = estimateCostUsd('openai', 'gpt-4o-mini', { stream: false, maxOutputTokens: 1000, parts: [{ role: 'user', text: body.messages[0].content, path: [] }], tools: [] })!;
    const cap = estimate * 8.5;
    const policy = await addPolicy(t.token, { name: 'Daily cap per key', kind: 'budget', config: { limit_usd: cap, period: 'day', per: 'key' } });
    const openai = new OpenAI({ apiKey: t.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    // Slow upstream: every reservation happens before any request settles.
    env.mock.setBehavior({ delayMs: 400 });
    const results = await Promise.all(Array.from({ length: 20 }, () => openai.chat.completions.create(body).then(() => 'ok', (e) => e)));
    env.mock.setBehavior(null);
    const ok = results.filter((r) => r === 'ok');
    const refused = results.filter((r) => r !== 'ok');
    expect(ok).toHaveLength(8);
    for (const e of refused) {
      expect(e.status).toBe(402);
      expect(e.error).toMatchObject({ code: 'budget_exceeded', policy_id: policy.id });
    }
    await env.rows(t.orgId);
    await settleBudgets();
    const [counter] = await (await getDb()).select().from(budgetCounters).where(and(eq(budgetCounters.orgId, t.orgId), eq(budgetCounters.subject, `policy:${policy.id}:key:${t.keyId}`)));
    expect(counter.reservedUsd).toBeCloseTo(0, 10);
    const spent = (await env.rows(t.orgId)).reduce((sum, r) => sum + (r.costUsd ?? 0), 0);
    expect(counter.spentUsd).toBeCloseTo(spent, 10);
    expect(counter.spentUsd).toBeLessThanOrEqual(cap);
    const rows = (await violationRows(t.orgId)).filter((r) => r.type === 'budget');
    expect(rows).toHaveLength(12);
  });

  it('a key budget applies without any policy; an unpriced model under a budget is refused', async () => {
    const t = await env.tenant('Key budget');
    const created = await call('POST', '/api/v1/keys', { token: t.token, body: { name: 'capped', budget_usd_daily: 0.000001 } });
    const openai = new OpenAI({ apiKey: created.body.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    const e = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }).catch((err) => err);
    expect(e.status).toBe(402);
    expect(e.message).toContain("this key's daily budget");
    const unpriced = await openai.chat.completions.create({ model: 'my-private-model', messages: [{ role: 'user', content: 'hi' }] }).catch((err) => err);
    expect(unpriced.status).toBe(403);
    expect(unpriced.message).toContain('no price is known');
  });
});

describe('fail modes', () => {
  it('classifier timeout: 503 guard_unavailable when closed (default), let through and recorded when open', async () => {
    const t = await env.tenant('Fail modes');
    await addPolicy(t.token, { name: 'Classifier inline', kind: 'injection', action: 'block', config: { classifier: 'inline', classifier_timeout_ms: 50 } });
    const openai = new OpenAI({ apiKey: t.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    classifierDelayMs = 400;
    const before = env.mock.requests.length;
    const closed = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }] }).catch((e) => e);
    expect(closed).toBeInstanceOf(OpenAI.InternalServerError);
    expect(closed.status).toBe(503);
    expect(closed.error.code).toBe('guard_unavailable');
    expect(env.mock.requests.length).toBe(before);

    expect((await call('PATCH', '/api/v1/settings', { token: t.token, body: { guard_fail_modes: { injection_classifier: 'open' } } })).body.guard_fail_modes).toEqual({ injection_classifier: 'open' });
    const open = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }] });
    expect(open.choices[0].message.content).toContain('hello');
    const rows = (await violationRows(t.orgId)).filter((r) => r.detector === 'fail-mode');
    expect(rows.map((r) => r.action)).toEqual(['block', 'allow']);
    expect(rows[1].description).toContain('fail-open');
  });

  it('a fast classifier flags what it scores above the threshold', async () => {
    const t = await env.tenant('Classifier');
    await addPolicy(t.token, { name: 'Classifier inline', kind: 'injection', action: 'block', config: { classifier: 'inline', classifier_timeout_ms: 2000 } });
    classifierDelayMs = 0;
    classifierScore = 0.97;
    const openai = new OpenAI({ apiKey: t.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    const e = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'a harmless-looking sentence' }] }).catch((err) => err);
    expect(e.status).toBe(403);
    const row = (await violationRows(t.orgId)).find((r) => r.detector === 'external-classifier')!;
    expect(row).toMatchObject({ type: 'injection', autoBlocked: true });
    classifierScore = 0.01;
  });

  it('an injection policy asking for the classifier is refused when none is configured', async () => {
    const t = await env.tenant('No classifier');
    const saved = process.env.GATEWAY_INJECTION_CLASSIFIER_URL;
    delete process.env.GATEWAY_INJECTION_CLASSIFIER_URL;
    resetEnvCache();
    const res = await call('POST', '/api/v1/policies', { token: t.token, body: { name: 'x', kind: 'injection', config: { classifier: 'async' } } });
    process.env.GATEWAY_INJECTION_CLASSIFIER_URL = saved;
    resetEnvCache();
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('config.classifier');
  });
});
