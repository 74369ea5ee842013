/**
 * The mock upstream server: one node:http listener for every provider, request recording, the
 * behaviour queue, and the /__mock admin API that lets a separately started mock be driven.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BehaviorQueue, parseBehavior, sleep } from './behaviors';
import { openaiError } from './openai';
import { createDualListener } from './listener';
import { resetConnection, sendError } from './respond';
import { route, type RouteMatch } from './routes';
import type { Behavior, Ctx, MockState, MockUpstream, MockUpstreamOptions, RecordedRequest } from './types';

const EMPTY = Buffer.alloc(0);
const ignore = (): void => {};

function recordOf(req: IncomingMessage, path: string, rawQuery: string, body: string, provider: RecordedRequest['provider']): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return {
    method: req.method ?? 'GET',
    path,
    query: Object.fromEntries(new URLSearchParams(rawQuery)),
    headers,
    body,
    provider,
    time: Date.now(),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startMockUpstream(options: MockUpstreamOptions = {}): Promise<MockUpstream> {
  const record = options.record !== false;
  const requests: RecordedRequest[] = [];
  const behaviors = new BehaviorQueue();
  const state: MockState = { options, tokens: new Map(), minted: 0 };
  let total = 0;

  // Issued access tokens stay valid across reset: the gateway caches its token between tests.
  const reset = (): void => {
    requests.length = 0;
    behaviors.clear();
    state.minted = 0;
    total = 0;
  };

  const admin = (req: IncomingMessage, res: ServerResponse, path: string, body: string): void => {
    const op = req.method + ' ' + path;
    if (op === 'POST /__mock/behavior') {
      try {
        behaviors.set(parseBehavior(body.trim() === '' ? null : JSON.parse(body)));
        return json(res, 200, { ok: true });
      } catch (e) {
        return json(res, 400, { error: (e as Error).message });
      }
    }
    if (op === 'GET /__mock/requests') return json(res, 200, requests);
    if (op === 'POST /__mock/reset') {
      reset();
      return json(res, 200, { ok: true });
    }
    if (op === 'GET /__mock/stats') {
      const cpu = process.cpuUsage();
      return json(res, 200, {
        requests: total,
        recorded: requests.length,
        tokensMinted: state.minted,
        behaviorActive: behaviors.active,
        cpuMicros: cpu.user + cpu.system,
      });
    }
    if (op === 'GET /__mock/health') return json(res, 200, { ok: true });
    json(res, 404, { error: `unknown admin route ${op}` });
  };

  const delayed = async (ctx: Ctx, match: RouteMatch | undefined): Promise<void> => {
    const b = ctx.behavior as Behavior;
    if (b.delayMs) await sleep(b.delayMs);
    if (ctx.res.destroyed) return;
    if (b.status) return sendError(ctx, match?.shape ?? openaiError, b.status);
    if (!match) return notFound(ctx);
    await match.handler(ctx);
  };

  const notFound = (ctx: Ctx): void =>
    sendError(ctx, openaiError, 404, `Invalid URL (${ctx.method} ${ctx.path})`, 'invalid_request_error');

  // Synchronous up to the handler: the common request costs no promise beyond what the handler makes.
  const dispatch = (req: IncomingMessage, res: ServerResponse, raw: Buffer): void | Promise<void> => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const rawQuery = q < 0 ? '' : url.slice(q + 1);
    const method = req.method ?? 'GET';
    const body = raw.length === 0 ? '' : raw.toString('utf8');
    if (path.startsWith('/__mock/')) return admin(req, res, path, body);

    const match = route(method, path, rawQuery, req.headers);
    const provider = match?.provider ?? 'unknown';
    total++;
    if (record) requests.push(recordOf(req, path, rawQuery, body, provider));
    const behavior = behaviors.active ? behaviors.take(provider, path) : undefined;
    const ctx: Ctx = { req, res, method, path, rawQuery, body, raw, behavior, state, params: match?.params ?? [] };
    if (behavior) {
      if (behavior.reset) return resetConnection(res);
      if (behavior.hang) return;
      return delayed(ctx, match);
    }
    if (!match) return notFound(ctx);
    return match.handler(ctx);
  };

  const fail = (res: ServerResponse, e: unknown): void => {
    if (res.headersSent) return resetConnection(res);
    json(res, 500, { error: { message: `mock upstream failure: ${(e as Error).message}`, type: 'server_error' } });
  };

  const listener = createDualListener((req, res) => {
    // Clients that abort (timeouts, resets under test) must never take the mock down with them.
    req.on('error', ignore);
    res.on('error', ignore);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = chunks.length === 0 ? EMPTY : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      try {
        const done = dispatch(req, res, raw);
        if (done) done.catch((e: unknown) => fail(res, e));
      } catch (e) {
        fail(res, e);
      }
    });
  });
  const server = listener.server;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    requests,
    reset,
    setBehavior: (b) => behaviors.set(b),
    tokensMinted: () => state.minted,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Hung and keep-alive connections would otherwise hold close() open.
        listener.closeAll();
      }),
  };
}
