import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import { AppError } from '@/lib/errors';
import type { ResolvedRoute, StreamReadResult } from '../types';
import { bedrockConverseFormat as format } from './converse';
import { createEventStreamDecoder, headerString } from './event-stream';

const MODEL = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
const ENC = encodeURIComponent(MODEL);
const route = (stream: boolean): ResolvedRoute => ({
  origin: 'https://bedrock-runtime.us-east-1.amazonaws.com',
  path: `/model/${ENC}/${stream ? 'converse-stream' : 'converse'}`,
  format,
  pathModel: MODEL,
  pathStream: stream,
  region: 'us-east-1',
});

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const user = (text: string) => ({ messages: [{ role: 'user', content: [{ text }] }] });
const tools = { toolConfig: { tools: [{ toolSpec: { name: 'run_sql', inputSchema: { json: { type: 'object' } } } }] } };

async function record(body: unknown, stream = true): Promise<{ bytes: Uint8Array; json?: unknown }> {
  const res = await fetch(`${mock.url}/model/${ENC}/${stream ? 'converse-stream' : 'converse'}`, {
    method: 'POST',
    headers: { authorization: 'Bearer test-key', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { bytes, json: stream ? undefined : JSON.parse(new TextDecoder().decode(bytes)) };
}

function read(bytes: Uint8Array, chunk = bytes.length): StreamReadResult {
  const reader = format.createStreamReader(route(true), 'application/vnd.amazon.eventstream');
  for (let at = 0; at < bytes.length; at += chunk) reader.push(bytes.subarray(at, at + chunk));
  return reader.finish();
}

describe('readRequest', () => {
  it('reads system, messages, tool use and results, max tokens and tools', () => {
    const body = {
      system: [{ text: 'Be brief' }, { cachePoint: { type: 'default' } }],
      messages: [
        { role: 'user', content: [{ text: 'Find user 7' }, { image: { format: 'png', source: { bytes: 'AAAA' } } }] },
        { role: 'assistant', content: [{ reasoningContent: { reasoningText: { text: 'hmm', signature: 'x' } } }, { toolUse: { toolUseId: 't1', name: 'run_sql', input: { query: 'select 1', opts: ['a', { deep: 'b' }], n: 3 } } }] },
        { role: 'user', content: [{ toolResult: { toolUseId: 't1', content: [{ text: 'row 1' }, { json: { email: 'x@y.z' } }] } }, { guardContent: { text: { text: 'guarded' } } }] },
      ],
      inferenceConfig: { maxTokens: 256 },
      ...tools,
    };
    const view = format.readRequest(body, route(false));
    expect(view).toMatchObject({ model: MODEL, stream: false, maxOutputTokens: 256, tools: [{ name: 'run_sql' }] });
    expect(view.parts).toEqual([
      { role: 'system', text: 'Be brief', path: ['system', 0, 'text'], kind: undefined },
      { role: 'user', text: 'Find user 7', path: ['messages', 0, 'content', 0, 'text'], kind: undefined },
      { role: 'assistant', text: 'select 1', path: ['messages', 1, 'content', 1, 'toolUse', 'input', 'query'], kind: 'tool_arguments' },
      { role: 'assistant', text: 'a', path: ['messages', 1, 'content', 1, 'toolUse', 'input', 'opts', 0], kind: 'tool_arguments' },
      { role: 'assistant', text: 'b', path: ['messages', 1, 'content', 1, 'toolUse', 'input', 'opts', 1, 'deep'], kind: 'tool_arguments' },
      { role: 'tool', text: 'row 1', path: ['messages', 2, 'content', 0, 'toolResult', 'content', 0, 'text'], kind: 'tool_result' },
      { role: 'tool', text: 'x@y.z', path: ['messages', 2, 'content', 0, 'toolResult', 'content', 1, 'json', 'email'], kind: 'tool_result' },
      { role: 'user', text: 'guarded', path: ['messages', 2, 'content', 1, 'guardContent', 'text', 'text'], kind: undefined },
    ]);
    expect(format.readRequest(user('x'), route(true)).stream).toBe(true);
  });

  it('every part path points at the very string it holds (write-back is a string assignment)', () => {
    const body = { messages: [{ role: 'assistant', content: [{ toolUse: { input: { a: { b: ['c'] } } } }] }] };
    for (const part of format.readRequest(body, route(false)).parts) {
      let node: unknown = body;
      for (const key of part.path) node = (node as Record<string | number, unknown>)[key];
      expect(node).toBe(part.text);
    }
  });

  it('names the field that is wrong', () => {
    const field = (b: unknown) => {
      try {
        format.readRequest(b, route(false));
      } catch (e) {
        return (e as AppError).details.field;
      }
      return undefined;
    };
    expect(field('nope')).toBe('body');
    expect(field({})).toBe('messages');
    expect(field({ messages: [{ role: 'user', content: 'text' }] })).toBe('messages.0.content');
    expect(field({ ...user('x'), inferenceConfig: { maxTokens: '5' } })).toBe('inferenceConfig.maxTokens');
  });
});

describe('usageFromResponse (recorded from the mock)', () => {
  it('adds cache reads and writes to the prompt count', async () => {
    const { json } = await record({ ...user('mock:cached=5 mock:cache_write=7 hi') }, false);
    const u = (json as { usage: { inputTokens: number; outputTokens: number } }).usage;
    expect(format.usageFromResponse(json, {}, route(false))).toEqual({
      usage: { inputTokens: u.inputTokens + 12, outputTokens: u.outputTokens, cachedTokens: 5, cacheWriteTokens: 7 },
      finishReason: 'end_turn',
    });
  });

  it('reports tool_use as the finish reason', async () => {
    const { json } = await record({ ...user('mock:tool_call'), ...tools }, false);
    expect(format.usageFromResponse(json, {}, route(false)).finishReason).toBe('tool_use');
  });
});

describe('stream reader (recorded from the mock, split at awkward boundaries)', () => {
  it('reads usage and stop reason whatever the chunking', async () => {
    const { bytes } = await record(user('mock:cached=3 stream this please'));
    const whole = read(bytes);
    expect(whole.usage).toMatchObject({ cachedTokens: 3, cacheWriteTokens: 0 });
    expect(whole.usage!.outputTokens).toBeGreaterThan(0);
    expect(whole.finishReason).toBe('end_turn');
    expect(whole.error).toBeUndefined();
    for (const chunk of [1, 2, 3, 7, 13, 64, 333]) expect(read(bytes, chunk)).toEqual(whole);
  });

  it('reads tool_use and max_tokens stops', async () => {
    expect(read((await record({ ...user('mock:tool_call'), ...tools })).bytes, 5).finishReason).toBe('tool_use');
    const truncated = read((await record({ ...user('a long reply that will not fit'), inferenceConfig: { maxTokens: 2 } })).bytes, 1);
    expect(truncated).toMatchObject({ finishReason: 'max_tokens', usage: { outputTokens: 2 } });
  });

  it('reports an exception frame mid-stream as the error', async () => {
    mock.setBehavior({ failMidStream: true, errorType: 'throttlingException', message: 'slow down', afterEvents: 2, count: 1 });
    const r = read((await record(user('a b c d e'))).bytes, 1);
    expect(r.error).toEqual({ type: 'throttlingException', message: 'slow down' });
    expect(r.usage).toBeUndefined();
  });

  it('reports a corrupt frame as an error instead of throwing', async () => {
    const { bytes } = await record(user('corrupt me'));
    const bad = bytes.slice();
    bad[40] ^= 0xff;
    expect(read(bad, 9).error?.type).toBe('eventStreamDecodeError');
  });
});

describe('streamErrorEvent', () => {
  const info = { code: 'rate_limited', message: 'Rate limit exceeded', requestId: 'req_123', status: 429 };

  it('is an exception frame our reader and @smithy decode', () => {
    const frame = format.streamErrorEvent(info);
    let headers: Record<string, string | undefined> = {};
    let payload = '';
    createEventStreamDecoder((m) => {
      headers = { type: headerString(m.headers, ':message-type'), ex: headerString(m.headers, ':exception-type'), ct: headerString(m.headers, ':content-type') };
      payload = new TextDecoder().decode(m.payload);
    }).push(frame);
    expect(headers).toEqual({ type: 'exception', ex: 'throttlingException', ct: 'application/json' });
    expect(JSON.parse(payload)).toMatchObject({ message: 'Rate limit exceeded (request id: req_123)', code: 'rate_limited', requestId: 'req_123' });
    expect(read(frame).error).toEqual({ type: 'throttlingException', message: 'Rate limit exceeded (request id: req_123)' });
  });

  it('maps gateway codes onto members of the ConverseStream union', () => {
    const type = (status: number, code = 'x') => {
      let t: string | undefined;
      createEventStreamDecoder((m) => (t = headerString(m.headers, ':exception-type'))).push(format.streamErrorEvent({ ...info, status, code }));
      return t;
    };
    expect(type(503, 'service_unavailable')).toBe('serviceUnavailableException');
    expect(type(403, 'policy_denied')).toBe('validationException');
    expect(type(504, 'provider_timeout')).toBe('modelStreamErrorException');
    expect(type(502, 'upstream_error')).toBe('modelStreamErrorException');
    expect(type(500, 'internal')).toBe('internalServerException');
  });

  it('makes the AWS SDK raise its modelled exception after the events already sent', async () => {
    const { bytes } = await record(user('hello there'));
    // The first two frames of the recorded stream, then the gateway's exception frame.
    let cut = 0;
    for (let i = 0; i < 2; i++) cut += new DataView(bytes.buffer, bytes.byteOffset + cut).getUint32(0);
    const server: Server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream' });
        res.write(bytes.subarray(0, cut));
        res.end(format.streamErrorEvent(info));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const client = new BedrockRuntimeClient({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      token: { token: 'k' },
      authSchemePreference: ['httpBearerAuth'],
      requestHandler: new NodeHttpHandler(),
      maxAttempts: 1,
    });
    try {
      const out = await client.send(new ConverseStreamCommand({ modelId: MODEL, messages: [{ role: 'user', content: [{ text: 'x' }] }] }));
      let seen = 0;
      const err = await (async () => {
        for await (const _ of out.stream ?? []) seen++;
      })().catch((e: unknown) => e);
      expect(seen).toBe(2);
      expect(err).toMatchObject({ name: 'ThrottlingException', message: 'Rate limit exceeded (request id: req_123)' });
    } finally {
      client.destroy();
      await new Promise((r) => server.close(r));
    }
  });
});
