import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayTestEnv, TEST_AWS, type GatewayTestEnv } from '@/lib/testing/gateway';

let env: GatewayTestEnv;
let tenant: Awaited<ReturnType<GatewayTestEnv['tenant']>>;
let client: BedrockRuntimeClient;
const MODEL = 'anthropic.claude-3-5-sonnet-20240620-v1:0';

beforeAll(async () => {
  env = await startGatewayTestEnv();
  tenant = await env.tenant('Bedrock users');
  // The SDK's default handler speaks HTTP/2 (prior knowledge) to this http:// endpoint; the gateway
  // accepts it on the same port. Bearer mode sends only `Authorization: Bearer <gateway key>`.
  client = new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint: env.base('bedrock') + '/us-east-1',
    token: { token: tenant.key },
    authSchemePreference: ['httpBearerAuth'],
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client?.destroy();
  await env?.close();
});

describe('AWS SDK (Bedrock runtime) through the gateway', () => {
  it('Converse: signed upstream with the stored AWS credential (the mock verifies SigV4), usage recorded', async () => {
    env.mock.reset();
    const out = await client.send(new ConverseCommand({ modelId: MODEL, messages: [{ role: 'user', content: [{ text: 'Hello Bedrock' }] }] }));
    expect(out.output?.message?.content?.[0].text).toContain('Hello Bedrock');
    const upstream = env.mock.requests.at(-1)!;
    expect(upstream.path).toBe('/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse');
    expect(upstream.headers.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${TEST_AWS.accessKeyId}/`));
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row).toMatchObject({ provider: 'bedrock', model: MODEL, tokensIn: out.usage!.inputTokens, tokensOut: out.usage!.outputTokens, status: 200 });
    expect(row.costUsd).toBeGreaterThan(0);
  });

  it('ConverseStream: events pass through and the row carries the metadata usage', async () => {
    const out = await client.send(new ConverseStreamCommand({ modelId: MODEL, messages: [{ role: 'user', content: [{ text: 'Stream please' }] }] }));
    let text = '';
    let usage: { inputTokens?: number; outputTokens?: number } | undefined;
    for await (const event of out.stream!) {
      text += event.contentBlockDelta?.delta?.text ?? '';
      if (event.metadata) usage = event.metadata.usage;
    }
    expect(text).toContain('Stream please');
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row.stream).toBe(true);
    expect(row.tokensOut).toBe(usage!.outputTokens);
    expect(row.tokensIn).toBe(usage!.inputTokens);
  });

  it('InvokeModel and InvokeModelWithResponseStream with Anthropic bodies', async () => {
    const body = JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 128, messages: [{ role: 'user', content: 'Invoke me' }] });
    const invoked = await client.send(new InvokeModelCommand({ modelId: MODEL, body, contentType: 'application/json' }));
    const message = JSON.parse(new TextDecoder().decode(invoked.body));
    expect(message.content[0].text).toContain('Invoke me');
    const streamed = await client.send(new InvokeModelWithResponseStreamCommand({ modelId: MODEL, body, contentType: 'application/json' }));
    let events = 0;
    for await (const event of streamed.body!) if (event.chunk?.bytes) events++;
    expect(events).toBeGreaterThan(2);
    const rows = await env.rows(tenant.orgId);
    expect(rows.at(-2)!.tokensOut).toBe(message.usage.output_tokens);
    expect(rows.at(-1)!.tokensOut).toBeGreaterThan(0);
    expect(rows.at(-1)!.stream).toBe(true);
  });

  it('pass-through AWS credentials in X-Gateway-AWS-* headers sign that one request', async () => {
    env.mock.reset();
    const res = await fetch(`${env.base('bedrock')}/us-east-1/model/${encodeURIComponent(MODEL)}/converse`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-gateway-key': tenant.key,
        'x-gateway-aws-access-key-id': TEST_AWS.accessKeyId,
        'x-gateway-aws-secret-access-key': TEST_AWS.secretAccessKey,
      },
      body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'mine' }] }] }),
    });
    expect(res.status).toBe(200);
    expect(env.mock.requests.at(-1)!.headers['x-gateway-aws-secret-access-key']).toBeUndefined();
    const wrong = await fetch(`${env.base('bedrock')}/us-east-1/model/${encodeURIComponent(MODEL)}/converse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gateway-key': tenant.key, 'x-gateway-aws-access-key-id': TEST_AWS.accessKeyId, 'x-gateway-aws-secret-access-key': 'wrong-secret-0000000000000000000000000000' },
      body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'mine' }] }] }),
    });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('x-amzn-errortype')).toMatch(/InvalidSignatureException/);
  });

  it('a mid-stream upstream exception reaches the SDK as its own exception, and the row is failed', async () => {
    env.mock.setBehavior({ failMidStream: true, count: 1, errorType: 'throttlingException' });
    const out = await client.send(new ConverseStreamCommand({ modelId: MODEL, messages: [{ role: 'user', content: [{ text: 'break' }] }] }));
    await expect(
      (async () => {
        for await (const _ of out.stream!) void _;
      })(),
    ).rejects.toThrow();
    env.mock.setBehavior(null);
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row.errorCode).toBe('upstream_error');
  });

  it('gateway errors are Bedrock-shaped so the SDK raises its own exception classes', async () => {
    const bad = new BedrockRuntimeClient({ region: 'us-east-1', endpoint: env.base('bedrock') + '/us-east-1', token: { token: 'gw_live_' + 'C'.repeat(40) }, authSchemePreference: ['httpBearerAuth'], maxAttempts: 1 });
    const error = await bad.send(new ConverseCommand({ modelId: MODEL, messages: [{ role: 'user', content: [{ text: 'x' }] }] })).catch((e) => e);
    bad.destroy();
    expect(error.name).toBe('UnrecognizedClientException');
    expect(error.$metadata.httpStatusCode).toBe(401);
  });
});
