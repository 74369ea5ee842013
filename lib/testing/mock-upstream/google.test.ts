import { ApiError, GoogleGenAI, type GenerateContentResponse } from '@google/genai';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createServiceAccountAssertion,
  createTestServiceAccount,
  startMockUpstream,
  type MockUpstream,
  type ServiceAccount,
} from './index';

let mock: MockUpstream;
let sa: ServiceAccount;
let gemini: GoogleGenAI;

beforeAll(async () => {
  sa = createTestServiceAccount({ projectId: 'acme-prod' });
  mock = await startMockUpstream({ google: { serviceAccount: sa } });
  gemini = new GoogleGenAI({ apiKey: 'AIza-test', httpOptions: { baseUrl: mock.url } });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

async function mintToken(assertion = createServiceAccountAssertion(sa)): Promise<Response> {
  return fetch(`${mock.url}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
  });
}

async function vertexClient(): Promise<GoogleGenAI> {
  const { access_token } = (await (await mintToken()).json()) as { access_token: string };
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token, expiry_date: Date.now() + 3_000_000 });
  return new GoogleGenAI({
    vertexai: true,
    project: 'acme-prod',
    location: 'us-central1',
    httpOptions: { baseUrl: mock.url },
    googleAuthOptions: { authClient },
  });
}

const tools = [{ functionDeclarations: [{ name: 'search_docs', description: 'Search' }] }];

describe('Gemini API', () => {
  it('generateContent returns text and usageMetadata', async () => {
    const r = await gemini.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello Gemini' });
    expect(r.text).toBe('You said: Hello Gemini');
    expect(r.candidates?.[0].finishReason).toBe('STOP');
    const u = r.usageMetadata;
    expect(u?.totalTokenCount).toBe((u?.promptTokenCount ?? 0) + (u?.candidatesTokenCount ?? 0));
    const rec = mock.requests[0];
    expect(rec).toMatchObject({ provider: 'gemini', path: '/v1beta/models/gemini-2.5-flash:generateContent' });
    expect(rec.headers['x-goog-api-key']).toBe('AIza-test');
  });

  it('generateContentStream yields SSE chunks, the last with STOP and full usage', async () => {
    const chunks: GenerateContentResponse[] = [];
    for await (const c of await gemini.models.generateContentStream({
      model: 'gemini-2.5-flash',
      contents: 'one two three four five six seven',
      config: { thinkingConfig: { thinkingBudget: 512 } },
    })) {
      chunks.push(c);
    }
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.text).join('')).toBe('You said: one two three four five six seven');
    const last = chunks[chunks.length - 1];
    expect(last.candidates?.[0].finishReason).toBe('STOP');
    expect(last.usageMetadata?.candidatesTokenCount).toBeGreaterThan(0);
    expect(last.usageMetadata?.thoughtsTokenCount).toBeGreaterThan(0);
    expect(chunks[0].candidates?.[0].finishReason).toBeUndefined();
    expect(mock.requests[0].query.alt).toBe('sse');
  });

  it('returns functionCall parts and honours key=', async () => {
    const r = await gemini.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'mock:tool_call search_docs={"q":"refunds"}',
      config: { tools },
    });
    expect(r.functionCalls?.[0]).toMatchObject({ name: 'search_docs', args: { q: 'refunds' } });
    const viaQuery = await fetch(`${mock.url}/v1beta/models/gemini-2.0-flash:generateContent?key=AIza-q`, {
      method: 'POST',
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'q' }] }] }),
    });
    expect(viaQuery.status).toBe(200);
  });

  it('embeds contents (batchEmbedContents)', async () => {
    const r = await gemini.models.embedContent({ model: 'text-embedding-004', contents: ['alpha', 'beta'], config: { outputDimensionality: 16 } });
    expect(r.embeddings).toHaveLength(2);
    expect(r.embeddings?.[0].values).toHaveLength(16);
    expect(mock.requests[0].path).toBe('/v1beta/models/text-embedding-004:batchEmbedContents');
  });

  it('counts tokens and lists models', async () => {
    const n = await gemini.models.countTokens({ model: 'gemini-2.5-flash', contents: 'count me please' });
    expect(n.totalTokens).toBeGreaterThan(0);
    const page = await gemini.models.list();
    const names: string[] = [];
    for await (const m of page) names.push(m.name ?? '');
    expect(names).toContain('models/gemini-2.5-flash');
  });

  it('429 surfaces as ApiError in Google shape; a mid-stream error chunk throws', async () => {
    mock.setBehavior({ status: 429, count: 1 });
    const err = await gemini.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(429);
    expect((err as ApiError).message).toContain('RESOURCE_EXHAUSTED');

    mock.setBehavior({ failMidStream: true, afterEvents: 1, count: 1 });
    const seen: string[] = [];
    const midErr = await (async () => {
      for await (const c of await gemini.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'a b c d e f g h' })) {
        seen.push(c.text ?? '');
      }
    })().catch((e: unknown) => e);
    expect(midErr).toBeInstanceOf(ApiError);
    expect(seen).toEqual(['You said: a ']);
  });

  it('rejects a missing or invalid key', async () => {
    const res = await fetch(`${mock.url}/v1beta/models/gemini-2.5-flash:generateContent`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.status).toBe('PERMISSION_DENIED');
    const bad = new GoogleGenAI({ apiKey: 'invalid', httpOptions: { baseUrl: mock.url } });
    await expect(bad.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' })).rejects.toMatchObject({ status: 400 });
  });
});

describe('OAuth token endpoint', () => {
  it('mints tokens for a valid assertion and counts them', async () => {
    const res = await mintToken();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ expires_in: 3599, token_type: 'Bearer' });
    expect(body.access_token).toMatch(/^ya29\./);
    expect(mock.tokensMinted()).toBe(1);
  });

  it('rejects a foreign signature, wrong aud, empty scope and expired assertions', async () => {
    const other = createTestServiceAccount({ projectId: 'acme-prod' });
    const forged = createServiceAccountAssertion({ ...other, client_email: sa.client_email, private_key_id: sa.private_key_id });
    const cases = [
      forged,
      createServiceAccountAssertion(sa, { aud: 'https://evil.example/token' }),
      createServiceAccountAssertion(sa, { scope: ' ' }),
      createServiceAccountAssertion(sa, { now: Date.now() / 1000 - 7200 }),
    ];
    for (const assertion of cases) {
      const res = await mintToken(assertion);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatch(/^invalid_/);
    }
    expect(mock.tokensMinted()).toBe(0);
  });

  it('keeps issued tokens valid across reset, which zeroes the minted count', async () => {
    const { access_token } = await (await mintToken()).json();
    mock.reset();
    expect(mock.tokensMinted()).toBe(0);
    const res = await fetch(`${mock.url}/v1/projects/p/locations/l/publishers/google/models/gemini-2.5-flash:generateContent`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access_token}` },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'still valid' }] }] }),
    });
    expect(res.status).toBe(200);
  });

  it('accepts the mock URL itself as audience', async () => {
    const res = await mintToken(createServiceAccountAssertion(sa, { aud: `${mock.url}/token` }));
    expect(res.status).toBe(200);
  });
});

