import http from 'node:http';
import { Agent, type Dispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callUpstream, UpstreamBody } from './call';

function fakeController() {
  const calls: string[] = [];
  const controller = {
    calls,
    paused: false,
    aborted: null as Error | null,
    pause() {
      calls.push('pause');
      controller.paused = true;
    },
    resume() {
      calls.push('resume');
      controller.paused = false;
    },
    abort(reason: Error) {
      calls.push('abort');
      controller.aborted = reason;
    },
  };
  return controller;
}

const kib = (n: number, fill = 'x') => Buffer.alloc(n * 1024, fill);

describe('the upstream response body queue', () => {
  it('pauses the upstream socket while unread bytes pile up, and resumes once the reader catches up', async () => {
    const controller = fakeController();
    const body = new UpstreamBody(controller as unknown as Dispatcher.DispatchController);
    for (let i = 0; i < 5; i++) body.push(kib(16));
    expect(controller.paused).toBe(true); // 80 KiB waiting, over the 64 KiB mark
    const reader = body[Symbol.asyncIterator]();
    await reader.next();
    await reader.next();
    expect(controller.paused).toBe(true); // 48 KiB still waiting
    await reader.next();
    expect(controller.paused).toBe(false); // 32 KiB: half the mark
    expect(controller.calls).toEqual(['pause', 'resume']);
  });

  it('hands chunks to a waiting reader as they arrive, then ends', async () => {
    const body = new UpstreamBody(fakeController() as unknown as Dispatcher.DispatchController);
    const reader = body[Symbol.asyncIterator]();
    const first = reader.next();
    body.push(Buffer.from('a'));
    expect((await first).value?.toString()).toBe('a');
    const last = reader.next();
    body.end();
    expect((await last).done).toBe(true);
  });

  it('collects a whole body into one buffer without pausing for it', async () => {
    const controller = fakeController();
    const body = new UpstreamBody(controller as unknown as Dispatcher.DispatchController);
    const whole = body.bytes();
    for (let i = 0; i < 8; i++) body.push(kib(16, String(i)));
    body.end();
    const bytes = await whole;
    expect(bytes.byteLength).toBe(128 * 1024);
    expect(bytes.subarray(127 * 1024).toString()[0]).toBe('7');
    expect(controller.calls).toEqual([]);
  });

  it('passes a failure mid-body to whoever reads', async () => {
    const body = new UpstreamBody(fakeController() as unknown as Dispatcher.DispatchController);
    const reader = body[Symbol.asyncIterator]();
    const pending = reader.next();
    body.fail(new Error('socket reset'));
    await expect(pending).rejects.toThrow('socket reset');
    await expect(body.bytes()).rejects.toThrow('socket reset');
  });

  it('discards a body before a retry: small ones are read to the end, large ones cut', async () => {
    const small = fakeController();
    const smallBody = new UpstreamBody(small as unknown as Dispatcher.DispatchController);
    const dumped = smallBody.dump();
    smallBody.push(kib(4));
    smallBody.end();
    await dumped;
    expect(small.aborted).toBeNull();

    const large = fakeController();
    const largeBody = new UpstreamBody(large as unknown as Dispatcher.DispatchController);
    void largeBody.dump();
    for (let i = 0; i < 10; i++) largeBody.push(kib(16));
    expect(large.aborted?.message).toBe('response discarded');
  });

  it('aborts the upstream call when the reader stops early', async () => {
    const controller = fakeController();
    const body = new UpstreamBody(controller as unknown as Dispatcher.DispatchController);
    body.push(Buffer.from('a'));
    for await (const chunk of body) {
      expect(chunk.toString()).toBe('a');
      break;
    }
    expect(controller.calls).toEqual(['abort']);
  });
});

describe('an upstream call over undici', () => {
  let server: http.Server;
  let origin: string;
  const agent = new Agent();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/slow') return setTimeout(() => res.end('late'), 2000);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        res.writeHead(201, { 'content-type': 'application/json', 'x-upstream': 'yes' });
        res.end(JSON.stringify({ method: req.method, url: req.url, auth: req.headers.authorization, body: Buffer.concat(chunks).toString() }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await agent.close();
  });

  it('sends method, path with query, headers and body, and returns status, headers and bytes', async () => {
    const response = await callUpstream(agent, { url: new URL(`${origin}/v1/chat?x=1`), method: 'POST', headers: { authorization: 'Bearer sk-up', 'content-type': 'application/json' }, body: Buffer.from('{"a":1}'), headersTimeout: 5000, bodyTimeout: 5000 });
    expect(response.statusCode).toBe(201);
    expect(response.headers['x-upstream']).toBe('yes');
    expect(JSON.parse((await response.body.bytes()).toString())).toEqual({ method: 'POST', url: '/v1/chat?x=1', auth: 'Bearer sk-up', body: '{"a":1}' });
  });

  it('rejects with undici\'s timeout code when the headers do not come in time', async () => {
    const failure = await callUpstream(agent, { url: new URL(`${origin}/slow`), method: 'GET', headers: {}, body: null, headersTimeout: 100, bodyTimeout: 5000 }).catch((error: { code?: string }) => error);
    expect(failure).toMatchObject({ code: 'UND_ERR_HEADERS_TIMEOUT' });
  });

  it('can be cut by the caller before the answer arrives (a client that went away)', async () => {
    let cut: ((reason: Error) => void) | undefined;
    const pending = callUpstream(agent, { url: new URL(`${origin}/slow`), method: 'GET', headers: {}, body: null, headersTimeout: 5000, bodyTimeout: 5000 }, (abort) => (cut = abort));
    while (!cut) await new Promise((resolve) => setTimeout(resolve, 5)); // the request is on its way
    cut(new Error('the client closed the connection'));
    await expect(pending).rejects.toThrow('the client closed the connection');
  });
});
