import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/config/env';
import { call } from '@/lib/testing/harness';
import { startGatewayTestEnv, type GatewayTestEnv } from '@/lib/testing/gateway';
import { circuitBreakers } from './upstream/circuit';

let env: GatewayTestEnv;
let tenant: Awaited<ReturnType<GatewayTestEnv['tenant']>>;

beforeAll(async () => {
  env = await startGatewayTestEnv();
  tenant = await env.tenant('Reliability');
});
afterAll(async () => env?.close());
afterEach(() => {
  env.mock.setBehavior(null);
  env.mock.reset();
  circuitBreakers().reset();
});

const chat = (body: Record<string, unknown> = {}, headers: Record<string, string> = {}, key = tenant.key) =>
  fetch(`${env.base('openai')}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'ping' }], ...body }),
  });

function rawPost(path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${env.url}${path}`, { method: 'POST', path, headers: { authorization: `Bearer ${tenant.key}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

function withEnv<T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  resetEnvCache();
  return run().finally(() => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
    resetEnvCache();
  });
}

describe('retries and failures', () => {
  it('retries a 429 and a connection reset before any byte reached the client', async () => {
    env.mock.setBehavior([{ status: 429, count: 1, headers: { 'retry-after': '0' } }, { reset: true, count: 1 }]);
    const res = await chat();
    expect(res.status).toBe(200);
    expect(env.mock.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(3);
  });

  it('passes the last upstream 5xx through unchanged after the retries', async () => {
    env.mock.setBehavior({ status: 503, message: 'upstream overloaded', count: 5 });
    const res = await chat();
    expect(res.status).toBe(503);
    expect(JSON.stringify(await res.json())).toContain('upstream overloaded');
    expect(env.mock.requests).toHaveLength(3);
  });

  it('gives provider_timeout when the upstream does not answer in time', async () => {
    await withEnv({ GATEWAY_FIRST_BYTE_TIMEOUT_MS: '300' }, async () => {
      env.mock.setBehavior({ hang: true, count: 1 });
      const res = await chat();
      expect(res.status).toBe(504);
      expect((await res.json()).error.code).toBe('provider_timeout');
    });
  });

  it('opens the circuit after repeated failures and answers circuit_open with Retry-After', async () => {
    await withEnv({ GATEWAY_MAX_RETRIES: '0' }, async () => {
      env.mock.setBehavior({ status: 500 });
      for (let i = 0; i < 5; i++) expect((await chat()).status).toBe(500);
      const res = await chat();
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBeTruthy();
      expect((await res.json()).error.code).toBe('circuit_open');
    });
  });

  it('keeps the caller’s X-Request-ID and forwards it upstream', async () => {
    const res = await chat({}, { 'x-request-id': 'trace-abc-123' });
    expect(res.headers.get('x-request-id')).toBe('trace-abc-123');
    expect(env.mock.requests.at(-1)!.headers['x-request-id']).toBe('trace-abc-123');
  });

  it('cancels the upstream call when the client disconnects mid-stream, and records it', async () => {
    env.mock.setBehavior({ chunkDelayMs: 200, count: 1 });
    const controller = new AbortController();
    const res = await chat({ stream: true, messages: [{ role: 'user', content: 'a long answer please with many words in it' }] }, {}, tenant.key);
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row.errorCode).toBe('client_closed');
    expect(row.stream).toBe(true);
  });
});

describe('bad input never reaches the upstream', () => {
  it.each([
    ['/api/gateway/openai/v1/../../admin', 400],
    ['/api/gateway/openai/v1/%2e%2e/secrets', 400],
    ['/api/gateway/openai/v1%2fchat/completions', 400],
    ['/api/gateway/nosuch/v1/chat/completions', 404],
  ])('%s → %i', async (path, status) => {
    // node:http sends the path verbatim; fetch and undici would normalise the dot segments away.
    const res = await rawPost(path);
    expect(res.status).toBe(status);
    const body = JSON.parse(res.body) as { error: { request_id: string } };
    expect(body.error.request_id).toBe(res.headers['x-request-id']);
    expect(env.mock.requests).toHaveLength(0);
  });

  it('refuses malformed JSON, oversized bodies and missing or unknown keys', async () => {
    const malformed = await fetch(`${env.base('openai')}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${tenant.key}` }, body: '{"model": ' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('validation');
    await withEnv({ GATEWAY_MAX_BODY_BYTES: '2048' }, async () => {
      const big = await chat({ messages: [{ role: 'user', content: 'x'.repeat(4096) }] });
      expect(big.status).toBe(413);
    });
    const missing = await fetch(`${env.base('openai')}/v1/chat/completions`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(401);
    expect((await chat({}, {}, 'gw_live_' + 'Z'.repeat(40))).status).toBe(401);
    expect(env.mock.requests).toHaveLength(0);
  });

  it('stops a revoked key at once and an expired key', async () => {
    const created = await call('POST', '/api/v1/keys', { token: tenant.token, body: { name: 'short lived' } });
    expect((await chat({}, {}, created.body.key)).status).toBe(200);
    await call('DELETE', `/api/v1/keys/${created.body.id}`, { token: tenant.token });
    const revoked = await chat({}, {}, created.body.key);
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.message).toMatch(/revoked/);
    const expiring = await call('POST', '/api/v1/keys', { token: tenant.token, body: { name: 'expiring', expires_at: new Date(Date.now() + 1500).toISOString() } });
    expect((await chat({}, {}, expiring.body.key)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect((await chat({}, {}, expiring.body.key)).status).toBe(401);
  });

  it('enforces the key’s allowed models and rate limit, with rate-limit headers', async () => {
    const limited = await call('POST', '/api/v1/keys', { token: tenant.token, body: { name: 'limited', models: ['gpt-4o-mini'], rate_limit_rpm: 2 } });
    const denied = await chat({ model: 'gpt-4o' }, {}, limited.body.key);
    expect(denied.status).toBe(403);
    expect((await denied.json()).error.code).toBe('policy_denied');
    const first = await chat({}, {}, limited.body.key);
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('0');
    const third = await chat({}, {}, limited.body.key);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBeTruthy();
    expect((await third.json()).error.code).toBe('rate_limited');
  });
});

describe('tenant base URLs', () => {
  it('reaches a custom OpenAI-compatible upstream by credential name', async () => {
    await withEnv({ GATEWAY_ALLOW_PRIVATE_UPSTREAMS: 'true' }, async () => {
      const res = await fetch(`${env.base('custom')}/local-vllm/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tenant.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'llama-3.1-8b-instruct', messages: [{ role: 'user', content: 'hello vllm' }] }),
      });
      expect(res.status).toBe(200);
      expect(env.mock.requests.at(-1)!.path).toBe('/compat/v1/chat/completions');
      expect(env.mock.requests.at(-1)!.headers.authorization).toBe('Bearer vllm-stored-credential-0001');
    });
  });

  it('refuses a custom upstream on a private address unless the operator allows it', async () => {
    await withEnv({ GATEWAY_ALLOW_PRIVATE_UPSTREAMS: 'false' }, async () => {
      const res = await fetch(`${env.base('custom')}/local-vllm/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tenant.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'x', messages: [{ role: 'user', content: 'hi' }] }),
      });
      expect(res.status).toBe(403);
      expect((await res.json()).error.message).toMatch(/private/);
      expect(env.mock.requests).toHaveLength(0);
    });
  });
});
