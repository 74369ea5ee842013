import { FinishReason, GoogleGenAI, type GenerateContentResponse } from '@google/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import { capture, maskWords, parseSse, runTransform, startEditingProxy, testHooks, type Captured, type EditingProxy } from '../shared/edit-testing';
import type { ResponseHooks } from '../types';
import { geminiFormat, geminiJsonArrayFormat } from './gemini';

const TEXT = 'Mail ada@example.com or bob@corp.io today, thanks for the quick reply';
const tools = [{ functionDeclarations: [{ name: 'read_file', parametersJsonSchema: { type: 'object', properties: { path: { type: 'string' } } } }] }];
const SIZES = ['whole', 1, 'mixed'] as const;
const MODEL = '/v1beta/models/gemini-2.5-flash';

let mock: MockUpstream;
const streams: Record<'sse' | 'array', { text: Captured; tool: Captured }> = {} as never;
let textJson: Captured;
let toolJson: Captured;

const generate = (method: string, text: string, extra: Record<string, unknown> = {}) =>
  capture(`${mock.url}${MODEL}:${method}`, { contents: [{ role: 'user', parts: [{ text }] }], ...extra }, { 'x-goog-api-key': 'test' });

beforeAll(async () => {
  mock = await startMockUpstream();
  const thinking = { generationConfig: { thinkingConfig: { includeThoughts: true } } };
  streams.sse = { text: await generate('streamGenerateContent?alt=sse', `mock:text=${TEXT}`, thinking), tool: await generate('streamGenerateContent?alt=sse', 'mock:tool_call', { tools }) };
  streams.array = { text: await generate('streamGenerateContent', `mock:text=${TEXT}`, thinking), tool: await generate('streamGenerateContent', 'mock:tool_call', { tools }) };
  textJson = await generate('generateContent', `mock:text=${TEXT}`);
  toolJson = await generate('generateContent', 'mock:tool_call', { tools });
});
afterAll(() => mock.close());

function edit(mode: 'sse' | 'array', input: Uint8Array, hooks: ResponseHooks, size: (typeof SIZES)[number] = 'whole'): Buffer {
  const format = mode === 'sse' ? geminiFormat : geminiJsonArrayFormat;
  const route = { path: `${MODEL}:streamGenerateContent${mode === 'sse' ? '?alt=sse' : ''}`, format };
  return runTransform(format.createStreamEditor!(route, mode === 'sse' ? 'text/event-stream' : 'application/json; charset=UTF-8', hooks), input, size);
}

/** The chunks, parsed strictly (the JSON array must be valid JSON as a whole). */
function chunks(mode: 'sse' | 'array', body: Uint8Array): Array<Record<string, any>> {
  return mode === 'sse' ? parseSse(body).map((e) => e.json as Record<string, any>) : (JSON.parse(body.toString()) as Array<Record<string, any>>);
}

function fold(list: Array<Record<string, any>>) {
  let text = '';
  let thoughts = '';
  const calls: unknown[] = [];
  let finish: unknown;
  let usage: unknown;
  for (const chunk of list) {
    if (chunk.usageMetadata) usage = chunk.usageMetadata;
    for (const c of chunk.candidates ?? []) {
      for (const p of c.content?.parts ?? []) {
        if (p.thought) thoughts += p.text;
        else if (typeof p.text === 'string') text += p.text;
        if (p.functionCall) calls.push(p.functionCall);
      }
      if (c.finishReason) finish = c.finishReason;
    }
  }
  return { text, thoughts, calls, finish, usage };
}

