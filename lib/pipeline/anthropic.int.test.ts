import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayTestEnv, type GatewayTestEnv } from '@/lib/testing/gateway';

let env: GatewayTestEnv;
let tenant: Awaited<ReturnType<GatewayTestEnv['tenant']>>;
let client: Anthropic;

beforeAll(async () => {
  env = await startGatewayTestEnv();
  tenant = await env.tenant('Anthropic users');
  client = new Anthropic({ apiKey: tenant.key, baseURL: env.base('anthropic'), maxRetries: 0 });
});
afterAll(async () => env?.close());

describe('Anthropic SDK through the gateway', () => {
  it('messages: stored key in x-api-key upstream, version passed through, usage recorded', async () => {
    env.mock.reset();
    const message = await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'Hello Claude' }] });
    expect(message.content[0].type === 'text' && message.content[0].text).toContain('Hello Claude');
    const upstream = env.mock.requests.at(-1)!;
    expect(upstream.headers['x-api-key']).toBe('sk-anthropic-stored-credential-0001');
    expect(upstream.headers.authorization).toBeUndefined();
    expect(upstream.headers['anthropic-version']).toBeTruthy();
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row).toMatchObject({ provider: 'anthropic', model: 'claude-haiku-4-5', tokensIn: message.usage.input_tokens, tokensOut: message.usage.output_tokens, status: 200 });
    expect(row.costUsd).toBeGreaterThan(0);
  });

  it('streams with cache tokens and a final message; the row is never zero', async () => {
    const stream = client.messages.stream({ model: 'claude-haiku-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'mock:cached=120 mock:cache_write=40 Tell me a story' }] });
    const final = await stream.finalMessage();
    expect(final.usage.output_tokens).toBeGreaterThan(0);
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row.stream).toBe(true);
    expect(row.tokensCached).toBe(120);
    expect(row.tokensCacheWrite).toBe(40);
    expect(row.tokensIn).toBe(final.usage.input_tokens + 120 + 40);
    expect(row.tokensOut).toBe(final.usage.output_tokens);
  });

  it('tool use, streamed', async () => {
    const stream = client.messages.stream({
      model: 'claude-haiku-4-5',
      max_tokens: 256,
      tools: [{ name: 'read_file', description: 'read', input_schema: { type: 'object', properties: { path: { type: 'string' } } } }],
      messages: [{ role: 'user', content: 'mock:tool_call' }],
    });
    const final = await stream.finalMessage();
    const toolUse = final.content.find((b) => b.type === 'tool_use');
    expect(toolUse && toolUse.type === 'tool_use' && toolUse.name).toBe('read_file');
    expect(final.stop_reason).toBe('tool_use');
  });

  it('extended thinking streams', async () => {
    const stream = client.messages.stream({ model: 'claude-haiku-4-5', max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 1024 }, messages: [{ role: 'user', content: 'Think first' }] });
    const final = await stream.finalMessage();
    expect(final.content.some((b) => b.type === 'thinking')).toBe(true);
  });

  it('pass-through: the gateway key in X-Gateway-Key, the caller’s own Anthropic key forwarded for that request only', async () => {
    env.mock.reset();
    const own = new Anthropic({ apiKey: 'sk-ant-callers-own-key-123', baseURL: env.base('anthropic'), maxRetries: 0, defaultHeaders: { 'X-Gateway-Key': tenant.key } });
    await own.messages.create({ model: 'claude-3-5-haiku', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] });
    const upstream = env.mock.requests.at(-1)!;
    expect(JSON.stringify(upstream.headers)).toContain('sk-ant-callers-own-key-123');
    expect(JSON.stringify(upstream.headers)).not.toContain(tenant.key);
    expect(upstream.headers['x-gateway-key']).toBeUndefined();
    const dump = JSON.stringify(await env.app.database.rows('select * from requests'));
    expect(dump).not.toContain('sk-ant-callers-own-key-123');
  });

  it('an upstream failure mid-stream ends the stream with Anthropic’s error event and a failed row', async () => {
    env.mock.setBehavior({ failMidStream: true, count: 1 });
    const stream = client.messages.stream({ model: 'claude-haiku-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'this will break' }] });
    await expect(stream.finalMessage()).rejects.toThrow();
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row.errorCode).toBe('upstream_error');
  });

  it('gateway errors are Anthropic-shaped so the SDK raises its own classes', async () => {
    const bad = new Anthropic({ apiKey: 'gw_live_' + 'B'.repeat(40), baseURL: env.base('anthropic'), maxRetries: 0 });
    const error = await bad.messages.create({ model: 'claude-haiku-4-5', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }).catch((e) => e);
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(error.error.error.code).toBe('unauthorized');
    expect(error.error.request_id).toBeTruthy();
  });
});
