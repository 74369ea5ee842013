import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
  type ConverseStreamOutput,
} from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeFrame, startMockUpstream, type MockUpstream } from './index';

const creds = { accessKeyId: 'AKIAMOCKTEST0000', secretAccessKey: 'mock/secret/key/0123456789abcdefghij' };
const MODEL = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
let mock: MockUpstream;
let client: BedrockRuntimeClient;

const makeClient = (secretAccessKey = creds.secretAccessKey) =>
  new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint: mock.url,
    credentials: { accessKeyId: creds.accessKeyId, secretAccessKey },
    // The SDK defaults to HTTP/2; the mock speaks HTTP/1.1 like the gateway's upstream pool.
    requestHandler: new NodeHttpHandler(),
    maxAttempts: 1,
  });

beforeAll(async () => {
  mock = await startMockUpstream({ aws: creds });
  client = makeClient();
});
afterAll(() => {
  client.destroy();
  return mock.close();
});
beforeEach(() => mock.reset());

const user = (text: string) => [{ role: 'user' as const, content: [{ text }] }];
const toolConfig = { tools: [{ toolSpec: { name: 'run_sql', inputSchema: { json: { type: 'object' } } } }] };

describe('Converse', () => {
  it('answers with text, stopReason, usage and metrics over a verified SigV4 signature', async () => {
    const r = await client.send(new ConverseCommand({ modelId: MODEL, messages: user('Hello Bedrock'), system: [{ text: 'Be brief' }] }));
    expect(r.output?.message?.content?.[0].text).toBe('You said: Hello Bedrock');
    expect(r.stopReason).toBe('end_turn');
    expect(r.usage?.totalTokens).toBe((r.usage?.inputTokens ?? 0) + (r.usage?.outputTokens ?? 0));
    expect(r.metrics?.latencyMs).toBeGreaterThan(0);
    const rec = mock.requests[0];
    expect(rec.provider).toBe('bedrock');
    expect(rec.path).toBe('/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse');
    expect(rec.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAMOCKTEST0000\/\d{8}\/us-east-1\/bedrock\/aws4_request/);
  });

  it('returns toolUse blocks and cache usage', async () => {
    const r = await client.send(new ConverseCommand({ modelId: MODEL, messages: user('mock:tool_call mock:cached=5'), toolConfig }));
    expect(r.stopReason).toBe('tool_use');
    expect(r.output?.message?.content?.[0].toolUse).toMatchObject({ name: 'run_sql', input: { path: '/etc/passwd' } });
    expect(r.usage?.cacheReadInputTokens).toBe(5);
  });

  it('streams messageStart, deltas, stop and metadata', async () => {
    const r = await client.send(new ConverseStreamCommand({ modelId: MODEL, messages: user('stream it now') }));
    const names: string[] = [];
    let text = '';
    let meta: ConverseStreamOutput.MetadataMember['metadata'] | undefined;
    for await (const e of r.stream ?? []) {
      const name = Object.keys(e).find((k) => k !== '$unknown') ?? '';
      names.push(name);
      if (e.contentBlockDelta?.delta?.text) text += e.contentBlockDelta.delta.text;
      if (e.metadata) meta = e.metadata;
    }
    expect(text).toBe('You said: stream it now');
    expect(names[0]).toBe('messageStart');
    expect(names.slice(-3)).toEqual(['contentBlockStop', 'messageStop', 'metadata']);
    expect(meta?.usage?.outputTokens).toBeGreaterThan(0);
  });

  it('streams a tool call as contentBlockStart + toolUse input fragments', async () => {
    const r = await client.send(new ConverseStreamCommand({ modelId: MODEL, messages: user('mock:tool_call'), toolConfig }));
    let start: string | undefined;
    let input = '';
    let stop: string | undefined;
    for await (const e of r.stream ?? []) {
      if (e.contentBlockStart) start = e.contentBlockStart.start?.toolUse?.name;
      if (e.contentBlockDelta?.delta?.toolUse) input += e.contentBlockDelta.delta.toolUse.input;
      if (e.messageStop) stop = e.messageStop.stopReason;
    }
    expect(start).toBe('run_sql');
    expect(JSON.parse(input)).toEqual({ path: '/etc/passwd' });
    expect(stop).toBe('tool_use');
  });
});

