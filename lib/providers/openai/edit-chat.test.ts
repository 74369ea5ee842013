import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import { capture, maskWords, parseSse, runTransform, startEditingProxy, testHooks, type Captured, type EditingProxy } from '../shared/edit-testing';
import type { ResponseHooks } from '../types';
import { openAiChatFormat } from './chat';

const TEXT = 'Mail ada@example.com or bob@corp.io today, thanks';
const tools = [{ type: 'function', function: { name: 'read_file', parameters: { type: 'object', properties: { path: { type: 'string' } } } } }];
const SIZES = ['whole', 1, 'mixed'] as const;

let mock: MockUpstream;
let textStream: Captured;
let toolStream: Captured;
let textJson: Captured;
let toolJson: Captured;

const chat = (content: string, extra: Record<string, unknown> = {}) =>
  capture(`${mock.url}/v1/chat/completions`, { model: 'gpt-4o', messages: [{ role: 'user', content }], ...extra });

beforeAll(async () => {
  mock = await startMockUpstream();
  textStream = await chat(`mock:text=${TEXT}`, { stream: true, stream_options: { include_usage: true } });
  toolStream = await chat('mock:tool_call', { stream: true, tools });
  textJson = await chat(`mock:text=${TEXT}`);
  toolJson = await chat('mock:tool_call', { tools });
});
afterAll(() => mock.close());

const edit = (input: Uint8Array, hooks: ResponseHooks, size: (typeof SIZES)[number] = 'whole') =>
  runTransform(openAiChatFormat.createStreamEditor!({ path: '/v1/chat/completions', format: openAiChatFormat }, 'text/event-stream', hooks), input, size);

function summarise(body: Uint8Array) {
  const events = parseSse(body);
  let content = '';
  let finish: unknown;
  const calls: Record<number, { id?: string; name?: string; args: string }> = {};
  let usage: unknown;
  for (const e of events) {
    if (!e.json) continue;
    if (e.json.usage) usage = e.json.usage;
    for (const choice of e.json.choices as Array<Record<string, any>>) {
      if (typeof choice.delta?.content === 'string') content += choice.delta.content;
      if (choice.finish_reason) finish = choice.finish_reason;
      for (const call of choice.delta?.tool_calls ?? []) {
        const c = (calls[call.index] ??= { args: '' });
        if (call.id) c.id = call.id;
        if (call.function?.name) c.name = call.function.name;
        c.args += call.function?.arguments ?? '';
      }
    }
  }
  return { content, finish, calls, usage, done: events[events.length - 1].data === '[DONE]' };
}

const json = (c: Captured) => JSON.parse(c.body.toString('utf8')) as Record<string, any>;

