import OpenAI from 'openai';
import { accumulateResponse } from 'openai/lib/responses/ResponseAccumulator';
import type { Response, ResponseStreamEvent } from 'openai/resources/responses/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import { capture, maskWords, parseSse, runTransform, startEditingProxy, testHooks, type Captured, type EditingProxy } from '../shared/edit-testing';
import type { ResponseHooks } from '../types';
import { openAiResponsesFormat } from './responses';

const TEXT = 'Mail ada@example.com or bob@corp.io today, thanks';
const tools = [{ type: 'function' as const, name: 'read_file', strict: false, parameters: { type: 'object', properties: { path: { type: 'string' } } } }];
const SIZES = ['whole', 1, 'mixed'] as const;
const route = { path: '/v1/responses', format: openAiResponsesFormat };

let mock: MockUpstream;
let textStream: Captured;
let toolStream: Captured;
let textJson: Captured;
let toolJson: Captured;

const responses = (input: string, extra: Record<string, unknown> = {}) => capture(`${mock.url}/v1/responses`, { model: 'gpt-4.1', input, ...extra });

beforeAll(async () => {
  mock = await startMockUpstream();
  textStream = await responses(`mock:text=${TEXT}`, { stream: true });
  toolStream = await responses('mock:tool_call', { stream: true, tools });
  textJson = await responses(`mock:text=${TEXT}`);
  toolJson = await responses('mock:tool_call', { tools });
});
afterAll(() => mock.close());

const edit = (input: Uint8Array, hooks: ResponseHooks, size: (typeof SIZES)[number] = 'whole') =>
  runTransform(openAiResponsesFormat.createStreamEditor!(route, 'text/event-stream', hooks), input, size);

/** Folds the events with the SDK's own accumulator (it throws on a missing item or part) and checks the numbering. */
function fold(body: Uint8Array) {
  let snapshot: Response | undefined;
  let last = -1;
  let streamedText = '';
  const types: string[] = [];
  for (const e of parseSse(body)) {
    const event = e.json as unknown as ResponseStreamEvent;
    expect(event.type).toBe(e.event);
    expect(event.sequence_number).toBeGreaterThan(last);
    last = event.sequence_number;
    types.push(event.type);
    if (event.type === 'response.output_text.delta') streamedText += event.delta;
    snapshot = accumulateResponse(event, snapshot);
  }
  const final = snapshot!;
  return { final, streamedText, types, last: types[types.length - 1] };
}

const json = (c: Captured) => JSON.parse(c.body.toString('utf8')) as Record<string, any>;
const outputText = (r: Response) => r.output.flatMap((i) => (i.type === 'message' ? i.content.map((c) => (c.type === 'output_text' ? c.text : '')) : [])).join('');

