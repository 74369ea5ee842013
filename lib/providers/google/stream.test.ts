import { ApiError, GoogleGenAI } from '@google/genai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import type { ResolvedRoute, StreamReadResult, WireFormat } from '../types';
import { geminiFormat, geminiJsonArrayFormat } from './gemini';

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const GEMINI = '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse';
const VERTEX = '/v1/projects/acme/locations/us-central1/publishers/google/models/gemini-2.5-flash:streamGenerateContent';

async function upstream(path: string, body: unknown): Promise<{ bytes: Buffer; contentType: string }> {
  const headers = path.startsWith('/v1beta') ? { 'x-goog-api-key': 'AIza-test' } : { authorization: 'Bearer ya29.test' };
  const res = await request(mock.url + path, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.statusCode).toBe(200);
  return { bytes: Buffer.from(await res.body.arrayBuffer()), contentType: String(res.headers['content-type']) };
}

const routeFor = (path: string): ResolvedRoute => ({ origin: mock.url, path, format: geminiFormat, pathModel: 'gemini-2.5-flash', pathStream: true });

function read(format: WireFormat, route: ResolvedRoute, contentType: string, bytes: Buffer, size: (i: number) => number): StreamReadResult {
  const reader = format.createStreamReader(route, contentType);
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = Math.max(1, size(i));
    reader.push(bytes.subarray(at, at + n));
    at += n;
  }
  return reader.finish();
}

/** The same result for one chunk, 1-byte chunks, random chunks and every two-piece cut. */
function readEverySplit(path: string, contentType: string, bytes: Buffer): StreamReadResult {
  const route = routeFor(path);
  const whole = read(geminiFormat, route, contentType, bytes, () => bytes.length);
  expect(read(geminiFormat, route, contentType, bytes, () => 1)).toEqual(whole);
  let seed = 11;
  expect(read(geminiFormat, route, contentType, bytes, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 97) + 1)).toEqual(whole);
  for (let cut = 1; cut < bytes.length; cut += 3) expect(read(geminiFormat, route, contentType, bytes, (i) => (i === 0 ? cut : bytes.length))).toEqual(whole);
  return whole;
}

const ask = (text: string, extra: Record<string, unknown> = {}) => ({ contents: [{ role: 'user', parts: [{ text }] }], ...extra });
const tools = [{ functionDeclarations: [{ name: 'search_docs' }] }];

describe.each([
  ['Gemini API, SSE', GEMINI],
  ['Vertex AI, JSON array', VERTEX],
])('%s stream reader', (_name, path) => {
  it('reports the final usage, model and finish reason', async () => {
    const { bytes, contentType } = await upstream(path, ask('one two three four five six seven eight nine'));
    expect(contentType).toContain(path.includes('alt=sse') ? 'text/event-stream' : 'application/json');
    const result = readEverySplit(path, contentType, bytes);
    expect(result.finishReason).toBe('STOP');
    expect(result.error).toBeUndefined();
    expect(result.usage).toMatchObject({ model: 'gemini-2.5-flash', cachedTokens: 0, cacheWriteTokens: 0 });
    expect(result.usage!.inputTokens).toBeGreaterThan(0);
    // "You said: one … nine" is 54 characters: ceil(54 / 4) tokens.
    expect(result.usage!.outputTokens).toBe(14);
  });

  it('counts thinking tokens as output', async () => {
    const { bytes, contentType } = await upstream(path, ask('think about it', { generationConfig: { thinkingConfig: { thinkingBudget: 512, includeThoughts: true } } }));
    const result = readEverySplit(path, contentType, bytes);
    expect(result.usage!.reasoningTokens).toBeGreaterThan(0);
    expect(result.usage!.outputTokens).toBe(Math.ceil('You said: think about it'.length / 4) + result.usage!.reasoningTokens!);
  });

  it('reports MAX_TOKENS, tool calls and cached tokens', async () => {
    const cut = await upstream(path, ask('a long reply that will be cut short here', { generationConfig: { maxOutputTokens: 3 } }));
    expect(readEverySplit(path, cut.contentType, cut.bytes)).toMatchObject({ finishReason: 'MAX_TOKENS', usage: { outputTokens: 3 } });
    const call = await upstream(path, ask('mock:tool_call search_docs={"q":"]}\\"refunds"}', { tools }));
    expect(readEverySplit(path, call.contentType, call.bytes).finishReason).toBe('STOP');
    const cached = await upstream(path, ask('mock:cached=1200 hello'));
    expect(readEverySplit(path, cached.contentType, cached.bytes).usage).toMatchObject({ cachedTokens: 1200 });
  });

  it('reports an in-stream error and the usage seen before it', async () => {
    mock.setBehavior({ failMidStream: true, afterEvents: 2, count: 1 });
    const { bytes, contentType } = await upstream(path, ask('a b c d e f g h i j k l m n o p'));
    const result = readEverySplit(path, contentType, bytes);
    expect(result.error).toEqual({ type: 'INTERNAL', message: expect.stringContaining('internal error') });
    expect(result.finishReason).toBeUndefined();
    if (path.includes('alt=sse')) expect(result.usage?.inputTokens).toBeGreaterThan(0);
    // Vertex's early chunks only carry trafficType: no counts yet, so no usage rather than zeros.
    else expect(result.usage).toBeUndefined();
  });
});

describe('stream error events', () => {
  const info = { code: 'upstream_error', message: 'the upstream connection failed mid-response', requestId: 'req_1', status: 502 };

  it('ends a JSON-array stream with a final error element, keeping the body valid JSON', async () => {
    const { bytes, contentType } = await upstream(VERTEX, ask('a b c d e f g h i j k'));
    const text = bytes.toString('utf8');
    const afterFirst = text.indexOf('\n,');
    const cut = Buffer.concat([bytes.subarray(0, afterFirst), Buffer.from(geminiJsonArrayFormat.streamErrorEvent(info))]);
    const parsed = JSON.parse(cut.toString('utf8')) as unknown[];
    expect(parsed[parsed.length - 1]).toMatchObject({ error: { code: 502, status: 'UNAVAILABLE', message: info.message } });
    expect(read(geminiJsonArrayFormat, routeFor(VERTEX), contentType, cut, () => 5).error).toEqual({ type: 'UNAVAILABLE', message: info.message });
  });

  it('ends an SSE stream with a data: error event the @google/genai SDK raises as ApiError', async () => {
    const { bytes } = await upstream(GEMINI, ask('a b c d e f g h i j k'));
    const firstEvent = bytes.subarray(0, bytes.indexOf('\r\n\r\n') + 4);
    const server: Server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(firstEvent);
      res.end(Buffer.from(geminiFormat.streamErrorEvent(info)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const sdk = new GoogleGenAI({ apiKey: 'k', httpOptions: { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` } });
      const seen: string[] = [];
      const error = await (async () => {
        for await (const chunk of await sdk.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'x' })) seen.push(chunk.text ?? '');
      })().catch((e: unknown) => e);
      expect(seen).toEqual(['You said: a ']);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(502);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
