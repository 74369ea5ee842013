import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, type ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import { capture, maskWords, runTransform, startEditingProxy, testHooks, type Captured, type EditingProxy } from '../shared/edit-testing';
import type { ResponseHooks } from '../types';
import { bedrockConverseFormat } from './converse';
import { createEventStreamDecoder, headerString } from './event-stream';

const TEXT = 'Mail ada@example.com or bob@corp.io today, thanks';
const MODEL = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
const PATH = `/model/${encodeURIComponent(MODEL)}`;
const toolConfig = { tools: [{ toolSpec: { name: 'read_file', inputSchema: { json: { type: 'object' } } } }] };
const SIZES = ['whole', 1, 'mixed'] as const;
const route = { path: `${PATH}/converse-stream`, format: bedrockConverseFormat };

let mock: MockUpstream;
let textStream: Captured;
let toolStream: Captured;
let textJson: Captured;
let toolJson: Captured;

const converse = (method: string, text: string, extra: Record<string, unknown> = {}) =>
  capture(`${mock.url}${PATH}/${method}`, { messages: [{ role: 'user', content: [{ text }] }], ...extra });

beforeAll(async () => {
  mock = await startMockUpstream();
  textStream = await converse('converse-stream', `mock:text=${TEXT}`);
  // Reasoning first, so the tool block sits at index 1.
  toolStream = await converse('converse-stream', 'mock:tool_call', { toolConfig, additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } } });
  textJson = await converse('converse', `mock:text=${TEXT}`);
  toolJson = await converse('converse', 'mock:tool_call', { toolConfig });
});
afterAll(() => mock.close());

const edit = (input: Uint8Array, hooks: ResponseHooks, size: (typeof SIZES)[number] = 'whole') =>
  runTransform(bedrockConverseFormat.createStreamEditor!(route, 'application/vnd.amazon.eventstream', hooks), input, size);

/** Decodes the frames strictly (CRCs checked) and folds them into blocks. */
function fold(body: Uint8Array) {
  const events: Array<[string, Record<string, any>]> = [];
  const decoder = createEventStreamDecoder(
    (m) => events.push([headerString(m.headers, ':event-type')!, JSON.parse(Buffer.from(m.payload).toString())]),
    (e) => {
      throw e;
    },
  );
  decoder.push(body);
  expect(decoder.pending).toBe(0);
  const blocks: Record<number, { text: string; tool?: string; input: string }> = {};
  let stop: unknown;
  let usage: unknown;
  for (const [type, e] of events) {
    if (type === 'contentBlockStart' && e.start?.toolUse) blocks[e.contentBlockIndex] = { text: '', tool: e.start.toolUse.name, input: '' };
    if (type === 'contentBlockDelta') {
      const b = (blocks[e.contentBlockIndex] ??= { text: '', input: '' });
      if (typeof e.delta.text === 'string') b.text += e.delta.text;
      if (e.delta.toolUse) b.input += e.delta.toolUse.input;
    }
    if (type === 'messageStop') stop = e.stopReason;
    if (type === 'metadata') usage = e.usage;
  }
  return { types: events.map(([t]) => t), blocks, stop, usage };
}

const json = (c: Captured) => JSON.parse(c.body.toString('utf8')) as Record<string, any>;

describe('ConverseStream editor', () => {
  it.each(SIZES)('passes every byte through unchanged with pass-through hooks (pieces: %s)', (size) => {
    expect(edit(textStream.body, testHooks(), size).equals(textStream.body)).toBe(true);
    expect(edit(toolStream.body, testHooks(), size).equals(toolStream.body)).toBe(true);
  });

  it.each(SIZES)('masks text deltas and re-encodes only the changed frames (pieces: %s)', (size) => {
    const f = fold(edit(textStream.body, testHooks({ text: 'mask' }), size));
    expect(f.blocks[0].text).toBe(maskWords(TEXT));
    expect(f.stop).toBe('end_turn');
    expect(f.types.at(-1)).toBe('metadata');
  });

  it('releases held text before contentBlockStop', () => {
    const f = fold(edit(textStream.body, testHooks({ text: 'hold' }), 'mixed'));
    expect(f.types.filter((t) => t === 'contentBlockDelta')).toHaveLength(1);
    expect(f.types.indexOf('contentBlockDelta')).toBe(f.types.indexOf('contentBlockStop') - 1);
    expect(f.blocks[0].text).toBe(maskWords(TEXT));
  });

  it.each(SIZES)('replaces a denied tool use with a text block at its index (pieces: %s)', (size) => {
    const hooks = testHooks({ tool: () => ({ action: 'replace', text: 'Denied.' }) });
    const f = fold(edit(toolStream.body, hooks, size));
    expect(f.blocks[1]).toEqual({ text: 'Denied.', input: '' });
    expect(f.stop).toBe('end_turn');
    expect(hooks.log.calls).toEqual([{ index: 1, id: expect.stringMatching(/^tooluse_/), name: 'read_file', arguments: '{"path":"/etc/passwd"}' }]);
  });

  it('rewrites the input of an allowed call', () => {
    const f = fold(edit(toolStream.body, testHooks({ tool: () => ({ action: 'allow', arguments: '{"path":"/tmp"}' }) }), 1));
    expect(f.blocks[1]).toMatchObject({ tool: 'read_file', input: '{"path":"/tmp"}' });
    expect(f.stop).toBe('tool_use');
  });

  it.each(SIZES)('blocks mid-stream with content_filtered, metadata kept (pieces: %s)', (size) => {
    const f = fold(edit(textStream.body, testHooks({ blockOn: 'bob', blockMessage: '[blocked]' }), size));
    expect(f.blocks[0].text).toBe('Mail ada@example.com or [blocked]');
    expect(f.stop).toBe('content_filtered');
    expect(f.types.slice(-3)).toEqual(['contentBlockStop', 'messageStop', 'metadata']);
    expect(f.usage).toMatchObject({ outputTokens: expect.any(Number) });
  });
});

