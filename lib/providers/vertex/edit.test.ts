import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import { capture, maskWords, parseSse, runTransform, startEditingProxy, testHooks, type EditingProxy } from '../shared/edit-testing';
import type { ResponseHooks } from '../types';
import { vertexAdapter } from './adapter';

/** Claude on Vertex speaks Anthropic Messages, so its format shares the Messages editors. */

const TEXT = 'Mail ada@example.com or bob@corp.io today';
const REST = '/us-east5/projects/acme/locations/us-east5/publishers/anthropic/models/claude-sonnet-4%4020250514:';
const resolve = (method: string) => vertexAdapter.resolve({ provider: 'vertex', rest: REST + method, query: '', method: 'POST', headers: {} });

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(() => mock.close());

const body = (content: string) => ({ anthropic_version: 'vertex-2023-10-16', max_tokens: 256, messages: [{ role: 'user', content }] });

describe('Claude on Vertex response editing', () => {
  it('edits streamRawPredict streams and rawPredict bodies', async () => {
    const stream = resolve('streamRawPredict');
    const bytes = (await capture(mock.url + stream.path, body(`mock:text=${TEXT}`))).body;
    expect(runTransform(stream.format!.createStreamEditor!(stream, 'text/event-stream', testHooks()), bytes, 1).equals(bytes)).toBe(true);
    const masked = runTransform(stream.format!.createStreamEditor!(stream, 'text/event-stream', testHooks({ text: 'mask' })), bytes, 'mixed');
    const text = parseSse(masked)
      .map((e) => (e.json as any)?.delta?.text ?? '')
      .join('');
    expect(text).toBe(maskWords(TEXT));

    const plain = resolve('rawPredict');
    const json = JSON.parse((await capture(mock.url + plain.path, body(`mock:text=${TEXT}`))).body.toString());
    expect((plain.format!.editResponse!(json, testHooks({ text: 'mask' }), plain) as any).content[0].text).toBe(maskWords(TEXT));
  });

  describe('read by the official Anthropic SDK', () => {
    let proxy: EditingProxy;
    let hooks: () => ResponseHooks = () => testHooks();
    let client: Anthropic;
    beforeAll(async () => {
      const stream = resolve('streamRawPredict');
      proxy = await startEditingProxy({ target: mock.url, format: () => stream.format!, hooks: () => hooks(), pieceSize: 'mixed', upstreamPath: () => stream.path });
      // What @anthropic-ai/vertex-sdk does: the model moves to the path, the version into the body.
      const vertexFetch: typeof fetch = (url, init) => {
        const sent = JSON.parse(String(init?.body)) as Record<string, unknown>;
        delete sent.model;
        return fetch(url, { ...init, body: JSON.stringify({ ...sent, anthropic_version: 'vertex-2023-10-16' }) });
      };
      client = new Anthropic({ apiKey: 'ya29.test', baseURL: proxy.url, maxRetries: 0, fetch: vertexFetch });
    });
    afterAll(() => proxy.close());

    it('parses a masked and a blocked stream', async () => {
      hooks = () => testHooks({ text: 'mask' });
      const ask = { model: 'claude-mock-1', max_tokens: 256, messages: [{ role: 'user' as const, content: `mock:text=${TEXT}` }] };
      expect((await client.messages.stream(ask).finalMessage()).content).toEqual([{ type: 'text', text: maskWords(TEXT) }]);
      hooks = () => testHooks({ blockOn: 'bob', blockMessage: '[blocked]' });
      const blocked = await client.messages.stream(ask).finalMessage();
      expect(blocked).toMatchObject({ stop_reason: 'refusal', content: [{ type: 'text', text: 'Mail ada@example.com or [blocked]' }] });
    });
  });
});