describe('InvokeModel', () => {
  const anthropicBody = (text: string) =>
    JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 100, messages: [{ role: 'user', content: text }] });

  it('returns Anthropic message JSON and token count headers', async () => {
    const r = await client.send(new InvokeModelCommand({ modelId: MODEL, contentType: 'application/json', body: anthropicBody('invoke me') }));
    const msg = JSON.parse(new TextDecoder().decode(r.body));
    expect(msg).toMatchObject({ type: 'message', role: 'assistant', model: 'claude-3-5-sonnet-20240620', stop_reason: 'end_turn' });
    expect(msg.content[0].text).toBe('You said: invoke me');
    const res = await fetch(`${mock.url}/model/${encodeURIComponent(MODEL)}/invoke`, {
      method: 'POST',
      headers: { authorization: 'Bearer bedrock-api-key' },
      body: anthropicBody('bearer'),
    });
    const viaBearer = await res.json();
    expect(res.headers.get('x-amzn-bedrock-input-token-count')).toBe(String(viaBearer.usage.input_tokens));
    expect(res.headers.get('x-amzn-bedrock-output-token-count')).toBe(String(viaBearer.usage.output_tokens));
  });

  it('streams chunk frames whose bytes are Anthropic events, metrics on the last', async () => {
    const r = await client.send(new InvokeModelWithResponseStreamCommand({ modelId: MODEL, contentType: 'application/json', body: anthropicBody('frames please') }));
    const events: Array<Record<string, unknown>> = [];
    for await (const e of r.body ?? []) {
      if (e.chunk?.bytes) events.push(JSON.parse(new TextDecoder().decode(e.chunk.bytes)));
    }
    expect(events.map((e) => e.type)).toEqual([
      'message_start',
      'content_block_start',
      ...Array(4).fill('content_block_delta'),
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    const text = events.map((e) => ((e.delta as { text?: string } | undefined)?.text ?? '')).join('');
    expect(text).toBe('You said: frames please');
    expect(events[events.length - 1]['amazon-bedrock-invocationMetrics']).toMatchObject({ inputTokenCount: expect.any(Number), outputTokenCount: expect.any(Number) });
  });

  it('frames carry the event-stream headers and CRCs', async () => {
    const res = await fetch(`${mock.url}/model/${encodeURIComponent(MODEL)}/invoke-with-response-stream`, {
      method: 'POST',
      headers: { authorization: 'Bearer k' },
      body: anthropicBody('x'),
    });
    expect(res.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    const buf = new Uint8Array(await res.arrayBuffer());
    const total = new DataView(buf.buffer).getUint32(0);
    const frame = decodeFrame(buf.subarray(0, total));
    expect(frame.headers[':event-type'].value).toBe('chunk');
    expect(frame.headers[':message-type'].value).toBe('event');
    expect(frame.headers[':content-type'].value).toBe('application/json');
    expect(JSON.parse(new TextDecoder().decode(frame.body))).toHaveProperty('bytes');
  });
});

describe('transport and bearer auth', () => {
  it('serves the SDK over its default HTTP/2 handler on the same port, signature verified', async () => {
    const h2 = new BedrockRuntimeClient({ region: 'eu-west-1', endpoint: mock.url, credentials: creds, maxAttempts: 1 });
    const r = await h2.send(new ConverseCommand({ modelId: MODEL, messages: user('over h2') }));
    expect(r.output?.message?.content?.[0].text).toBe('You said: over h2');
    const s = await h2.send(new ConverseStreamCommand({ modelId: MODEL, messages: user('h2 stream') }));
    let text = '';
    for await (const e of s.stream ?? []) text += e.contentBlockDelta?.delta?.text ?? '';
    expect(text).toBe('You said: h2 stream');
    // A reset over HTTP/2 resets only that stream: the same session serves the next call.
    mock.setBehavior({ reset: true, count: 1 });
    await expect(h2.send(new ConverseCommand({ modelId: MODEL, messages: user('x') }))).rejects.toThrow();
    mock.setBehavior({ status: 429, count: 1 });
    await expect(h2.send(new ConverseCommand({ modelId: MODEL, messages: user('x') }))).rejects.toMatchObject({ name: 'ThrottlingException' });
    const again = await h2.send(new ConverseCommand({ modelId: MODEL, messages: user('again') }));
    expect(again.output?.message?.content?.[0].text).toBe('You said: again');
    h2.destroy();
    expect(mock.requests[0].headers[':authority']).toBe(new URL(mock.url).host);
  });

  it('accepts a Bedrock API key sent as a bearer token', async () => {
    const bearer = new BedrockRuntimeClient({
      region: 'us-east-1',
      endpoint: mock.url,
      token: { token: 'bedrock-api-key-123' },
      authSchemePreference: ['httpBearerAuth'],
      requestHandler: new NodeHttpHandler(),
      maxAttempts: 1,
    });
    const r = await bearer.send(new ConverseCommand({ modelId: MODEL, messages: user('bearer') }));
    bearer.destroy();
    expect(r.output?.message?.content?.[0].text).toBe('You said: bearer');
    expect(mock.requests[0].headers.authorization).toBe('Bearer bedrock-api-key-123');
  });
});

describe('auth and behaviours', () => {
  it('a wrong secret key yields InvalidSignatureException', async () => {
    const bad = makeClient('wrong-secret');
    const err = await bad.send(new ConverseCommand({ modelId: MODEL, messages: user('x') })).catch((e: unknown) => e);
    bad.destroy();
    expect((err as Error).name).toBe('InvalidSignatureException');
    expect((err as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(403);
    expect((err as Error).message).toContain('The request signature we calculated does not match');
  });

  it('a missing Authorization header is refused', async () => {
    const res = await fetch(`${mock.url}/model/m/converse`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
  });

  it('429 surfaces as ThrottlingException', async () => {
    mock.setBehavior({ status: 429, count: 1 });
    const err = await client.send(new ConverseCommand({ modelId: MODEL, messages: user('x') })).catch((e: unknown) => e);
    expect((err as Error).name).toBe('ThrottlingException');
  });

  it('a mid-stream exception frame surfaces as the modelled exception', async () => {
    mock.setBehavior({ failMidStream: true, errorType: 'throttlingException', afterEvents: 2, count: 1 });
    const r = await client.send(new ConverseStreamCommand({ modelId: MODEL, messages: user('a b c d e') }));
    let seen = 0;
    const err = await (async () => {
      for await (const _ of r.stream ?? []) seen++;
    })().catch((e: unknown) => e);
    expect((err as Error).name).toBe('ThrottlingException');
    expect(seen).toBe(2);

    mock.setBehavior({ failMidStream: true, count: 1 });
    const r2 = await client.send(new InvokeModelWithResponseStreamCommand({ modelId: MODEL, body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }) }));
    const err2 = await (async () => {
      for await (const _ of r2.body ?? []) void _;
    })().catch((e: unknown) => e);
    expect((err2 as Error).name).toBe('InternalServerException');
  });
});
