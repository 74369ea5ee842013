import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from './index';
import { runLoad } from './load';

let mock: MockUpstream;

beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const chat = (content = 'hi', headers: Record<string, string> = {}) =>
  fetch(`${mock.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer k', ...headers },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }),
  });

const admin = (path: string, body?: unknown) =>
  fetch(`${mock.url}/__mock/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });

describe('admin API', () => {
  it('records requests (not admin ones) and serves them as JSON', async () => {
    await chat('first', { 'X-Custom': 'Yes' });
    const list = await (await admin('requests')).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ method: 'POST', path: '/v1/chat/completions', provider: 'openai' });
    expect(list[0].headers['x-custom']).toBe('Yes');
    expect(JSON.parse(list[0].body).messages[0].content).toBe('first');
    expect(typeof list[0].time).toBe('number');
  });

  it('sets behaviours over HTTP, validates them, and resets', async () => {
    expect((await admin('behavior', { status: 503, count: 1 })).status).toBe(200);
    expect((await chat()).status).toBe(503);
    expect((await chat()).status).toBe(200);
    expect((await admin('behavior', { stauts: 500 })).status).toBe(400);
    await admin('behavior', { status: 500 });
    expect((await chat()).status).toBe(500);
    expect((await chat()).status).toBe(500);
    await admin('reset', {});
    expect((await chat()).status).toBe(200);
    const stats = await (await admin('stats')).json();
    expect(stats).toMatchObject({ requests: 1, recorded: 1, tokensMinted: 0, behaviorActive: false });
  });
});

describe('behaviour queue', () => {
  it('runs entries in order, each for its count', async () => {
    mock.setBehavior([{ status: 429, count: 2 }, { status: 500, count: 1 }]);
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await chat()).status);
    expect(codes).toEqual([429, 429, 500, 200]);
  });

  it('applies only to the matching provider', async () => {
    mock.setBehavior({ status: 429, match: { provider: 'anthropic' } });
    expect((await chat()).status).toBe(200);
    const res = await fetch(`${mock.url}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': 'k' },
      body: JSON.stringify({ model: 'claude', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(res.status).toBe(429);
    expect((await res.json()).error.type).toBe('rate_limit_error');
  });

  it('resetMidStream on a JSON body sends half of it, then resets', async () => {
    mock.setBehavior({ resetMidStream: true, count: 1 });
    const res = await chat();
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it('close() ends hung requests', async () => {
    const own = await startMockUpstream();
    own.setBehavior({ hang: true });
    const pending = fetch(`${own.url}/v1/models`).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await own.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('routing', () => {
  it('answers unknown routes with 404 in OpenAI shape', async () => {
    const res = await fetch(`${mock.url}/v2/unknown`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toContain('Invalid URL');
    expect(mock.requests[0].provider).toBe('unknown');
  });

  it('answers a malformed body with 400 in the provider shape', async () => {
    const res = await fetch(`${mock.url}/v1/chat/completions`, { method: 'POST', body: '{oops' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.type).toBe('invalid_request_error');
  });

  it('does not record when record is false', async () => {
    const quiet = await startMockUpstream({ record: false });
    await fetch(`${quiet.url}/v1/models`);
    expect(quiet.requests).toHaveLength(0);
    await quiet.close();
  });
});

describe('CLI and load loop', () => {
  it('the CLI prints its URL and serves requests', async () => {
    const root = resolve(__dirname, '../../..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-upstream.ts', '--port', '0', '--no-record'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((ok, fail) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
          if (m) ok(m[1]);
        });
        child.once('exit', (code) => fail(new Error(`exited ${code}`)));
      });
      const res = await fetch(`${url}/v1/models`);
      expect(res.status).toBe(200);
      const r = await runLoad({ url, connections: 4, durationMs: 200 });
      expect(r.requests).toBeGreaterThan(0);
      expect(r.errors).toBe(0);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