describe('Converse JSON editor', () => {
  it('leaves a response unchanged with pass-through hooks', () => {
    expect(bedrockConverseFormat.editResponse!(json(textJson), testHooks(), route)).toEqual(json(textJson));
    expect(bedrockConverseFormat.editResponse!(json(toolJson), testHooks(), route)).toEqual(json(toolJson));
  });

  it('masks, replaces a denied call, blocks', () => {
    expect((bedrockConverseFormat.editResponse!(json(textJson), testHooks({ text: 'mask' }), route) as any).output.message.content[0].text).toBe(maskWords(TEXT));
    const denied = bedrockConverseFormat.editResponse!(json(toolJson), testHooks({ tool: () => ({ action: 'replace', text: 'no' }) }), route) as any;
    expect(denied).toMatchObject({ output: { message: { content: [{ text: 'no' }] } }, stopReason: 'end_turn' });
    const blocked = bedrockConverseFormat.editResponse!(json(textJson), testHooks({ blockOn: 'bob', blockMessage: 'no' }), route) as any;
    expect(blocked).toMatchObject({ output: { message: { content: [{ text: 'no' }] } }, stopReason: 'content_filtered', usage: json(textJson).usage });
  });
});

describe('official AWS SDK (Converse) through an editing proxy', () => {
  let proxy: EditingProxy;
  let hooks: () => ResponseHooks = () => testHooks();
  let client: BedrockRuntimeClient;
  beforeAll(async () => {
    proxy = await startEditingProxy({ target: mock.url, format: () => bedrockConverseFormat, hooks: () => hooks(), pieceSize: 'mixed' });
    client = new BedrockRuntimeClient({
      region: 'us-east-1',
      endpoint: proxy.url,
      credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'secret' },
      requestHandler: new NodeHttpHandler(),
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    client.destroy();
    await proxy.close();
  });
  const user = (text: string) => [{ role: 'user' as const, content: [{ text }] }];

  async function stream(text: string, extra: Record<string, unknown> = {}) {
    const res = await client.send(new ConverseStreamCommand({ modelId: MODEL, messages: user(text), ...extra }));
    const events: ConverseStreamOutput[] = [];
    for await (const e of res.stream!) events.push(e);
    const text_ = events.map((e) => e.contentBlockDelta?.delta?.text ?? '').join('');
    return { events, text: text_, stop: events.find((e) => e.messageStop)?.messageStop?.stopReason, usage: events.find((e) => e.metadata)?.metadata?.usage };
  }

  it('streams and returns masked text', async () => {
    hooks = () => testHooks({ text: 'mask' });
    expect((await stream(`mock:text=${TEXT}`)).text).toBe(maskWords(TEXT));
    const plain = await client.send(new ConverseCommand({ modelId: MODEL, messages: user(`mock:text=${TEXT}`) }));
    expect(plain.output?.message?.content?.[0].text).toBe(maskWords(TEXT));
  });

  it('shows a denied tool use as text with end_turn', async () => {
    hooks = () => testHooks({ tool: (c) => ({ action: 'replace', text: `Call to ${c.name} denied.` }) });
    const s = await stream('mock:tool_call', { toolConfig });
    expect(s.text).toBe('Call to read_file denied.');
    expect(s.events.some((e) => e.contentBlockStart?.start?.toolUse)).toBe(false);
    expect(s.stop).toBe('end_turn');
    const plain = await client.send(new ConverseCommand({ modelId: MODEL, messages: user('mock:tool_call'), toolConfig }));
    expect(plain).toMatchObject({ stopReason: 'end_turn', output: { message: { content: [{ text: 'Call to read_file denied.' }] } } });
  });

  it('ends a blocked stream with content_filtered and the usage', async () => {
    hooks = () => testHooks({ blockOn: 'bob', blockMessage: '[blocked]' });
    const s = await stream(`mock:text=${TEXT}`);
    expect(s.text).toBe('Mail ada@example.com or [blocked]');
    expect(s.stop).toBe('content_filtered');
    expect(s.usage?.outputTokens).toBeGreaterThan(0);
  });
});
