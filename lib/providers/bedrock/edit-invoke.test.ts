import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import { capture, maskWords, runTransform, startEditingProxy, testHooks, type Captured, type EditingProxy } from '../shared/edit-testing';
import type { ResponseHooks } from '../types';
import { createEventStreamDecoder, headerString } from './event-stream';
import { bedrockInvokeFormat } from './invoke';

const TEXT = 'Mail ada@example.com or bob@corp.io today, thanks';
const MODEL = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
const PATH = `/model/${encodeURIComponent(MODEL)}`;
const tools = [{ name: 'read_file', input_schema: { type: 'object' } }];
const SIZES = ['whole', 1, 'mixed'] as const;
const route = { path: `${PATH}/invoke-with-response-stream`, format: bedrockInvokeFormat };
const body = (text: string, extra: Record<string, unknown> = {}) => ({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 256, messages: [{ role: 'user', content: text }], ...extra });

let mock: MockUpstream;
let textStream: Captured;
let toolStream: Captured;
let textJson: Captured;
let toolJson: Captured;

beforeAll(async () => {
  mock = await startMockUpstream();
  textStream = await capture(`${mock.url}${PATH}/invoke-with-response-stream`, body(`mock:text=${TEXT}`));
  toolStream = await capture(`${mock.url}${PATH}/invoke-with-response-stream`, body('mock:tool_call', { tools, thinking: { type: 'enabled', budget_tokens: 1024 } }));
  textJson = await capture(`${mock.url}${PATH}/invoke`, body(`mock:text=${TEXT}`));
  toolJson = await capture(`${mock.url}${PATH}/invoke`, body('mock:tool_call', { tools }));
});
afterAll(() => mock.close());

const edit = (input: Uint8Array, hooks: ResponseHooks, size: (typeof SIZES)[number] = 'whole') =>
  runTransform(bedrockInvokeFormat.createStreamEditor!(route, 'application/vnd.amazon.eventstream', hooks), input, size);

/** Decodes frames strictly (CRCs checked), unwraps the base64 Anthropic events and folds them. */
function fold(bytes: Uint8Array) {
  const events: Array<Record<string, any>> = [];
  const decoder = createEventStreamDecoder(
    (m) => {
      expect(headerString(m.headers, ':event-type')).toBe('chunk');
      const outer = JSON.parse(Buffer.from(m.payload).toString()) as { bytes: string };
      events.push(JSON.parse(Buffer.from(outer.bytes, 'base64').toString()));
    },
    (e) => {
      throw e;
    },
  );
  decoder.push(bytes);
  expect(decoder.pending).toBe(0);
  const content: Array<Record<string, any>> = [];
  let stop: unknown;
  for (const e of events) {
    if (e.type === 'content_block_start') {
      expect(e.index).toBe(content.length);
      content.push({ ...e.content_block, json: '' });
    }
    if (e.type === 'content_block_delta' && e.delta.type === 'text_delta') content[e.index].text += e.delta.text;
    if (e.type === 'content_block_delta' && e.delta.type === 'input_json_delta') content[e.index].json += e.delta.partial_json;
    if (e.type === 'message_delta') stop = e.delta.stop_reason;
  }
  return { content, stop, metrics: events.at(-1)!['amazon-bedrock-invocationMetrics'], last: events.at(-1)!.type };
}

const json = (c: Captured) => JSON.parse(c.body.toString('utf8')) as Record<string, any>;

describe('InvokeModelWithResponseStream editor (Anthropic events)', () => {
  it.each(SIZES)('passes every byte through unchanged with pass-through hooks (pieces: %s)', (size) => {
    expect(edit(textStream.body, testHooks(), size).equals(textStream.body)).toBe(true);
    expect(edit(toolStream.body, testHooks(), size).equals(toolStream.body)).toBe(true);
  });

  it.each(SIZES)('masks text inside the base64 chunks (pieces: %s)', (size) => {
    const f = fold(edit(textStream.body, testHooks({ text: 'mask' }), size));
    expect(f.content[0].text).toBe(maskWords(TEXT));
    expect(f).toMatchObject({ stop: 'end_turn', last: 'message_stop' });
    expect(f.metrics.outputTokenCount).toBeGreaterThan(0);
  });

  it.each(SIZES)('replaces a denied tool_use block with a text block at its index (pieces: %s)', (size) => {
    const f = fold(edit(toolStream.body, testHooks({ tool: () => ({ action: 'replace', text: 'Denied.' }) }), size));
    expect(f.content.map((b) => b.type)).toEqual(['thinking', 'text']);
    expect(f.content[1].text).toBe('Denied.');
    expect(f.stop).toBe('end_turn');
  });

  it.each(SIZES)('blocks with refusal, keeping the invocation metrics (pieces: %s)', (size) => {
    const f = fold(edit(textStream.body, testHooks({ blockOn: 'bob', blockMessage: '[blocked]' }), size));
    expect(f.content[0].text).toBe('Mail ada@example.com or [blocked]');
    expect(f.stop).toBe('refusal');
    expect(f.metrics.outputTokenCount).toBeGreaterThan(0);
  });
});