describe('Vertex AI', () => {
  it('generateContent and stream with a token minted by the mock', async () => {
    const vertex = await vertexClient();
    const r = await vertex.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Hello Vertex' });
    expect(r.text).toBe('You said: Hello Vertex');
    let text = '';
    for await (const c of await vertex.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'streamed vertex reply' })) {
      text += c.text ?? '';
    }
    expect(text).toBe('You said: streamed vertex reply');
    const [gen] = mock.requests.filter((q) => q.provider === 'vertex');
    expect(gen.path).toBe('/v1beta1/projects/acme-prod/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent');
    expect(gen.headers.authorization).toMatch(/^Bearer ya29\./);
  });

  it('rejects tokens it did not mint with 401 in Google shape', async () => {
    const res = await fetch(`${mock.url}/v1/projects/p/locations/l/publishers/google/models/gemini-2.5-flash:generateContent`, {
      method: 'POST',
      headers: { authorization: 'Bearer ya29.not-minted-here' },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'x' }] }] }),
    });
    expect(res.status).toBe(401);
    expect((await res.json()).error).toMatchObject({ code: 401, status: 'UNAUTHENTICATED' });
  });

  it('streams a JSON array incrementally without alt=sse', async () => {
    const { access_token } = await (await mintToken()).json();
    const res = await fetch(`${mock.url}/v1/projects/p/locations/l/publishers/google/models/gemini-2.5-pro:streamGenerateContent`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access_token}` },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'one two three four five' }] }] }),
    });
    const arr = JSON.parse(await res.text()) as Array<{ candidates: Array<{ content: { parts: Array<{ text: string }> } }> }>;
    expect(arr.length).toBeGreaterThan(1);
    expect(arr.map((c) => c.candidates[0].content.parts[0].text).join('')).toBe('You said: one two three four five');
  });

  it('serves Claude on rawPredict and streamRawPredict', async () => {
    const { access_token } = await (await mintToken()).json();
    const base = `${mock.url}/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-sonnet-4@20250514`;
    const body = { anthropic_version: 'vertex-2023-10-16', max_tokens: 64, messages: [{ role: 'user', content: 'hi claude' }] };
    const headers = { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' };
    const json = await (await fetch(`${base}:rawPredict`, { method: 'POST', headers, body: JSON.stringify(body) })).json();
    expect(json).toMatchObject({ type: 'message', model: 'claude-sonnet-4@20250514', content: [{ type: 'text', text: 'You said: hi claude' }] });
    const sse = await (await fetch(`${base}:streamRawPredict`, { method: 'POST', headers, body: JSON.stringify({ ...body, stream: true }) })).text();
    expect(sse.startsWith('event: message_start\n')).toBe(true);
    expect(sse).toContain('event: message_stop');
    const wrongVersion = await fetch(`${base}:rawPredict`, { method: 'POST', headers, body: JSON.stringify({ ...body, anthropic_version: 'bedrock-2023-05-31' }) });
    expect(wrongVersion.status).toBe(400);
    expect(mock.requests.filter((r) => r.provider === 'vertex-anthropic')).toHaveLength(3);
  });
});
