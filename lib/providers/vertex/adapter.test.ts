import { GoogleGenAI } from '@google/genai';
import { OAuth2Client } from 'google-auth-library';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/config/env';
import { createTestServiceAccount, startMockUpstream, type MockUpstream, type ServiceAccount } from '@/lib/testing/mock-upstream';
import { geminiFormat, geminiJsonArrayFormat } from '../google/gemini';
import type { ResolvedRoute, RouteInput, UpstreamCredential } from '../types';
import { vertexAdapter } from './adapter';
import { vertexAnthropicFormat } from './anthropic';

const input = (rest: string, query = '', method = 'POST'): RouteInput => ({ provider: 'vertex', rest, query, method, headers: {} });
const GEMINI = '/projects/acme/locations/us-central1/publishers/google/models/gemini-2.5-flash';

afterEach(() => {
  delete process.env.GATEWAY_UPSTREAM_VERTEX_URL;
});

describe('vertexAdapter.resolve', () => {
  it('routes Gemini models on a regional endpoint', () => {
    expect(vertexAdapter.resolve(input(`/us-central1${GEMINI}:generateContent`))).toEqual({
      origin: 'https://us-central1-aiplatform.googleapis.com',
      path: `/v1${GEMINI}:generateContent`,
      format: geminiFormat,
      pathModel: 'gemini-2.5-flash',
      pathStream: false,
      region: 'us-central1',
    });
    expect(vertexAdapter.resolve(input(`/us-central1${GEMINI}:streamGenerateContent`, 'alt=sse'))).toMatchObject({
      path: `/v1${GEMINI}:streamGenerateContent?alt=sse`,
      format: geminiFormat,
      pathStream: true,
    });
    // Vertex's default stream encoding is a JSON array; its cut-short ending differs.
    expect(vertexAdapter.resolve(input(`/us-central1${GEMINI}:streamGenerateContent`)).format).toBe(geminiJsonArrayFormat);
    expect(vertexAdapter.resolve(input(`/us-central1${GEMINI}:countTokens`))).toMatchObject({ format: null, pathModel: 'gemini-2.5-flash', pathStream: false });
  });

  it('routes Claude with the path model authoritative', () => {
    const path = '/us-east5/projects/acme/locations/us-east5/publishers/anthropic/models/claude-sonnet-4%4020250514:streamRawPredict';
    const route = vertexAdapter.resolve(input(path));
    expect(route).toMatchObject({
      origin: 'https://us-east5-aiplatform.googleapis.com',
      path: '/v1/projects/acme/locations/us-east5/publishers/anthropic/models/claude-sonnet-4%4020250514:streamRawPredict',
      format: vertexAnthropicFormat,
      pathModel: 'claude-sonnet-4@20250514',
      pathStream: true,
    });
    const view = route.format!.readRequest({ anthropic_version: 'vertex-2023-10-16', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] }, route);
    expect(view).toMatchObject({ model: 'claude-sonnet-4@20250514', stream: true, maxOutputTokens: 64, parts: [{ role: 'user', text: 'hi' }] });
    const spoofed = route.format!.readRequest({ model: 'claude-opus-4', messages: [] }, route);
    expect(spoofed.model).toBe('claude-sonnet-4@20250514');
    expect(vertexAdapter.resolve(input('/us-east5/projects/acme/locations/us-east5/publishers/anthropic/models/count-tokens:rawPredict')).format).toBeNull();
  });

  it('uses the global and multi-region hosts', () => {
    expect(vertexAdapter.resolve(input('/global/projects/acme/locations/global/publishers/google/models/gemini-2.5-pro:generateContent')).origin).toBe('https://aiplatform.googleapis.com');
    expect(vertexAdapter.resolve(input('/us/projects/acme/locations/us/publishers/google/models/gemini-2.5-pro:generateContent')).origin).toBe('https://aiplatform.us.rep.googleapis.com');
  });

  it('accepts the path without a leading location, the host following the resource location', () => {
    expect(vertexAdapter.resolve(input(`/v1beta1${GEMINI.replace('us-central1', 'europe-west4')}:generateContent`))).toMatchObject({
      origin: 'https://europe-west4-aiplatform.googleapis.com',
      path: `/v1beta1${GEMINI.replace('us-central1', 'europe-west4')}:generateContent`,
      region: 'europe-west4',
    });
  });

  it('refuses bad locations, other publishers and methods, and path tricks', () => {
    const code = (rest: string) => {
      try {
        vertexAdapter.resolve(input(rest));
        return 'ok';
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    expect(code(`/US-CENTRAL1${GEMINI}:generateContent`)).toBe('validation');
    expect(code(`/evil.example${GEMINI}:generateContent`)).toBe('validation');
    expect(code('/us-central1/projects/acme/locations/x.y/publishers/google/models/m:generateContent')).toBe('validation');
    expect(code('/us-central1/projects/acme/locations/us-central1/publishers/meta/models/llama:rawPredict')).toBe('not_found');
    expect(code('/us-central1/projects/acme/locations/us-central1/publishers/anthropic/models/claude:generateContent')).toBe('not_found');
    expect(code(`/us-central1${GEMINI}:deleteModel`)).toBe('not_found');
    expect(code(`/us-central1${GEMINI}`)).toBe('not_found');
    expect(code('/us-central1/projects/acme/locations/us-central1/endpoints/123:predict')).toBe('not_found');
    expect(code('/us-central1/projects/%2e%2e/locations/us-central1/publishers/google/models/m:generateContent')).toBe('validation');
    expect(code('/us-central1/projects/acme/locations/us-central1/publishers/google/models/m%2F..:generateContent')).toBe('validation');
    expect(code('/v1beta1/publishers/google/models/m:generateContent')).toBe('not_found');
    expect(code('/')).toBe('not_found');
  });

  it('replaces scheme and host with the operator override for every location', () => {
    process.env.GATEWAY_UPSTREAM_VERTEX_URL = 'http://127.0.0.1:4010';
    expect(vertexAdapter.resolve(input(`/us-central1${GEMINI}:generateContent`))).toMatchObject({ origin: 'http://127.0.0.1:4010', region: 'us-central1' });
    expect(vertexAdapter.resolve(input('/global/projects/a/locations/global/publishers/google/models/m:generateContent')).origin).toBe('http://127.0.0.1:4010');
  });
});

/** What @google/genai sends in Vertex mode when its baseUrl points at the gateway (captured, not assumed). */
async function captureSdkPaths(options: ConstructorParameters<typeof GoogleGenAI>[0]): Promise<{ url: string; headers: Record<string, unknown> }[]> {
  const seen: { url: string; headers: Record<string, unknown> }[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    seen.push({ url: req.url!, headers: req.headers });
    const chunk = JSON.stringify({ candidates: [{ content: { role: 'model', parts: [{ text: 'ok' }] }, finishReason: 'STOP' }] });
    if (req.url!.includes('alt=sse')) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(`data: ${chunk}\n\n`);
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(chunk);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/gateway/vertex/us-central1`;
    const sdk = new GoogleGenAI({ ...options, httpOptions: { baseUrl } });
    await sdk.models.generateContent({ model: 'gemini-2.5-flash', contents: 'hi' });
    for await (const chunk of await sdk.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'hi' })) void chunk;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return seen.map(({ url, headers }) => ({ url: url.replace('/api/gateway/vertex', ''), headers }));
}

const split = (url: string): [string, string] => {
  const q = url.indexOf('?');
  return q < 0 ? [url, ''] : [url.slice(0, q), url.slice(q + 1)];
};

describe('@google/genai in Vertex mode through the gateway', () => {
  it('with project, location and the gateway key as apiKey: /{location}/v1beta1/projects/… and x-goog-api-key', async () => {
    const sent = await captureSdkPaths({ vertexai: true, apiKey: 'gw_test', project: 'acme', location: 'us-central1' });
    expect(sent.map((s) => s.url)).toEqual([
      `/us-central1/v1beta1${GEMINI}:generateContent`,
      `/us-central1/v1beta1${GEMINI}:streamGenerateContent?alt=sse`,
    ]);
    expect(sent[0].headers['x-goog-api-key']).toBe('gw_test');
    const [rest, query] = split(sent[1].url);
    expect(vertexAdapter.resolve(input(rest, query))).toMatchObject({
      origin: 'https://us-central1-aiplatform.googleapis.com',
      path: `/v1beta1${GEMINI}:streamGenerateContent?alt=sse`,
      format: geminiFormat,
      pathModel: 'gemini-2.5-flash',
      pathStream: true,
    });
  });

  it('with an auth client (bearer) and apiVersion v1: /{location}/v1/projects/…', async () => {
    const authClient = new OAuth2Client();
    authClient.setCredentials({ access_token: 'gw_test', expiry_date: Date.now() + 3_000_000 });
    const sent = await captureSdkPaths({ vertexai: true, project: 'acme', location: 'us-central1', apiVersion: 'v1', googleAuthOptions: { authClient } });
    expect(sent[0].url).toBe(`/us-central1/v1${GEMINI}:generateContent`);
    expect(sent[0].headers.authorization).toBe('Bearer gw_test');
    expect(vertexAdapter.resolve(input(sent[0].url)).path).toBe(`/v1${GEMINI}:generateContent`);
  });

  it('with only the gateway key as apiKey: a project-less path the stored credential completes', async () => {
    const sent = await captureSdkPaths({ vertexai: true, apiKey: 'gw_test' });
    expect(sent[0].url).toBe('/us-central1/v1beta1/publishers/google/models/gemini-2.5-flash:generateContent');
    const route = vertexAdapter.resolve(input(sent[0].url));
    expect(route).toMatchObject({ path: '/v1beta1/publishers/google/models/gemini-2.5-flash:generateContent', format: geminiFormat, region: 'us-central1' });
  });
});

describe('vertexAdapter.authorize against the mock upstream', () => {
  let mock: MockUpstream;
  let sa: ServiceAccount;
  let credential: UpstreamCredential;
  const previousTokenUrl = process.env.GATEWAY_GOOGLE_TOKEN_URL;

  beforeAll(async () => {
    sa = createTestServiceAccount({ projectId: 'acme' });
    mock = await startMockUpstream({ google: { serviceAccount: sa } });
    process.env.GATEWAY_GOOGLE_TOKEN_URL = `${mock.url}/token`;
    resetEnvCache();
    credential = { mode: 'stored', kind: 'vertex', serviceAccountJson: JSON.stringify(sa), project: 'acme', location: 'us-central1', credentialId: 'cred_vertex_adapter' };
  });
  afterAll(async () => {
    if (previousTokenUrl === undefined) delete process.env.GATEWAY_GOOGLE_TOKEN_URL;
    else process.env.GATEWAY_GOOGLE_TOKEN_URL = previousTokenUrl;
    resetEnvCache();
    await mock.close();
  });

  async function call(route: ResolvedRoute, body: unknown, cred: UpstreamCredential, headers: Record<string, string> = {}) {
    const url = new URL(route.origin! + route.path);
    const bytes = Buffer.from(JSON.stringify(body));
    await vertexAdapter.authorize({ route, method: 'POST', url, headers, body: bytes, credential: cred });
    const res = await request(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: bytes });
    return { url, headers, status: res.statusCode, text: await res.body.text() };
  }

  it('sends a minted bearer the mock accepts, for Gemini and Claude, and completes a project-less path', async () => {
    process.env.GATEWAY_UPSTREAM_VERTEX_URL = mock.url;
    const gemini = await call(vertexAdapter.resolve(input(`/us-central1${GEMINI}:generateContent`)), { contents: [{ role: 'user', parts: [{ text: 'hello' }] }] }, credential);
    expect(gemini.status).toBe(200);
    expect(gemini.headers.authorization).toMatch(/^Bearer ya29\./);
    expect(JSON.parse(gemini.text).candidates[0].content.parts[0].text).toBe('You said: hello');

    const claude = await call(
      vertexAdapter.resolve(input('/us-east5/projects/acme/locations/us-east5/publishers/anthropic/models/claude-sonnet-4%4020250514:rawPredict')),
      { anthropic_version: 'vertex-2023-10-16', max_tokens: 64, messages: [{ role: 'user', content: 'hi claude' }] },
      credential,
    );
    expect(claude.status).toBe(200);
    expect(JSON.parse(claude.text).content[0].text).toBe('You said: hi claude');

    const bare = await call(vertexAdapter.resolve(input('/us-central1/v1beta1/publishers/google/models/gemini-2.5-flash:generateContent')), { contents: [{ role: 'user', parts: [{ text: 'x' }] }] }, credential);
    expect(bare.url.pathname).toBe(`/v1beta1${GEMINI}:generateContent`);
    expect(bare.status).toBe(200);
    expect(mock.tokensMinted()).toBe(1);
  });

  it('leaves a pass-through caller\'s own bearer and path alone', async () => {
    process.env.GATEWAY_UPSTREAM_VERTEX_URL = mock.url;
    const route = vertexAdapter.resolve(input('/us-central1/v1beta1/publishers/google/models/gemini-2.5-flash:generateContent'));
    const url = new URL(route.origin! + route.path);
    const headers = { authorization: 'Bearer ya29.caller-own' };
    await vertexAdapter.authorize({ route, method: 'POST', url, headers, body: null, credential: { mode: 'passthrough' } });
    expect(headers).toEqual({ authorization: 'Bearer ya29.caller-own' });
    expect(url.pathname).toBe('/v1beta1/publishers/google/models/gemini-2.5-flash:generateContent');
  });
});
