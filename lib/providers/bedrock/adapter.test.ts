import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import { AppError } from '@/lib/errors';
import type { AuthorizeInput, ResolvedRoute, UpstreamCredential } from '../types';
import { bedrockAdapter } from './adapter';
import { bedrockConverseFormat } from './converse';
import { bedrockInvokeFormat } from './invoke';

const creds = { accessKeyId: 'AKIAGATEWAYTEST01', secretAccessKey: 'gateway/test/secret/0123456789abcdefghij' };
const MODEL = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
const ENC = encodeURIComponent(MODEL);
const ARN = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20240620-v1:0';
const OVERRIDE = 'GATEWAY_UPSTREAM_BEDROCK_URL';

const resolve = (rest: string, method = 'POST', query = '') =>
  bedrockAdapter.resolve({ provider: 'bedrock', rest, query, method, headers: {} });

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

afterEach(() => {
  delete process.env[OVERRIDE];
});

describe('route', () => {
  it('parses region, encoded model id and operation', () => {
    const r = resolve(`/us-east-1/model/${ENC}/converse`);
    expect(r).toMatchObject({
      origin: 'https://bedrock-runtime.us-east-1.amazonaws.com',
      path: `/model/${ENC}/converse`,
      pathModel: MODEL,
      pathStream: false,
      region: 'us-east-1',
    });
    expect(r.format).toBe(bedrockConverseFormat);
    expect(resolve(`/eu-central-1/model/${ENC}/converse-stream`)).toMatchObject({ pathStream: true, region: 'eu-central-1' });
    const inv = resolve(`/ap-southeast-2/model/${ENC}/invoke-with-response-stream`);
    expect(inv.format).toBe(bedrockInvokeFormat);
    expect(inv.pathStream).toBe(true);
    expect(resolve(`/us-gov-west-1/model/${ENC}/invoke`)).toMatchObject({ pathStream: false, origin: 'https://bedrock-runtime.us-gov-west-1.amazonaws.com' });
  });

  it('keeps an encoded ARN as one segment and decodes it for the model', () => {
    const r = resolve(`/us-east-1/model/${encodeURIComponent(ARN)}/converse`);
    expect(r.path).toBe(`/model/${encodeURIComponent(ARN)}/converse`);
    expect(r.pathModel).toBe(ARN);
  });

  it('keeps the query string', () => {
    expect(resolve('/us-east-1/async-invoke', 'GET', 'maxResults=5').path).toBe('/async-invoke?maxResults=5');
  });

  it('refuses a bad region with a validation error', () => {
    for (const rest of [`/US-EAST-1/model/${ENC}/converse`, `/model/${ENC}/converse`, '/us-east/model/x/converse', '/', '/evil.com/model/x/converse']) {
      const e = appError(() => resolve(rest));
      expect(e.code).toBe('validation');
      expect(e.details.field).toBe('region');
    }
  });

  it('refuses unknown operations and non-GET paths outside the runtime operations', () => {
    expect(appError(() => resolve(`/us-east-1/model/${ENC}/delete`)).code).toBe('not_found');
    expect(appError(() => resolve('/us-east-1/guardrail/g/version/1/apply')).code).toBe('not_found');
    expect(appError(() => resolve('/us-east-1/model/%E0%A4%A/converse')).code).toBe('validation');
    // Dot segments would make the URL parser send a different model than the one checked.
    expect(appError(() => resolve(`/us-east-1/model/${ENC}/../other/converse`)).code).toBe('not_found');
    expect(appError(() => resolve('/us-east-1/model/%2e%2e/converse')).code).toBe('validation');
  });

  it('passes other GETs through without a format', () => {
    const r = resolve('/us-west-2/async-invoke/abc', 'GET');
    expect(r).toMatchObject({ format: null, region: 'us-west-2', path: '/async-invoke/abc' });
  });

  it('uses the operator override for every region, read per call', () => {
    process.env[OVERRIDE] = 'http://127.0.0.1:9999/';
    expect(resolve(`/eu-west-1/model/${ENC}/converse`).origin).toBe('http://127.0.0.1:9999');
    process.env[OVERRIDE] = 'https://bedrock.internal';
    expect(resolve(`/us-east-1/model/${ENC}/converse`)).toMatchObject({ origin: 'https://bedrock.internal', region: 'us-east-1' });
  });
});

describe('what the AWS SDK sends', () => {
  it('resolves the path of an SDK pointed at <app>/api/gateway/bedrock/{region} with a bearer key', async () => {
    const seen: { url?: string; auth?: string } = {};
    const server = createServer((req, res) => {
      seen.url = req.url;
      seen.auth = req.headers.authorization;
      req.resume();
      res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'ValidationException' });
      res.end('{"message":"captured"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const client = new BedrockRuntimeClient({
      region: 'eu-west-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/gateway/bedrock/eu-west-1`,
      token: { token: 'gw_live_key' },
      authSchemePreference: ['httpBearerAuth'],
      requestHandler: new NodeHttpHandler(),
      maxAttempts: 1,
    });
    try {
      await client.send(new ConverseStreamCommand({ modelId: ARN, messages: [{ role: 'user', content: [{ text: 'x' }] }] })).catch(() => undefined);
    } finally {
      client.destroy();
      await new Promise((r) => server.close(r));
    }
    expect(seen.auth).toBe('Bearer gw_live_key');
    const rest = seen.url!.slice('/api/gateway/bedrock'.length);
    expect(resolve(rest)).toMatchObject({ region: 'eu-west-1', pathModel: ARN, pathStream: true, path: `/model/${encodeURIComponent(ARN)}/converse-stream` });
  });
});