describe('InvokeModel JSON editor', () => {
  it('leaves bodies unchanged with pass-through hooks', () => {
    expect(bedrockInvokeFormat.editResponse!(json(textJson), testHooks(), route)).toEqual(json(textJson));
    expect(bedrockInvokeFormat.editResponse!(json(toolJson), testHooks(), route)).toEqual(json(toolJson));
  });

  it('edits Anthropic bodies', () => {
    expect((bedrockInvokeFormat.editResponse!(json(textJson), testHooks({ text: 'mask' }), route) as any).content[0].text).toBe(maskWords(TEXT));
    const denied = bedrockInvokeFormat.editResponse!(json(toolJson), testHooks({ tool: () => ({ action: 'replace', text: 'no' }) }), route) as any;
    expect(denied).toMatchObject({ content: [{ type: 'text', text: 'no' }], stop_reason: 'end_turn' });
  });

  it('edits the text of the other families and marks a block in their own stop field', () => {
    const llama = { generation: 'write to a@b.c', prompt_token_count: 3, generation_token_count: 4, stop_reason: 'stop' };
    expect(bedrockInvokeFormat.editResponse!({ ...llama }, testHooks({ text: 'mask' }), route)).toEqual({ ...llama, generation: 'write to [email]' });
    const titan = { inputTextTokenCount: 3, results: [{ tokenCount: 4, outputText: 'x a@b.c', completionReason: 'FINISH' }] };
    expect(bedrockInvokeFormat.editResponse!(structuredClone(titan), testHooks({ blockOn: 'a@b', blockMessage: 'no' }), route)).toEqual({
      ...titan,
      results: [{ tokenCount: 4, outputText: 'no', completionReason: 'CONTENT_FILTERED' }],
    });
    const mistral = { outputs: [{ text: 'hi a@b.c', stop_reason: 'stop' }] };
    expect(bedrockInvokeFormat.editResponse!(mistral, testHooks({ text: 'mask' }), route)).toEqual({ outputs: [{ text: 'hi [email]', stop_reason: 'stop' }] });
    const nova = { output: { message: { role: 'assistant', content: [{ text: 'to a@b.c' }] } }, stopReason: 'end_turn', usage: {} };
    expect((bedrockInvokeFormat.editResponse!(nova, testHooks({ text: 'mask' }), route) as any).output.message.content[0].text).toBe('to [email]');
    const chat = { choices: [{ index: 0, message: { role: 'assistant', content: 'to a@b.c' }, finish_reason: 'stop' }] };
    expect((bedrockInvokeFormat.editResponse!(chat, testHooks({ text: 'mask' }), route) as any).choices[0].message.content).toBe('to [email]');
  });
});

describe('official AWS SDK (InvokeModel) through an editing proxy', () => {
  let proxy: EditingProxy;
  let hooks: () => ResponseHooks = () => testHooks();
  let client: BedrockRuntimeClient;
  beforeAll(async () => {
    proxy = await startEditingProxy({ target: mock.url, format: () => bedrockInvokeFormat, hooks: () => hooks(), pieceSize: 'mixed' });
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

  async function stream(payload: Record<string, unknown>) {
    const res = await client.send(new InvokeModelWithResponseStreamCommand({ modelId: MODEL, contentType: 'application/json', body: JSON.stringify(payload) }));
    const events: Array<Record<string, any>> = [];
    for await (const e of res.body!) if (e.chunk?.bytes) events.push(JSON.parse(Buffer.from(e.chunk.bytes).toString()));
    return events;
  }

  it('streams masked text, a denied call as text, and a block as refusal', async () => {
    hooks = () => testHooks({ text: 'mask' });
    let events = await stream(body(`mock:text=${TEXT}`));
    expect(events.map((e) => e.delta?.text ?? '').join('')).toBe(maskWords(TEXT));

    hooks = () => testHooks({ tool: (c) => ({ action: 'replace', text: `Call to ${c.name} denied.` }) });
    events = await stream(body('mock:tool_call', { tools }));
    expect(events.some((e) => e.content_block?.type === 'tool_use')).toBe(false);
    expect(events.map((e) => e.delta?.text ?? '').join('')).toBe('Call to read_file denied.');
    expect(events.find((e) => e.type === 'message_delta')!.delta.stop_reason).toBe('end_turn');

    hooks = () => testHooks({ blockOn: 'bob', blockMessage: '[blocked]' });
    events = await stream(body(`mock:text=${TEXT}`));
    expect(events.map((e) => e.delta?.text ?? '').join('')).toBe('Mail ada@example.com or [blocked]');
    expect(events.find((e) => e.type === 'message_delta')!.delta.stop_reason).toBe('refusal');
  });

  it('returns an edited complete body', async () => {
    hooks = () => testHooks({ text: 'mask' });
    const res = await client.send(new InvokeModelCommand({ modelId: MODEL, contentType: 'application/json', body: JSON.stringify(body(`mock:text=${TEXT}`)) }));
    expect(JSON.parse(Buffer.from(res.body).toString()).content[0].text).toBe(maskWords(TEXT));
  });
});