describe('Responses stream editor', () => {
  it.each(SIZES)('passes every byte through unchanged with pass-through hooks (pieces: %s)', (size) => {
    expect(edit(textStream.body, testHooks(), size).equals(textStream.body)).toBe(true);
    expect(edit(toolStream.body, testHooks(), size).equals(toolStream.body)).toBe(true);
  });

  it.each(SIZES)('masks deltas and rewrites every event that repeats the text (pieces: %s)', (size) => {
    const { final, streamedText, last } = fold(edit(textStream.body, testHooks({ text: 'mask' }), size));
    expect(streamedText).toBe(maskWords(TEXT));
    expect(outputText(final)).toBe(maskWords(TEXT));
    expect(last).toBe('response.completed');
    expect(final.usage?.output_tokens).toBeGreaterThan(0);
    const events = parseSse(edit(textStream.body, testHooks({ text: 'mask' }), size)).map((e) => e.json as any);
    expect(events.find((e) => e.type === 'response.output_text.done').text).toBe(maskWords(TEXT));
    expect(events.find((e) => e.type === 'response.content_part.done').part.text).toBe(maskWords(TEXT));
    expect(events.find((e) => e.type === 'response.output_item.done').item.content[0].text).toBe(maskWords(TEXT));
  });

  it('reads and splices escaped deltas (quotes, newlines, backslashes, non-ASCII)', async () => {
    const tricky = 'Say "hi" to a@b.c\nthen \\ back ü 日本 \u2028 done';
    const input = (await responses(`mock:text=${JSON.stringify(tricky)}`, { stream: true })).body;
    const { final, streamedText } = fold(edit(input, testHooks({ text: 'mask' }), 1));
    expect(streamedText).toBe(maskWords(tricky));
    expect(outputText(final)).toBe(maskWords(tricky));
    expect(edit(input, testHooks(), 'mixed').equals(input)).toBe(true);
  });

  it('releases held text in one delta before output_text.done', () => {
    const { final, types } = fold(edit(textStream.body, testHooks({ text: 'hold' }), 'mixed'));
    expect(types.filter((t) => t === 'response.output_text.delta')).toHaveLength(1);
    expect(types.indexOf('response.output_text.delta')).toBe(types.indexOf('response.output_text.done') - 1);
    expect(outputText(final)).toBe(maskWords(TEXT));
  });

  it('renumbers the events after an inserted one, patching only their sequence_number', () => {
    const hooks: ResponseHooks = { ...testHooks(), endText: () => '!' };
    const edited = parseSse(edit(textStream.body, hooks, 'mixed'));
    const original = parseSse(textStream.body);
    expect(edited).toHaveLength(original.length + 1);
    const { final } = fold(edit(textStream.body, { ...testHooks(), endText: () => '!' }, 1));
    expect(outputText(final)).toBe(TEXT + '!');
    // response.created … the deltas keep their bytes; later events differ only in the number (and the repeated text).
    const doneAt = original.findIndex((e) => e.event === 'response.output_text.done');
    expect(edited.slice(0, doneAt).map((e) => e.data)).toEqual(original.slice(0, doneAt).map((e) => e.data));
    expect(edited.at(-1)!.json!.sequence_number).toBe((original.at(-1)!.json!.sequence_number as number) + 1);
  });

  it.each(SIZES)('replaces a denied function call with a message item at the same index (pieces: %s)', (size) => {
    const hooks = testHooks({ tool: () => ({ action: 'replace', text: 'Denied.' }) });
    const { final } = fold(edit(toolStream.body, hooks, size));
    expect(final.output).toHaveLength(1);
    expect(final.output[0]).toMatchObject({ type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'Denied.' }] });
    expect(final.status).toBe('completed');
    expect(hooks.log.calls).toEqual([{ index: 0, id: expect.stringMatching(/^call_/), name: 'read_file', arguments: '{"path":"/etc/passwd"}' }]);
  });

  it('rewrites the arguments of an allowed call everywhere they are repeated', () => {
    const { final } = fold(edit(toolStream.body, testHooks({ tool: () => ({ action: 'allow', arguments: '{"path":"/tmp"}' }) }), 1));
    expect(final.output[0]).toMatchObject({ type: 'function_call', name: 'read_file', arguments: '{"path":"/tmp"}' });
  });

  it.each(SIZES)('blocks mid-stream: response.incomplete with content_filter, usage kept (pieces: %s)', (size) => {
    const { final, last } = fold(edit(textStream.body, testHooks({ blockOn: 'bob', blockMessage: '[blocked]' }), size));
    expect(last).toBe('response.incomplete');
    expect(final).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'content_filter' } });
    expect(outputText(final)).toBe('Mail ada@example.com or [blocked]');
    expect((final.output[0] as { status?: string }).status).toBe('incomplete');
    expect(final.usage?.output_tokens).toBeGreaterThan(0);
  });

  it('edits a message followed by a function call, and the final response to match', () => {
    let seq = 0;
    const ev = (type: string, fields: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...fields })}\n\n`;
    const msg = { id: 'msg_1', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', annotations: [], logprobs: [], text: 'Reading a@b.c now' }] };
    const fc = { id: 'fc_1', type: 'function_call', status: 'completed', call_id: 'call_1', name: 'rm', arguments: '{"p":1}' };
    const response = (status: string, output: unknown[]) => ({ id: 'resp_1', object: 'response', status, model: 'm', output, usage: status === 'completed' ? { input_tokens: 1, output_tokens: 2, total_tokens: 3 } : null });
    const at0 = { item_id: 'msg_1', output_index: 0, content_index: 0 };
    const input = Buffer.from(
      ev('response.created', { response: response('in_progress', []) }) +
        ev('response.output_item.added', { output_index: 0, item: { ...msg, status: 'in_progress', content: [] } }) +
        ev('response.content_part.added', { ...at0, part: { ...msg.content[0], text: '' } }) +
        ev('response.output_text.delta', { ...at0, delta: 'Reading a@b', logprobs: [] }) +
        ev('response.output_text.delta', { ...at0, delta: '.c now', logprobs: [] }) +
        ev('response.output_text.done', { ...at0, text: 'Reading a@b.c now', logprobs: [] }) +
        ev('response.content_part.done', { ...at0, part: msg.content[0] }) +
        ev('response.output_item.done', { output_index: 0, item: msg }) +
        ev('response.output_item.added', { output_index: 1, item: { ...fc, status: 'in_progress', arguments: '' } }) +
        ev('response.function_call_arguments.delta', { item_id: 'fc_1', output_index: 1, delta: '{"p":1}' }) +
        ev('response.function_call_arguments.done', { item_id: 'fc_1', output_index: 1, arguments: '{"p":1}' }) +
        ev('response.output_item.done', { output_index: 1, item: fc }) +
        ev('response.completed', { response: response('completed', [msg, fc]) }),
    );
    const hooks = testHooks({ text: 'mask', tool: () => ({ action: 'replace', text: 'rm denied' }) });
    const { final } = fold(edit(input, hooks, 1));
    expect(final.output.map((i) => i.type)).toEqual(['message', 'message']);
    expect(outputText(final)).toBe('Reading [email] nowrm denied');
    expect(final.usage?.total_tokens).toBe(3);
    expect(hooks.log.calls).toEqual([{ index: 1, id: 'call_1', name: 'rm', arguments: '{"p":1}' }]);
  });

  it('blocks on a tool call decision with a new message item', () => {
    const hooks: ResponseHooks = { ...testHooks(), blocked: () => ({ message: 'stop' }) };
    const { final } = fold(edit(toolStream.body, hooks, 'mixed'));
    expect(final.output).toEqual([expect.objectContaining({ type: 'message', status: 'incomplete' })]);
    expect(outputText(final)).toBe('stop');
  });
});

describe('Responses JSON editor', () => {
  it('leaves a response unchanged with pass-through hooks', () => {
    expect(openAiResponsesFormat.editResponse!(json(textJson), testHooks(), route)).toEqual(json(textJson));
    expect(openAiResponsesFormat.editResponse!(json(toolJson), testHooks(), route)).toEqual(json(toolJson));
  });

  it('masks, replaces a denied call and blocks', () => {
    const masked = openAiResponsesFormat.editResponse!(json(textJson), testHooks({ text: 'mask' }), route) as any;
    expect(masked.output[0].content[0].text).toBe(maskWords(TEXT));
    const denied = openAiResponsesFormat.editResponse!(json(toolJson), testHooks({ tool: () => ({ action: 'replace', text: 'no' }) }), route) as any;
    expect(denied.output[0]).toMatchObject({ type: 'message', content: [{ type: 'output_text', text: 'no' }] });
    const blocked = openAiResponsesFormat.editResponse!(json(textJson), testHooks({ blockOn: 'bob', blockMessage: 'no' }), route) as any;
    expect(blocked).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'content_filter' }, output: [{ content: [{ text: 'no' }] }] });
    expect(blocked.usage).toEqual(json(textJson).usage);
  });
});

describe('official openai SDK (Responses) through an editing proxy', () => {
  let proxy: EditingProxy;
  let hooks: () => ResponseHooks = () => testHooks();
  let client: OpenAI;
  beforeAll(async () => {
    proxy = await startEditingProxy({ target: mock.url, format: () => openAiResponsesFormat, hooks: () => hooks(), pieceSize: 'mixed' });
    client = new OpenAI({ apiKey: 'sk-test', baseURL: `${proxy.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => proxy.close());

  it('streams masked text (finalResponse, output_text) and returns masked JSON', async () => {
    hooks = () => testHooks({ text: 'mask' });
    const stream = client.responses.stream({ model: 'gpt-4.1', input: `mock:text=${TEXT}` });
    let deltas = '';
    stream.on('response.output_text.delta', (e) => (deltas += e.delta));
    const final = await stream.finalResponse();
    expect(deltas).toBe(maskWords(TEXT));
    expect(final.output_text).toBe(maskWords(TEXT));
    const plain = await client.responses.create({ model: 'gpt-4.1', input: `mock:text=${TEXT}` });
    expect(plain.output_text).toBe(maskWords(TEXT));
  });

  it('shows a denied function call as a message', async () => {
    hooks = () => testHooks({ tool: (c) => ({ action: 'replace', text: `Call to ${c.name} denied.` }) });
    const final = await client.responses.stream({ model: 'gpt-4.1', input: 'mock:tool_call', tools }).finalResponse();
    expect(final.output.map((i) => i.type)).toEqual(['message']);
    expect(final.output_text).toBe('Call to read_file denied.');
    const plain = await client.responses.create({ model: 'gpt-4.1', input: 'mock:tool_call', tools });
    expect(plain.output_text).toBe('Call to read_file denied.');
  });

  it('ends a blocked stream as incomplete (content_filter)', async () => {
    hooks = () => testHooks({ blockOn: 'bob', blockMessage: '[blocked]' });
    const final = await client.responses.stream({ model: 'gpt-4.1', input: `mock:text=${TEXT}` }).finalResponse();
    expect(final).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'content_filter' } });
    expect(final.output_text).toBe('Mail ada@example.com or [blocked]');
  });
});

