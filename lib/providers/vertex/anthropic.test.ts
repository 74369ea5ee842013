import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from '@/lib/testing/mock-upstream';
import type { StreamReadResult } from '../types';
import { vertexAdapter } from './adapter';

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const REST = '/us-east5/projects/acme/locations/us-east5/publishers/anthropic/models/claude-sonnet-4%4020250514:streamRawPredict';

async function streamBytes(): Promise<{ bytes: Buffer; contentType: string }> {
  const route = vertexAdapter.resolve({ provider: 'vertex', rest: REST, query: '', method: 'POST', headers: {} });
  const res = await request(mock.url + route.path, {
    method: 'POST',
    headers: { authorization: 'Bearer ya29.test', 'content-type': 'application/json' },
    body: JSON.stringify({ anthropic_version: 'vertex-2023-10-16', max_tokens: 256, stream: true, messages: [{ role: 'user', content: 'one two three four five' }] }),
  });
  expect(res.statusCode).toBe(200);
  return { bytes: Buffer.from(await res.body.arrayBuffer()), contentType: String(res.headers['content-type']) };
}

function read(bytes: Buffer, contentType: string, size: number): StreamReadResult {
  const route = vertexAdapter.resolve({ provider: 'vertex', rest: REST, query: '', method: 'POST', headers: {} });
  const reader = route.format!.createStreamReader(route, contentType);
  for (let at = 0; at < bytes.length; at += size) reader.push(bytes.subarray(at, at + size));
  return reader.finish();
}

describe('Claude on Vertex (streamRawPredict)', () => {
  it('reads usage and the stop reason from the Anthropic event stream, in any chunking', async () => {
    const { bytes, contentType } = await streamBytes();
    const whole = read(bytes, contentType, bytes.length);
    expect(whole).toMatchObject({ finishReason: 'end_turn', usage: { outputTokens: Math.ceil('You said: one two three four five'.length / 4) } });
    expect(whole.usage!.inputTokens).toBeGreaterThan(0);
    expect(read(bytes, contentType, 1)).toEqual(whole);
    expect(read(bytes, contentType, 7)).toEqual(whole);
  });

  it('reads an in-stream error', async () => {
    mock.setBehavior({ failMidStream: true, afterEvents: 2, count: 1 });
    const { bytes, contentType } = await streamBytes();
    expect(read(bytes, contentType, 3).error).toBeDefined();
  });
});