describe('SigV4 against the mock upstream verifier', () => {
  let mock: MockUpstream;
  beforeAll(async () => {
    mock = await startMockUpstream({ aws: creds });
  });
  afterAll(() => mock.close());

  const stored = (over: Partial<typeof creds> & { sessionToken?: string } = {}): UpstreamCredential => ({
    mode: 'stored',
    kind: 'aws',
    region: 'us-east-1',
    ...creds,
    ...over,
  });

  async function call(op: string, model: string, body: unknown, credential: UpstreamCredential, extra: Record<string, string> = {}) {
    process.env[OVERRIDE] = mock.url;
    const route: ResolvedRoute = resolve(`/us-west-2/model/${encodeURIComponent(model)}/${op}`);
    const url = new URL(route.origin! + route.path);
    const bytes = new TextEncoder().encode(JSON.stringify(body));
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...extra };
    const input: AuthorizeInput = { route, method: 'POST', url, headers, body: bytes, credential };
    await bedrockAdapter.authorize(input);
    const res = await request(url, { method: 'POST', headers, body: bytes });
    const raw = new Uint8Array(await res.body.arrayBuffer());
    return { status: res.statusCode, headers: res.headers, raw, text: new TextDecoder().decode(raw), sent: headers };
  }

  const converseBody = { messages: [{ role: 'user', content: [{ text: 'Hello signed world' }] }] };
  const anthropicBody = { anthropic_version: 'bedrock-2023-05-31', max_tokens: 50, messages: [{ role: 'user', content: 'signed stream' }] };

  it('signs converse with a model id containing ":" (path encoded twice in the canonical request)', async () => {
    const r = await call('converse', MODEL, converseBody, stored());
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).output.message.content[0].text).toBe('You said: Hello signed world');
    expect(r.sent.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAGATEWAYTEST01\/\d{8}\/us-west-2\/bedrock\/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$/);
    expect(mock.requests.at(-1)?.path).toBe(`/model/${ENC}/converse`);
  });

  it('signs converse-stream and invoke-with-response-stream', async () => {
    const c = await call('converse-stream', MODEL, converseBody, stored());
    expect(c.status).toBe(200);
    const reader = bedrockConverseFormat.createStreamReader(resolve(`/us-west-2/model/${ENC}/converse-stream`), 'application/vnd.amazon.eventstream');
    reader.push(c.raw);
    expect(reader.finish()).toMatchObject({ finishReason: 'end_turn', usage: { outputTokens: expect.any(Number) } });

    const i = await call('invoke-with-response-stream', ARN, anthropicBody, stored());
    expect(i.status).toBe(200);
    expect(i.headers['content-type']).toBe('application/vnd.amazon.eventstream');
  });

  it('a wrong secret fails the mock verifier', async () => {
    const r = await call('converse', MODEL, converseBody, stored({ secretAccessKey: 'not-the-secret' }));
    expect(r.status).toBe(403);
    expect(r.headers['x-amzn-errortype']).toBe('InvalidSignatureException');
  });

  it('signs the session token and replaces whatever the client sent for its own signature', async () => {
    const r = await call('converse', MODEL, converseBody, stored({ sessionToken: 'FwoGZXIvYXdzEBYaDLsession' }), {
      authorization: 'AWS4-HMAC-SHA256 Credential=CLIENT/20200101/us-east-1/bedrock/aws4_request, SignedHeaders=host, Signature=00',
      'x-amz-content-sha256': 'deadbeef',
      'x-amz-security-token': 'client-token',
    });
    expect(r.status).toBe(200);
    expect(r.sent['x-amz-security-token']).toBe('FwoGZXIvYXdzEBYaDLsession');
    expect(r.sent['x-amz-content-sha256']).toBeUndefined();
    expect(r.sent.authorization).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,');
    expect(mock.requests.at(-1)?.headers['x-amz-security-token']).toBe('FwoGZXIvYXdzEBYaDLsession');
  });

  it('signs pass-through AWS keys from the caller', async () => {
    const r = await call('invoke', MODEL, anthropicBody, { mode: 'passthrough', aws: creds });
    expect(r.status).toBe(200);
    expect(r.headers['x-amzn-bedrock-input-token-count']).toBeDefined();
  });

  it('leaves a caller Bedrock API key alone and sends a stored one as a bearer', async () => {
    const passthrough = await call('converse', MODEL, converseBody, { mode: 'passthrough' }, { authorization: 'Bearer caller-bedrock-key' });
    expect(passthrough.status).toBe(200);
    expect(passthrough.sent.authorization).toBe('Bearer caller-bedrock-key');
    expect(passthrough.sent['x-amz-date']).toBeUndefined();
    const storedKey = await call('converse', MODEL, converseBody, { mode: 'stored', kind: 'api_key', apiKey: 'stored-bedrock-key' });
    expect(storedKey.status).toBe(200);
    expect(mock.requests.at(-1)?.headers.authorization).toBe('Bearer stored-bedrock-key');
  });

  it('refuses a stored credential of another kind', async () => {
    const route = resolve(`/us-east-1/model/${ENC}/converse`);
    const input: AuthorizeInput = {
      route,
      method: 'POST',
      url: new URL(route.origin! + route.path),
      headers: {},
      body: null,
      credential: { mode: 'stored', kind: 'azure', apiKey: 'k', resource: 'r', apiVersion: 'v' },
    };
    await expect(bedrockAdapter.authorize(input)).rejects.toMatchObject({ code: 'validation' });
  });
});
