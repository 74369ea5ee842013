import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as listModels } from '@/app/api/gateway/models/route';
import { circuitBreakers } from '@/lib/pipeline/upstream/circuit';
import { startGatewayTestEnv, type GatewayTestEnv } from '@/lib/testing/gateway';
import { handleUnified } from './execute';

let env: GatewayTestEnv;
let tenant: Awaited<ReturnType<GatewayTestEnv['tenant']>>;

beforeAll(async () => {
  env = await startGatewayTestEnv();
  tenant = await env.tenant('Unified');
});
afterAll(async () => env?.close());
afterEach(() => {
  env.mock.setBehavior(null);
  env.mock.reset();
  circuitBreakers().reset();
});

const unified = (body: unknown, headers: Record<string, string> = {}) =>
  handleUnified(new Request('http://gateway.test/api/gateway', { method: 'POST', headers: { authorization: `Bearer ${tenant.key}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));

describe('the unified endpoint', () => {
  it.each([
    ['openai/gpt-4o-mini', 'openai'],
    ['anthropic/claude-haiku-4-5', 'anthropic'],
    ['google/gemini-2.5-flash', 'gemini'],
    ['vertex/gemini-2.5-pro', 'vertex'],
    ['bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0', 'bedrock'],
    ['mistral/mistral-small-latest', 'openai'],
  ])('%s answers in one shape, translated to the native API', async (model, upstreamKind) => {
    const res = await unified({ prompt: `Hello ${model}`, model });
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.response).toContain(`Hello ${model}`);
    expect(body.model).toBe(model);
    expect(body.meta).toMatchObject({ providerId: model.split('/')[0], executionPath: 'primary', fallbackUsed: false, entitiesDetected: 0 });
    expect(body.meta.latency.totalMs).toBeGreaterThanOrEqual(0);
    expect(env.mock.requests.at(-1)!.provider).toBe(upstreamKind);
  });

  it('streams data: {"chunk"} events then [DONE]', async () => {
    const res = await unified({ messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Stream the unified answer' }], model: 'anthropic/claude-haiku-4-5', stream: true }, { accept: 'text/event-stream' });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await res.text();
    const events = text.trim().split('\n\n');
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.replace(/^data: /, '')).chunk).join('');
    expect(chunks).toContain('Stream the unified answer');
    const forwarded = JSON.parse(env.mock.requests.at(-1)!.body);
    expect(forwarded.system).toBe('Be brief.');
  });

  it('falls back to the next model when the primary fails, and records both calls', async () => {
    const before = (await env.rows(tenant.orgId)).length;
    env.mock.setBehavior({ status: 503, match: { provider: 'openai' } });
    const res = await unified({ prompt: 'fall back please', model: 'openai/gpt-4o-mini', fallbacks: ['anthropic/claude-haiku-4-5'] });
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body.meta).toMatchObject({ providerId: 'anthropic', executionPath: 'fallback', fallbackUsed: true });
    const rows = (await env.rows(tenant.orgId)).slice(before);
    expect(rows.map((r) => [r.provider, r.status])).toEqual([
      ['openai', 503],
      ['anthropic', 200],
    ]);
  });

  it('rejects unknown or disabled models before any provider call', async () => {
    const res = await unified({ prompt: 'x', model: 'openai/gpt-nonexistent' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: 'validation', field: 'model' });
    expect(body.error.request_id).toBe(res.headers.get('x-request-id'));
    expect((await unified({ prompt: 'x', model: 'ollama/llama3' })).status).toBe(400);
    expect((await unified({ model: 'openai/gpt-4o' })).status).toBe(400);
    expect(env.mock.requests).toHaveLength(0);
  });

  it('answers errors in the unified shape', async () => {
    const res = await handleUnified(new Request('http://gateway.test/api/gateway', { method: 'POST', body: '{}' }));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
    env.mock.setBehavior({ status: 429, headers: { 'retry-after': '30' } });
    const limited = await unified({ prompt: 'x', model: 'openai/gpt-4o-mini' });
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.code).toBe('rate_limited');
  });

  it('lists the models the organisation may call', async () => {
    const res = await listModels(new Request('http://gateway.test/api/gateway/models', { headers: { authorization: `Bearer ${tenant.key}` } }));
    const body = await res.json();
    const ids = body.data.map((m: { id: string }) => m.id);
    expect(ids).toContain('openai/gpt-4o-mini');
    expect(ids).toContain('bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0');
    expect(ids.some((id: string) => id.startsWith('ollama/'))).toBe(false);
    expect(body.data[0]).toHaveProperty('pricing');
  });
});