describe('chat completion stream editor', () => {
  it.each(SIZES)('passes every byte through unchanged with pass-through hooks (pieces: %s)', (size) => {
    expect(edit(textStream.body, testHooks(), size).equals(textStream.body)).toBe(true);
    expect(edit(toolStream.body, testHooks(), size).equals(toolStream.body)).toBe(true);
  });

  it.each(SIZES)('masks words as they stream, holding the word still arriving (pieces: %s)', (size) => {
    const hooks = testHooks({ text: 'mask' });
    const s = summarise(edit(textStream.body, hooks, size));
    expect(s.content).toBe(maskWords(TEXT));
    expect(s).toMatchObject({ finish: 'stop', done: true });
    expect(s.usage).toBeTruthy();
    expect(hooks.log.ends).toEqual([0]);
  });

  it('reads and splices escaped deltas (quotes, newlines, backslashes, non-ASCII)', async () => {
    const tricky = 'Say "hi" to a@b.c\nthen \\ back ü 日本 \u2028 done';
    const input = (await chat(`mock:text=${JSON.stringify(tricky)}`, { stream: true })).body;
    expect(summarise(edit(input, testHooks({ text: 'mask' }), 1)).content).toBe(maskWords(tricky));
    expect(edit(input, testHooks(), 'mixed').equals(input)).toBe(true);
  });

  it('releases text held until the end before the finish chunk', () => {
    const events = parseSse(edit(textStream.body, testHooks({ text: 'hold' }), 1)).filter((e) => e.json);
    const contents = events.map((e) => (e.json!.choices as any[])[0]?.delta?.content).filter((c) => typeof c === 'string' && c !== '');
    expect(contents).toEqual([maskWords(TEXT)]);
    const finishAt = events.findIndex((e) => (e.json!.choices as any[])[0]?.finish_reason === 'stop');
    const textAt = events.findIndex((e) => (e.json!.choices as any[])[0]?.delta?.content === maskWords(TEXT));
    expect(textAt).toBeLessThan(finishAt);
  });

  it.each(SIZES)('replaces a denied tool call with content and finishes with stop (pieces: %s)', (size) => {
    const hooks = testHooks({ tool: () => ({ action: 'replace', text: 'Tool call denied.' }) });
    const s = summarise(edit(toolStream.body, hooks, size));
    expect(s).toMatchObject({ content: 'Tool call denied.', finish: 'stop', calls: {} });
    expect(hooks.log.calls).toEqual([{ index: 0, id: expect.stringMatching(/^call_/), name: 'read_file', arguments: '{"path":"/etc/passwd"}' }]);
  });

  it('rewrites the arguments of an allowed call', () => {
    const s = summarise(edit(toolStream.body, testHooks({ tool: () => ({ action: 'allow', arguments: '{"path":"/tmp/x"}' }) }), 'mixed'));
    expect(s.calls[0]).toMatchObject({ name: 'read_file', args: '{"path":"/tmp/x"}' });
    expect(s.finish).toBe('tool_calls');
  });

  it.each(SIZES)('blocks mid-stream: message, content_filter, usage and [DONE] (pieces: %s)', (size) => {
    const s = summarise(edit(textStream.body, testHooks({ blockOn: 'bob', blockMessage: '[blocked]' }), size));
    expect(s.content).toBe('Mail ada@example.com or [blocked]');
    expect(s).toMatchObject({ finish: 'content_filter', done: true });
    expect(s.usage).toBeTruthy();
  });

  it('renumbers calls after a replaced one and keeps the text before them in order', () => {
    const head = '{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[';
    const ev = (choice: string) => `data: ${head}${choice}]}\n\n`;
    const input = Buffer.from(
      ev('{"index":0,"delta":{"role":"assistant","content":"Reading"},"finish_reason":null}') +
        ev('{"index":0,"delta":{"content":" files"},"finish_reason":null}') +
        ev('{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"rm","arguments":"{\\"p\\":"}}]},"finish_reason":null}') +
        ev('{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"1}"}}]},"finish_reason":null}') +
        ev('{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"ls","arguments":"{}"}}]},"finish_reason":null}') +
        ev('{"index":0,"delta":{},"finish_reason":"tool_calls"}') +
        'data: [DONE]\n\n',
    );
    const hooks = testHooks({ text: 'hold', tool: (c) => (c.name === 'rm' ? { action: 'replace', text: ' [rm denied]' } : { action: 'allow' }) });
    const s = summarise(edit(input, hooks, 'mixed'));
    expect(s.content).toBe('Reading files [rm denied]');
    expect(s.calls).toEqual({ 0: { id: 'call_b', name: 'ls', args: '{}' } });
    expect(s.finish).toBe('tool_calls');
    expect(hooks.log.calls.map((c) => [c.index, c.name, c.arguments])).toEqual([
      [0, 'rm', '{"p":1}'],
      [1, 'ls', '{}'],
    ]);
  });

  it('splits a chunk that carries a whole call and the finish reason', () => {
    const input = Buffer.from(
      'data: {"id":"x","choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"c","type":"function","function":{"name":"rm","arguments":"{}"}}]},"finish_reason":"tool_calls"}]}\n\ndata: [DONE]\n\n',
    );
    const s = summarise(edit(input, testHooks({ tool: () => ({ action: 'replace', text: 'no' }) })));
    expect(s).toMatchObject({ content: 'no', finish: 'stop', calls: {} });
  });

  it('decides custom (free-form) tool calls too', () => {
    const input = Buffer.from(
      'data: {"id":"x","choices":[{"index":0,"delta":{"role":"assistant","tool_calls":[{"index":0,"id":"c","type":"custom","custom":{"name":"shell","input":"rm -rf /"}}]},"finish_reason":null}]}\n\n' +
        'data: {"id":"x","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}\n\ndata: [DONE]\n\n',
    );
    const hooks = testHooks({ tool: () => ({ action: 'allow', arguments: 'ls' }) });
    const events = parseSse(edit(input, hooks, 1)).filter((e) => e.json);
    expect(hooks.log.calls).toEqual([{ index: 0, id: 'c', name: 'shell', arguments: 'rm -rf /' }]);
    expect((events[0].json!.choices as any[])[0].delta.tool_calls[0]).toEqual({ index: 0, id: 'c', type: 'custom', custom: { name: 'shell', input: 'ls' } });
    const body = { choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'custom', custom: { name: 'shell', input: 'x' } }] }, finish_reason: 'tool_calls' }] };
    const denied = openAiChatFormat.editResponse!(body, testHooks({ tool: () => ({ action: 'replace', text: 'no' }) }), { path: '/', format: null }) as any;
    expect(denied.choices[0]).toMatchObject({ message: { content: 'no' }, finish_reason: 'stop' });
  });

  it('edits legacy completion streams (choices[].text)', () => {
    const input = Buffer.from(
      'data: {"id":"cmpl","object":"text_completion","choices":[{"text":"write to a@b.c","index":0,"logprobs":null,"finish_reason":null}]}\n\n' +
        'data: {"id":"cmpl","object":"text_completion","choices":[{"text":" now","index":0,"logprobs":null,"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n',
    );
    const events = parseSse(edit(input, testHooks({ text: 'mask' }), 1)).filter((e) => e.json);
    expect(events.map((e) => (e.json!.choices as any[])[0].text).join('')).toBe('write to [email] now');
  });
});

