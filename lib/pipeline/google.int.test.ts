import { GoogleGenAI } from '@google/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayTestEnv, type GatewayTestEnv } from '@/lib/testing/gateway';

let env: GatewayTestEnv;
let tenant: Awaited<ReturnType<GatewayTestEnv['tenant']>>;

beforeAll(async () => {
  env = await startGatewayTestEnv();
  tenant = await env.tenant('Google users');
});
afterAll(async () => env?.close());

describe('@google/genai through the gateway', () => {
  it('Gemini generateContent: the stored key goes upstream as x-goog-api-key, usage recorded', async () => {
    env.mock.reset();
    const ai = new GoogleGenAI({ apiKey: tenant.key, httpOptions: { baseUrl: env.base('google') } });
    const result = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello Gemini' });
    expect(result.text).toContain('Hello Gemini');
    const upstream = env.mock.requests.at(-1)!;
    expect(upstream.headers['x-goog-api-key']).toBe('sk-google-stored-credential-0001');
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row).toMatchObject({ provider: 'google', model: 'gemini-2.5-flash', tokensIn: result.usageMetadata!.promptTokenCount, status: 200 });
    expect(row.tokensOut).toBeGreaterThan(0);
    expect(row.costUsd).toBeGreaterThan(0);
  });

  it('Gemini streaming (SSE)', async () => {
    const ai = new GoogleGenAI({ apiKey: tenant.key, httpOptions: { baseUrl: env.base('google') } });
    let text = '';
    for await (const chunk of await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'Stream Gemini' })) text += chunk.text ?? '';
    expect(text).toContain('Stream Gemini');
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row.stream).toBe(true);
    expect(row.tokensOut).toBeGreaterThan(0);
  });

  it('Vertex AI: the SDK in Vertex mode, an access token minted from the stored service account', async () => {
    env.mock.reset();
    const ai = new GoogleGenAI({ vertexai: true, apiKey: tenant.key, project: 'acme-prod', location: 'us-central1', httpOptions: { baseUrl: `${env.base('vertex')}/us-central1` } });
    const result = await ai.models.generateContent({ model: 'gemini-2.5-pro', contents: 'Hello Vertex' });
    expect(result.text).toContain('Hello Vertex');
    let streamed = '';
    for await (const chunk of await ai.models.generateContentStream({ model: 'gemini-2.5-pro', contents: 'Stream Vertex' })) streamed += chunk.text ?? '';
    expect(streamed).toContain('Stream Vertex');
    const upstream = env.mock.requests.filter((r) => r.provider === 'vertex');
    expect(upstream.length).toBe(2);
    expect(upstream[0].headers.authorization).toMatch(/^Bearer /);
    expect(upstream[0].headers['x-goog-api-key']).toBeUndefined();
    expect(env.mock.tokensMinted()).toBeLessThanOrEqual(1);
    const rows = await env.rows(tenant.orgId);
    expect(rows.at(-1)).toMatchObject({ provider: 'vertex', stream: true });
    expect(rows.at(-2)!.tokensOut).toBeGreaterThan(0);
  });

  it('Claude on Vertex (rawPredict / streamRawPredict) over plain HTTP', async () => {
    const path = `${env.base('vertex')}/us-central1/projects/acme-prod/locations/us-central1/publishers/anthropic/models/claude-haiku-4-5@20251001`;
    const body = JSON.stringify({ anthropic_version: 'vertex-2023-10-16', max_tokens: 64, messages: [{ role: 'user', content: 'Claude via Vertex' }] });
    const res = await fetch(`${path}:rawPredict`, { method: 'POST', headers: { authorization: `Bearer ${tenant.key}`, 'content-type': 'application/json' }, body });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('Claude via Vertex');
    const stream = await fetch(`${path}:streamRawPredict`, { method: 'POST', headers: { authorization: `Bearer ${tenant.key}`, 'content-type': 'application/json' }, body: body.replace('}]}', '}],"stream":true}') });
    expect(await stream.text()).toContain('message_stop');
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row).toMatchObject({ provider: 'vertex', model: 'claude-haiku-4-5@20251001', stream: true });
    expect(row.costUsd).toBeGreaterThan(0);
  });

  it('gateway errors are Google-shaped so the SDK raises its ApiError', async () => {
    const ai = new GoogleGenAI({ apiKey: 'gw_live_' + 'D'.repeat(40), httpOptions: { baseUrl: env.base('google') } });
    const error = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' }).catch((e) => e);
    expect(error.status).toBe(401);
    expect(error.message).toContain('UNAUTHENTICATED');
  });
});
