import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import type { AppError } from '@/lib/errors';
import type { HeaderMap, ResolvedRoute, StreamReadResult } from '../types';
import { encodeEventFrame } from './event-stream';
import { bedrockInvokeFormat as format } from './invoke';

const MODEL = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
const ENC = encodeURIComponent(MODEL);
const route = (stream: boolean, model = MODEL): ResolvedRoute => ({
  origin: 'https://bedrock-runtime.us-east-1.amazonaws.com',
  path: `/model/${encodeURIComponent(model)}/${stream ? 'invoke-with-response-stream' : 'invoke'}`,
  format,
  pathModel: model,
  pathStream: stream,
  region: 'us-east-1',
});

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const anthropic = (text: string, extra: Record<string, unknown> = {}) => ({
  anthropic_version: 'bedrock-2023-05-31',
  max_tokens: 200,
  messages: [{ role: 'user', content: text }],
  ...extra,
});

async function record(body: unknown, stream: boolean) {
  const res = await fetch(`${mock.url}/model/${ENC}/${stream ? 'invoke-with-response-stream' : 'invoke'}`, {
    method: 'POST',
    headers: { authorization: 'Bearer test-key', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const headers: HeaderMap = Object.fromEntries(res.headers);
  return { bytes, headers, json: stream ? undefined : (JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>) };
}

function read(bytes: Uint8Array, chunk = bytes.length): StreamReadResult {
  const reader = format.createStreamReader(route(true), 'application/vnd.amazon.eventstream');
  for (let at = 0; at < bytes.length; at += chunk) reader.push(bytes.subarray(at, at + chunk));
  return reader.finish();
}

const chunkFrame = (event: unknown) => encodeEventFrame('chunk', JSON.stringify({ bytes: Buffer.from(JSON.stringify(event)).toString('base64'), p: 'abcdefgh' }));
const concat = (frames: Uint8Array[]) => Uint8Array.from(frames.flatMap((f) => Array.from(f)));

describe('readRequest', () => {
  it('reads an Anthropic body fully', () => {
    const body = anthropic('', {
      system: [{ type: 'text', text: 'You are terse' }],
      messages: [
        { role: 'user', content: 'Look up x' },
        { role: 'assistant', content: [{ type: 'text', text: 'Calling' }, { type: 'tool_use', id: 't', name: 'lookup', input: { key: 'x', n: 1 } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: [{ type: 'text', text: 'found' }] }, { type: 'tool_result', tool_use_id: 'u', content: 'plain' }] },
      ],
      tools: [{ name: 'lookup', input_schema: { type: 'object' } }],
    });
    const view = format.readRequest(body, route(true));
    expect(view).toMatchObject({ model: MODEL, stream: true, maxOutputTokens: 200, tools: [{ name: 'lookup' }] });
    expect(view.parts.map((p) => [p.role, p.text, p.path.join('.'), p.kind])).toEqual([
      ['system', 'You are terse', 'system.0.text', undefined],
      ['user', 'Look up x', 'messages.0.content', undefined],
      ['assistant', 'Calling', 'messages.1.content.0.text', undefined],
      ['assistant', 'x', 'messages.1.content.1.input.key', 'tool_arguments'],
      ['tool', 'found', 'messages.2.content.0.content.0.text', 'tool_result'],
      ['tool', 'plain', 'messages.2.content.1.content', 'tool_result'],
    ]);
    expect(format.readRequest(anthropic('hi', { system: 'sys' }), route(false)).parts[0]).toMatchObject({ role: 'system', text: 'sys', path: ['system'] });
  });

  it('validates an Anthropic body', () => {
    const field = (b: unknown) => {
      try {
        format.readRequest(b, route(false));
      } catch (e) {
        return (e as AppError).details.field;
      }
    };
    expect(field({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 5 })).toBe('messages');
    expect(field(anthropic('x', { max_tokens: 'many' }))).toBe('max_tokens');
    expect(field([1])).toBe('body');
  });

  it('reads other families generically and never fails on an unknown shape', () => {
    const text = (b: unknown) => format.readRequest(b, route(false, 'other')).parts.map((p) => `${p.role}:${p.text}@${p.path.join('.')}`);
    expect(text({ inputText: 'titan prompt', textGenerationConfig: { maxTokenCount: 9 } })).toEqual(['user:titan prompt@inputText']);
    expect(format.readRequest({ prompt: 'x', max_gen_len: 12 }, route(false)).maxOutputTokens).toBe(12);
    expect(text({ prompt: '<s>[INST] llama [/INST]' })).toEqual(['user:<s>[INST] llama [/INST]@prompt']);
    expect(text({ message: 'now', preamble: 'pre', chat_history: [{ role: 'USER', message: 'u' }, { role: 'CHATBOT', message: 'c' }] })).toEqual([
      'system:pre@preamble',
      'user:u@chat_history.0.message',
      'assistant:c@chat_history.1.message',
      'user:now@message',
    ]);
    expect(text({ system: [{ text: 'nova sys' }], messages: [{ role: 'user', content: [{ text: 'nova' }] }], inferenceConfig: { max_new_tokens: 3 } })).toEqual([
      'system:nova sys@system.0.text',
      'user:nova@messages.0.content.0.text',
    ]);
    expect(text({ messages: [{ role: 'system', content: 's' }, { role: 'assistant', content: null, tool_calls: [{ function: { name: 'f', arguments: '{"a":1}' } }] }] })).toEqual([
      'system:s@messages.0.content',
      'assistant:{"a":1}@messages.1.tool_calls.0.function.arguments',
    ]);
    expect(text({ texts: ['embed me'] })).toEqual(['user:embed me@texts.0']);
    expect(text({ something: { else: true } })).toEqual([]);
  });
});

describe('usageFromResponse', () => {
  it('takes the token-count headers (recorded from the mock)', async () => {
    const { json, headers } = await record(anthropic('count me'), false);
    const r = format.usageFromResponse(json, headers, route(false));
    expect(r.finishReason).toBe('end_turn');
    expect(r.usage).toEqual({
      model: 'claude-3-5-sonnet-20240620',
      inputTokens: Number(headers['x-amzn-bedrock-input-token-count']),
      outputTokens: Number(headers['x-amzn-bedrock-output-token-count']),
      cachedTokens: 0,
      cacheWriteTokens: 0,
    });
  });

  it('adds cache counts from the headers, or from the body when the headers have none', () => {
    const body = { model: 'm', stop_reason: 'max_tokens', usage: { input_tokens: 10, output_tokens: 4, cache_read_input_tokens: 100, cache_creation_input_tokens: 20 } };
    const headers = { 'x-amzn-bedrock-input-token-count': '10', 'x-amzn-bedrock-output-token-count': '4' };
    expect(format.usageFromResponse(body, headers, route(false)).usage).toEqual({ model: 'm', inputTokens: 130, outputTokens: 4, cachedTokens: 100, cacheWriteTokens: 20 });
    const withCache = { ...headers, 'x-amzn-bedrock-cache-read-input-token-count': '50', 'x-amzn-bedrock-cache-write-input-token-count': '0' };
    expect(format.usageFromResponse(body, withCache, route(false)).usage).toMatchObject({ inputTokens: 60, cachedTokens: 50, cacheWriteTokens: 0 });
    expect(format.usageFromResponse(body, {}, route(false))).toEqual({ usage: { model: 'm', inputTokens: 130, outputTokens: 4, cachedTokens: 100, cacheWriteTokens: 20 }, finishReason: 'max_tokens' });
  });

  it('falls back to other families’ bodies', () => {
    expect(format.usageFromResponse({ generation: 'x', prompt_token_count: 5, generation_token_count: 2, stop_reason: 'stop' }, {}, route(false))).toMatchObject({
      usage: { inputTokens: 5, outputTokens: 2 },
      finishReason: 'stop',
    });
    expect(format.usageFromResponse({ inputTextTokenCount: 3, results: [{ tokenCount: 8, completionReason: 'FINISH' }] }, {}, route(false))).toMatchObject({
      usage: { inputTokens: 3, outputTokens: 8 },
      finishReason: 'FINISH',
    });
    expect(format.usageFromResponse('not json', {}, route(false))).toEqual({ usage: undefined, finishReason: undefined });
  });
});

describe('stream reader', () => {
  it('reads usage from the invocation metrics and the stop reason, whatever the chunking (recorded)', async () => {
    const { bytes } = await record(anthropic('stream me please'), true);
    const whole = read(bytes);
    expect(whole.finishReason).toBe('end_turn');
    expect(whole.usage).toMatchObject({ model: 'claude-3-5-sonnet-20240620', cachedTokens: 0, cacheWriteTokens: 0 });
    expect(whole.usage!.inputTokens).toBeGreaterThan(0);
    expect(whole.usage!.outputTokens).toBeGreaterThan(0);
    expect(whole.error).toBeUndefined();
    for (const chunk of [1, 2, 3, 5, 11, 100]) expect(read(bytes, chunk)).toEqual(whole);
  });

  it('parses only the events that can carry usage', async () => {
    const { bytes } = await record(anthropic('a much longer reply to stream in many deltas'), true);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      read(bytes);
      // message_start, message_delta, message_stop: the outer payload and the inner event each.
      expect(parse).toHaveBeenCalledTimes(6);
    } finally {
      parse.mockRestore();
    }
  });

  it('lets the invocation metrics win over the Anthropic events, cache counts included', () => {
    const frames = concat([
      chunkFrame({ type: 'message_start', message: { model: 'claude-x', usage: { input_tokens: 1, output_tokens: 1, cache_read_input_tokens: 9 } } }),
      chunkFrame({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'hi' } }),
      chunkFrame({ type: 'message_delta', delta: { stop_reason: 'stop_sequence' }, usage: { output_tokens: 2 } }),
      chunkFrame({ type: 'message_stop', 'amazon-bedrock-invocationMetrics': { inputTokenCount: 3, outputTokenCount: 13, cacheReadInputTokenCount: 0, cacheWriteInputTokenCount: 25037 } }),
    ]);
    expect(read(frames, 3)).toEqual({
      usage: { model: 'claude-x', inputTokens: 25040, outputTokens: 13, cachedTokens: 0, cacheWriteTokens: 25037 },
      finishReason: 'stop_sequence',
      error: undefined,
    });
    // Without metrics, the Anthropic events' own usage stands.
    expect(read(concat([
      chunkFrame({ type: 'message_start', message: { model: 'claude-x', usage: { input_tokens: 1, output_tokens: 1, cache_read_input_tokens: 9 } } }),
      chunkFrame({ type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 2 } }),
    ])).usage).toEqual({ model: 'claude-x', inputTokens: 10, outputTokens: 2, cachedTokens: 9, cacheWriteTokens: 0 });
  });

  it('reads other families’ chunks (Llama) with their metrics', () => {
    const frames = concat([
      chunkFrame({ generation: 'Hel', prompt_token_count: 7, generation_token_count: 1, stop_reason: null }),
      chunkFrame({ generation: 'lo', prompt_token_count: null, generation_token_count: 2, stop_reason: 'stop', 'amazon-bedrock-invocationMetrics': { inputTokenCount: 7, outputTokenCount: 2 } }),
    ]);
    expect(read(frames, 1)).toMatchObject({ usage: { inputTokens: 7, outputTokens: 2 }, finishReason: 'stop' });
  });

  it('reports an exception frame mid-stream as the error (recorded)', async () => {
    mock.setBehavior({ failMidStream: true, afterEvents: 3, count: 1 });
    const r = read((await record(anthropic('fail midway please'), true)).bytes, 1);
    expect(r.error).toEqual({ type: 'internalServerException', message: 'The server encountered an internal error.' });
    expect(r.finishReason).toBeUndefined();
  });

  it('streamErrorEvent ends the stream with a modelled exception', () => {
    const frame = format.streamErrorEvent({ code: 'provider_timeout', message: 'Upstream timed out', requestId: 'req_9', status: 504 });
    expect(read(frame).error).toEqual({ type: 'modelTimeoutException', message: 'Upstream timed out (request id: req_9)' });
  });
});