describe('custom (free-form) tools', () => {
  it('holds a custom_tool_call item and replaces it, in streams and bodies', () => {
    let seq = 0;
    const ev = (type: string, fields: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...fields })}\n\n`;
    const call = { id: 'ctc_1', type: 'custom_tool_call', status: 'completed', call_id: 'call_9', name: 'shell', input: 'rm -rf /' };
    const response = (status: string, output: unknown[]) => ({ id: 'resp_1', object: 'response', status, model: 'm', output, usage: null });
    const input = Buffer.from(
      ev('response.created', { response: response('in_progress', []) }) +
        ev('response.output_item.added', { output_index: 0, item: { ...call, status: 'in_progress', input: '' } }) +
        ev('response.custom_tool_call_input.delta', { item_id: 'ctc_1', output_index: 0, delta: 'rm -rf' }) +
        ev('response.custom_tool_call_input.delta', { item_id: 'ctc_1', output_index: 0, delta: ' /' }) +
        ev('response.custom_tool_call_input.done', { item_id: 'ctc_1', output_index: 0, input: 'rm -rf /' }) +
        ev('response.output_item.done', { output_index: 0, item: call }) +
        ev('response.completed', { response: response('completed', [call]) }),
    );
    const hooks = testHooks({ tool: () => ({ action: 'replace', text: 'shell denied' }) });
    const { final } = fold(edit(input, hooks, 'mixed'));
    expect(hooks.log.calls).toEqual([{ index: 0, id: 'call_9', name: 'shell', arguments: 'rm -rf /' }]);
    expect(final.output).toEqual([expect.objectContaining({ type: 'message' })]);
    expect(outputText(final)).toBe('shell denied');
    const rewritten = fold(edit(input, testHooks({ tool: () => ({ action: 'allow', arguments: 'ls' }) }), 1)).final;
    expect(rewritten.output[0]).toMatchObject({ type: 'custom_tool_call', input: 'ls' });
    const body = openAiResponsesFormat.editResponse!(response('completed', [{ ...call }]), testHooks({ tool: () => ({ action: 'allow', arguments: 'ls' }) }), route) as any;
    expect(body.output[0].input).toBe('ls');
  });
});