describe.each(['sse', 'array'] as const)('GenerateContent stream editor (%s)', (mode) => {
  it.each(SIZES)('passes every byte through unchanged with pass-through hooks (pieces: %s)', (size) => {
    expect(edit(mode, streams[mode].text.body, testHooks(), size).equals(streams[mode].text.body)).toBe(true);
    expect(edit(mode, streams[mode].tool.body, testHooks(), size).equals(streams[mode].tool.body)).toBe(true);
  });

  it.each(SIZES)('masks text parts, leaving thoughts alone (pieces: %s)', (size) => {
    const f = fold(chunks(mode, edit(mode, streams[mode].text.body, testHooks({ text: 'mask' }), size)));
    expect(f.text).toBe(maskWords(TEXT));
    expect(f.thoughts).toContain('Considering');
    expect(f.finish).toBe('STOP');
  });

  it('holds everything until the finishReason chunk, dropping the emptied chunks', () => {
    const list = chunks(mode, edit(mode, streams[mode].text.body, testHooks({ text: 'hold' }), 'mixed'));
    expect(fold(list).text).toBe(maskWords(TEXT));
    const withText = list.filter((c) => c.candidates?.[0]?.content?.parts?.some((p: any) => typeof p.text === 'string' && !p.thought));
    expect(withText).toHaveLength(1);
    expect(withText[0].candidates[0].finishReason).toBe('STOP');
  });

  it.each(SIZES)('replaces a denied functionCall with a text part (pieces: %s)', (size) => {
    const hooks = testHooks({ tool: () => ({ action: 'replace', text: 'Denied.' }) });
    const f = fold(chunks(mode, edit(mode, streams[mode].tool.body, hooks, size)));
    expect(f).toMatchObject({ text: 'Denied.', calls: [], finish: 'STOP' });
    expect(hooks.log.calls).toEqual([{ index: 0, id: undefined, name: 'read_file', arguments: '{"path":"/etc/passwd"}' }]);
  });

  it('rewrites the args of an allowed call', () => {
    const f = fold(chunks(mode, edit(mode, streams[mode].tool.body, testHooks({ tool: () => ({ action: 'allow', arguments: '{"path":"/tmp"}' }) }), 1)));
    expect(f.calls).toEqual([{ name: 'read_file', args: { path: '/tmp' } }]);
  });

  it.each(SIZES)('blocks mid-stream with SAFETY, final usage kept (pieces: %s)', (size) => {
    const list = chunks(mode, edit(mode, streams[mode].text.body, testHooks({ blockOn: 'bob', blockMessage: '[blocked]' }), size));
    const f = fold(list);
    expect(f.finish).toBe('SAFETY');
    expect(f.text).toBe('Mail ada@example.com or [blocked]');
    expect((f.usage as any).candidatesTokenCount).toBeGreaterThan(0);
    expect(list.at(-1)!.candidates).toBeUndefined();
  });
});

describe('GenerateContent JSON editor', () => {
  const json = (c: Captured) => JSON.parse(c.body.toString('utf8')) as Record<string, any>;
  const route = { path: `${MODEL}:generateContent`, format: geminiFormat };

  it('leaves a response unchanged with pass-through hooks', () => {
    expect(geminiFormat.editResponse!(json(textJson), testHooks(), route)).toEqual(json(textJson));
    expect(geminiFormat.editResponse!(json(toolJson), testHooks(), route)).toEqual(json(toolJson));
  });

  it('masks, replaces a denied call, blocks; and edits a JSON-array stream read whole', () => {
    expect(fold([geminiFormat.editResponse!(json(textJson), testHooks({ text: 'mask' }), route) as any]).text).toBe(maskWords(TEXT));
    const denied = geminiFormat.editResponse!(json(toolJson), testHooks({ tool: () => ({ action: 'replace', text: 'no' }) }), route) as any;
    expect(denied.candidates[0].content.parts).toEqual([{ text: 'no' }]);
    const blocked = geminiFormat.editResponse!(json(textJson), testHooks({ blockOn: 'bob', blockMessage: 'no' }), route) as any;
    expect(blocked.candidates[0]).toMatchObject({ content: { parts: [{ text: 'no' }] }, finishReason: 'SAFETY' });
    expect(blocked.usageMetadata).toEqual(json(textJson).usageMetadata);
    const whole = JSON.parse(streams.array.text.body.toString());
    expect(fold(geminiFormat.editResponse!(whole, testHooks({ text: 'hold' }), route) as any).text).toBe(maskWords(TEXT));
  });
});