describe('chat completion JSON editor', () => {
  it('leaves a response unchanged with pass-through hooks', () => {
    expect(openAiChatFormat.editResponse!(json(textJson), testHooks(), { path: '/', format: null })).toEqual(json(textJson));
    expect(openAiChatFormat.editResponse!(json(toolJson), testHooks(), { path: '/', format: null })).toEqual(json(toolJson));
  });

  it('masks text, replaces a denied call and fixes the finish reason, keeping other fields', () => {
    const masked = openAiChatFormat.editResponse!(json(textJson), testHooks({ text: 'mask' }), { path: '/', format: null }) as any;
    expect(masked.choices[0].message.content).toBe(maskWords(TEXT));
    expect(masked.usage).toEqual(json(textJson).usage);
    const denied = openAiChatFormat.editResponse!(json(toolJson), testHooks({ tool: () => ({ action: 'replace', text: 'denied' }) }), { path: '/', format: null }) as any;
    expect(denied.choices[0]).toMatchObject({ message: { role: 'assistant', content: 'denied' }, finish_reason: 'stop' });
    expect(denied.choices[0].message.tool_calls).toBeUndefined();
  });

  it('blocks with content_filter', () => {
    const blocked = openAiChatFormat.editResponse!(json(textJson), testHooks({ blockOn: 'bob', blockMessage: 'no' }), { path: '/', format: null }) as any;
    expect(blocked.choices[0]).toMatchObject({ message: { content: 'no' }, finish_reason: 'content_filter' });
  });
});

describe('official openai SDK through an editing proxy', () => {
  let proxy: EditingProxy;
  let hooks: () => ResponseHooks = () => testHooks();
  let client: OpenAI;
  beforeAll(async () => {
    proxy = await startEditingProxy({ target: mock.url, format: () => openAiChatFormat, hooks: () => hooks(), pieceSize: 'mixed' });
    client = new OpenAI({ apiKey: 'sk-test', baseURL: `${proxy.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => proxy.close());
  const messages = (content: string) => [{ role: 'user' as const, content }];

  it('streams masked text (finalChatCompletion) and returns masked JSON', async () => {
    hooks = () => testHooks({ text: 'mask' });
    const stream = client.chat.completions.stream({ model: 'gpt-4o', messages: messages(`mock:text=${TEXT}`), stream_options: { include_usage: true } });
    const done = await stream.finalChatCompletion();
    expect(done.choices[0].message.content).toBe(maskWords(TEXT));
    expect(done.usage?.completion_tokens).toBeGreaterThan(0);
    const plain = await client.chat.completions.create({ model: 'gpt-4o', messages: messages(`mock:text=${TEXT}`) });
    expect(plain.choices[0].message.content).toBe(maskWords(TEXT));
  });

  it('shows a denied tool call as text with finish_reason stop', async () => {
    hooks = () => testHooks({ tool: (c) => ({ action: 'replace', text: `Call to ${c.name} denied by policy.` }) });
    const done = await client.chat.completions.stream({ model: 'gpt-4o', messages: messages('mock:tool_call'), tools: tools as OpenAI.ChatCompletionTool[] }).finalChatCompletion();
    expect(done.choices[0].message.content).toBe('Call to read_file denied by policy.');
    expect(done.choices[0].message.tool_calls ?? []).toEqual([]);
    expect(done.choices[0].finish_reason).toBe('stop');
    const allowed = await client.chat.completions.create({ model: 'gpt-4o', messages: messages('mock:tool_call'), tools: tools as OpenAI.ChatCompletionTool[] });
    expect(allowed.choices[0].finish_reason).toBe('stop');
    expect(allowed.choices[0].message.content).toBe('Call to read_file denied by policy.');
  });

  it('ends a blocked stream with content_filter', async () => {
    hooks = () => testHooks({ blockOn: 'bob', blockMessage: ' [response blocked]' });
    const done = await client.chat.completions.stream({ model: 'gpt-4o', messages: messages(`mock:text=${TEXT}`), stream_options: { include_usage: true } }).finalChatCompletion();
    expect(done.choices[0].finish_reason).toBe('content_filter');
    expect(done.choices[0].message.content).toBe('Mail ada@example.com or  [response blocked]');
    expect(done.usage).toBeTruthy();
  });
});
