import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import { capture, maskWords, parseSse, runTransform, startEditingProxy, testHooks, type Captured, type EditingProxy } from '../shared/edit-testing';
import type { ResponseHooks } from '../types';
import { anthropicMessagesFormat } from './messages';

const TEXT = 'Mail ada@example.com or bob@corp.io today, thanks';
const tools = [{ name: 'read_file', description: 'read', input_schema: { type: 'object' as const, properties: { path: { type: 'string' } } } }];
const SIZES = ['whole', 1, 'mixed'] as const;
const route = { path: '/v1/messages', format: anthropicMessagesFormat };

let mock: MockUpstream;
let textStream: Captured;
let toolStream: Captured;
let textJson: Captured;
let toolJson: Captured;

const messages = (content: string, extra: Record<string, unknown> = {}) =>
  capture(`${mock.url}/v1/messages`, { model: 'claude-mock-1', max_tokens: 512, messages: [{ role: 'user', content }], ...extra }, { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' });

beforeAll(async () => {
  mock = await startMockUpstream();
  textStream = await messages(`mock:text=${TEXT}`, { stream: true });
  // Thinking first, so the tool_use block sits at index 1.
  toolStream = await messages('mock:tool_call', { stream: true, tools, thinking: { type: 'enabled', budget_tokens: 1024 } });
  textJson = await messages(`mock:text=${TEXT}`);
  toolJson = await messages('mock:tool_call', { tools });
});
afterAll(() => mock.close());

const edit = (input: Uint8Array, hooks: ResponseHooks, size: (typeof SIZES)[number] = 'whole') =>
  runTransform(anthropicMessagesFormat.createStreamEditor!(route, 'text/event-stream', hooks), input, size);

/** Folds the events the way the SDK does, checking the order and index rules it relies on. */
function fold(body: Uint8Array) {
  const content: Array<Record<string, any>> = [];
  let stop: unknown;
  let usage: unknown;
  let open = -1;
  const types: string[] = [];
  for (const e of parseSse(body)) {
    const ev = e.json as Record<string, any>;
    expect(ev.type).toBe(e.event);
    types.push(ev.type);
    if (ev.type === 'content_block_start') {
      expect(open).toBe(-1);
      expect(ev.index).toBe(content.length);
      content.push({ ...ev.content_block, json: '' });
      open = ev.index;
    } else if (ev.type === 'content_block_delta') {
      expect(ev.index).toBe(open);
      const block = content[ev.index];
      if (ev.delta.type === 'text_delta') block.text += ev.delta.text;
      if (ev.delta.type === 'input_json_delta') block.json += ev.delta.partial_json;
    } else if (ev.type === 'content_block_stop') {
      expect(ev.index).toBe(open);
      open = -1;
    } else if (ev.type === 'message_delta') {
      stop = ev.delta.stop_reason;
      usage = ev.usage;
    }
  }
  expect(types[0]).toBe('message_start');
  expect(types[types.length - 1]).toBe('message_stop');
  return { content, stop, usage };
}

const json = (c: Captured) => JSON.parse(c.body.toString('utf8')) as Record<string, any>;

describe('Messages stream editor', () => {
  it.each(SIZES)('passes every byte through unchanged with pass-through hooks (pieces: %s)', (size) => {
    expect(edit(textStream.body, testHooks(), size).equals(textStream.body)).toBe(true);
    expect(edit(toolStream.body, testHooks(), size).equals(toolStream.body)).toBe(true);
  });

  it.each(SIZES)('masks text deltas, releasing the held word before content_block_stop (pieces: %s)', (size) => {
    const m = fold(edit(textStream.body, testHooks({ text: 'mask' }), size));
    expect(m.content).toEqual([{ type: 'text', text: maskWords(TEXT), json: '' }]);
    expect(m.stop).toBe('end_turn');
  });

  it('reads and splices escaped deltas (quotes, newlines, backslashes, non-ASCII)', async () => {
    const tricky = 'Say "hi" to a@b.c\nthen \\ back ü 日本 \u2028 done';
    const input = (await messages(`mock:text=${JSON.stringify(tricky)}`, { stream: true })).body;
    expect(fold(edit(input, testHooks({ text: 'mask' }), 1)).content[0].text).toBe(maskWords(tricky));
    expect(edit(input, testHooks(), 'mixed').equals(input)).toBe(true);
  });

  it('holds everything until the block ends', () => {
    const m = fold(edit(textStream.body, testHooks({ text: 'hold' }), 'mixed'));
    expect(m.content[0].text).toBe(maskWords(TEXT));
  });

  it.each(SIZES)('replaces a denied tool_use block with a text block at the same index (pieces: %s)', (size) => {
    const hooks = testHooks({ tool: () => ({ action: 'replace', text: 'Denied.' }) });
    const m = fold(edit(toolStream.body, hooks, size));
    expect(m.content.map((b) => b.type)).toEqual(['thinking', 'text']);
    expect(m.content[1].text).toBe('Denied.');
    expect(m.stop).toBe('end_turn');
    expect(hooks.log.calls).toEqual([{ index: 1, id: expect.stringMatching(/^toolu_/), name: 'read_file', arguments: '{"path":"/etc/passwd"}' }]);
  });

  it('rewrites the input of an allowed call', () => {
    const m = fold(edit(toolStream.body, testHooks({ tool: () => ({ action: 'allow', arguments: '{"path":"/tmp"}' }) }), 1));
    expect(m.content[1]).toMatchObject({ type: 'tool_use', name: 'read_file', json: '{"path":"/tmp"}' });
    expect(m.stop).toBe('tool_use');
  });

  it.each(SIZES)('blocks mid-stream with stop_reason refusal and the usage kept (pieces: %s)', (size) => {
    const m = fold(edit(textStream.body, testHooks({ blockOn: 'bob', blockMessage: '[blocked]' }), size));
    expect(m.content).toEqual([{ type: 'text', text: 'Mail ada@example.com or [blocked]', json: '' }]);
    expect(m.stop).toBe('refusal');
    expect(m.usage).toMatchObject({ output_tokens: expect.any(Number) });
  });

  it('blocks on a tool call decision with a new text block', () => {
    const hooks: ResponseHooks = { ...testHooks(), toolCall: () => ({ action: 'allow' }), blocked: () => ({ message: 'stop' }) };
    const m = fold(edit(toolStream.body, hooks, 'mixed'));
    expect(m.content.map((b) => [b.type, b.text])).toEqual([
      ['thinking', undefined],
      ['text', 'stop'],
    ]);
    expect(m.stop).toBe('refusal');
  });
});

describe('Messages JSON editor', () => {
  it('leaves a response unchanged with pass-through hooks', () => {
    expect(anthropicMessagesFormat.editResponse!(json(textJson), testHooks(), route)).toEqual(json(textJson));
    expect(anthropicMessagesFormat.editResponse!(json(toolJson), testHooks(), route)).toEqual(json(toolJson));
  });

  it('masks, replaces a denied call in place, and blocks', () => {
    expect((anthropicMessagesFormat.editResponse!(json(textJson), testHooks({ text: 'mask' }), route) as any).content[0].text).toBe(maskWords(TEXT));
    const denied = anthropicMessagesFormat.editResponse!(json(toolJson), testHooks({ tool: () => ({ action: 'replace', text: 'no' }) }), route) as any;
    expect(denied).toMatchObject({ content: [{ type: 'text', text: 'no' }], stop_reason: 'end_turn' });
    const rewritten = anthropicMessagesFormat.editResponse!(json(toolJson), testHooks({ tool: () => ({ action: 'allow', arguments: '{"path":"/x"}' }) }), route) as any;
    expect(rewritten.content[0].input).toEqual({ path: '/x' });
    const blocked = anthropicMessagesFormat.editResponse!(json(textJson), testHooks({ blockOn: 'bob', blockMessage: 'no' }), route) as any;
    expect(blocked).toMatchObject({ content: [{ type: 'text', text: 'no' }], stop_reason: 'refusal', usage: json(textJson).usage });
  });
});

describe('official Anthropic SDK through an editing proxy', () => {
  let proxy: EditingProxy;
  let hooks: () => ResponseHooks = () => testHooks();
  let client: Anthropic;
  beforeAll(async () => {
    proxy = await startEditingProxy({ target: mock.url, format: () => anthropicMessagesFormat, hooks: () => hooks(), pieceSize: 'mixed' });
    client = new Anthropic({ apiKey: 'sk-ant-test', baseURL: proxy.url, maxRetries: 0 });
  });
  afterAll(() => proxy.close());
  const ask = (content: string) => ({ model: 'claude-mock-1', max_tokens: 512, messages: [{ role: 'user' as const, content }], tools });

  it('streams masked text (finalMessage) and returns masked JSON', async () => {
    hooks = () => testHooks({ text: 'mask' });
    const final = await client.messages.stream(ask(`mock:text=${TEXT}`)).finalMessage();
    expect(final.content).toEqual([{ type: 'text', text: maskWords(TEXT) }]);
    expect(final.usage.output_tokens).toBeGreaterThan(0);
    const plain = await client.messages.create(ask(`mock:text=${TEXT}`));
    expect(plain.content).toEqual([{ type: 'text', text: maskWords(TEXT) }]);
  });

  it('shows a denied tool call as a text block with end_turn', async () => {
    hooks = () => testHooks({ tool: (c) => ({ action: 'replace', text: `Call to ${c.name} denied.` }) });
    const final = await client.messages.stream({ ...ask('mock:tool_call'), thinking: { type: 'enabled', budget_tokens: 1024 } }).finalMessage();
    expect(final.content.map((b) => b.type)).toEqual(['thinking', 'text']);
    expect(final.content[1]).toMatchObject({ type: 'text', text: 'Call to read_file denied.' });
    expect(final.stop_reason).toBe('end_turn');
  });

  it('keeps an allowed call usable, with rewritten input', async () => {
    hooks = () => testHooks({ tool: () => ({ action: 'allow', arguments: '{"path":"/srv/notes.txt"}' }) });
    const final = await client.messages.stream(ask('mock:tool_call')).finalMessage();
    expect(final.content[0]).toMatchObject({ type: 'tool_use', name: 'read_file', input: { path: '/srv/notes.txt' } });
    expect(final.stop_reason).toBe('tool_use');
  });

  it('ends a blocked stream with stop_reason refusal', async () => {
    hooks = () => testHooks({ blockOn: 'bob', blockMessage: ' [blocked]' });
    const final = await client.messages.stream(ask(`mock:text=${TEXT}`)).finalMessage();
    expect(final.stop_reason).toBe('refusal');
    expect(final.content).toEqual([{ type: 'text', text: 'Mail ada@example.com or  [blocked]' }]);
    expect(final.usage.output_tokens).toBeGreaterThan(0);
  });
});