describe('official @google/genai SDK through an editing proxy', () => {
  let proxy: EditingProxy;
  let hooks: () => ResponseHooks = () => testHooks();
  let ai: GoogleGenAI;
  beforeAll(async () => {
    proxy = await startEditingProxy({ target: mock.url, format: (path) => (path.includes('alt=sse') || !path.includes('stream') ? geminiFormat : geminiJsonArrayFormat), hooks: () => hooks(), pieceSize: 'mixed' });
    ai = new GoogleGenAI({ apiKey: 'test', httpOptions: { baseUrl: proxy.url } });
  });
  afterAll(() => proxy.close());

  async function collect(text: string, config: Record<string, unknown> = {}) {
    const list: GenerateContentResponse[] = [];
    for await (const chunk of await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: text, config })) list.push(chunk);
    return list;
  }

  it('streams and returns masked text', async () => {
    hooks = () => testHooks({ text: 'mask' });
    const list = await collect(`mock:text=${TEXT}`);
    expect(list.map((c) => c.text ?? '').join('')).toBe(maskWords(TEXT));
    const plain = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: `mock:text=${TEXT}` });
    expect(plain.text).toBe(maskWords(TEXT));
  });

  it('shows a denied function call as text', async () => {
    hooks = () => testHooks({ tool: (c) => ({ action: 'replace', text: `Call to ${c.name} denied.` }) });
    const list = await collect('mock:tool_call', { tools });
    expect(list.map((c) => c.text ?? '').join('')).toBe('Call to read_file denied.');
    expect(list.flatMap((c) => c.functionCalls ?? [])).toEqual([]);
    hooks = () => testHooks({ tool: () => ({ action: 'allow', arguments: '{"path":"/srv"}' }) });
    const allowed = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'mock:tool_call', config: { tools } });
    expect(allowed.functionCalls).toEqual([{ name: 'read_file', args: { path: '/srv' } }]);
  });

  it('ends a blocked stream with SAFETY and the final usage', async () => {
    hooks = () => testHooks({ blockOn: 'bob', blockMessage: '[blocked]' });
    const list = await collect(`mock:text=${TEXT}`);
    expect(list.map((c) => c.text ?? '').join('')).toBe('Mail ada@example.com or [blocked]');
    expect(list.some((c) => c.candidates?.[0]?.finishReason === FinishReason.SAFETY)).toBe(true);
    expect(list.at(-1)!.usageMetadata?.candidatesTokenCount).toBeGreaterThan(0);
  });
});

describe('JSON array framing', () => {
  const tricky = 'a "quoted" [bracket] {brace} \\ back\\slash, ok@x.y ';
  const chunk = (text: string, finish?: string) => JSON.stringify({ candidates: [{ content: { role: 'model', parts: [{ text }] }, ...(finish ? { finishReason: finish } : {}), index: 0 }] });
  const body = Buffer.from(`[${chunk(tricky)}\r\n,\r\n${chunk(tricky)}\r\n,\r\n${chunk('end', 'STOP')}\r\n]`);

  it.each(SIZES)('keeps strings with brackets, quotes and escapes intact and moves the opening bracket when the first element is dropped (pieces: %s)', (size) => {
    expect(edit('array', body, testHooks(), size).equals(body)).toBe(true);
    const held = edit('array', body, testHooks({ text: 'hold' }), size);
    expect(held.subarray(0, 1).toString()).toBe('[');
    expect(fold(JSON.parse(held.toString())).text).toBe(maskWords(tricky + tricky + 'end'));
  });

  it('releases text still held when the upstream ends without a finishReason', () => {
    const cut = Buffer.from(`[${chunk('one two')}\r\n,\r\n${chunk(' three')}]`);
    const out = JSON.parse(edit('array', cut, testHooks({ text: 'hold' }), 1).toString());
    expect(fold(out).text).toBe('one two three');
  });
});
