/**
 * Writing responses, with the mid-response behaviours (chunk delays, in-stream errors, resets)
 * applied in one place so every provider module only builds bodies and event lists.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { constants as h2constants, type ServerHttp2Stream } from 'node:http2';
import type { Socket } from 'node:net';
import { sleep } from './behaviors';
import type { Behavior, Ctx, ErrorShape } from './types';

export const JSON_TYPE = 'application/json';
export const SSE_HEADERS: OutgoingHttpHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
};

function withExtra(headers: OutgoingHttpHeaders, b: Behavior | undefined): OutgoingHttpHeaders {
  if (b?.headers === undefined) return headers;
  return { ...headers, ...b.headers };
}

/**
 * Sends RST rather than FIN, which is what a crashed upstream or a dropped connection looks like.
 * Over HTTP/2 only the request's stream is reset (RST_STREAM), as a real upstream would do.
 */
export function resetConnection(res: ServerResponse): void {
  const stream = (res as unknown as { stream?: ServerHttp2Stream }).stream;
  if (stream) {
    if (!stream.destroyed) stream.close(h2constants.NGHTTP2_INTERNAL_ERROR);
    return;
  }
  const socket: Socket | null = res.socket;
  if (!socket || socket.destroyed) return;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

function writeAsync(res: ServerResponse, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    res.write(chunk, () => resolve());
  });
}

/** A complete body; under `resetMidStream` only its first half goes out before the reset. */
export function sendBody(ctx: Ctx, status: number, headers: OutgoingHttpHeaders, body: string | Buffer): void {
  const { res, behavior } = ctx;
  const h = withExtra(headers, behavior);
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  h['content-length'] = buf.length;
  if (behavior?.resetMidStream) {
    res.writeHead(status, h);
    res.write(buf.subarray(0, buf.length >> 1), () => resetConnection(res));
    return;
  }
  res.writeHead(status, h);
  res.end(buf);
}

export function sendJson(ctx: Ctx, status: number, body: string, headers?: OutgoingHttpHeaders): void {
  const h: OutgoingHttpHeaders = headers ? Object.assign({ 'content-type': JSON_TYPE }, headers) : { 'content-type': JSON_TYPE };
  if (ctx.behavior === undefined) {
    // Hot path (the benchmark's request): no behaviour, so no copy and no Buffer round trip.
    h['content-length'] = Buffer.byteLength(body);
    ctx.res.writeHead(status, h);
    ctx.res.end(body);
    return;
  }
  sendBody(ctx, status, h, body);
}

export function sendError(ctx: Ctx, shape: ErrorShape, status: number, message?: string, errorType?: string): void {
  const e = shape(status, message ?? ctx.behavior?.message, errorType ?? ctx.behavior?.errorType);
  const h = withExtra({ 'content-type': JSON_TYPE, ...e.headers }, ctx.behavior);
  h['content-length'] = Buffer.byteLength(e.body);
  ctx.res.writeHead(status, h);
  ctx.res.end(e.body);
}

/**
 * Streams pre-encoded events. `failure` renders the provider's in-stream error, sent instead of the
 * rest of the events under `failMidStream`.
 */
export async function sendStream(
  ctx: Ctx,
  headers: OutgoingHttpHeaders,
  events: Array<string | Uint8Array>,
  failure: () => string | Uint8Array,
): Promise<void> {
  const { res, behavior: b } = ctx;
  res.writeHead(200, withExtra(headers, b));
  const cutting = b?.failMidStream === true || b?.resetMidStream === true;
  const cut = cutting ? Math.min(Math.max(0, b?.afterEvents ?? 2), events.length) : -1;
  const delay = b?.chunkDelayMs ?? 0;
  if (cut === -1 && delay <= 0) {
    for (const e of events) res.write(e);
    res.end();
    return;
  }
  for (let i = 0; i <= events.length; i++) {
    if (res.destroyed || res.writableEnded) return;
    if (i === cut) {
      if (b?.resetMidStream) {
        if (i === 0) res.flushHeaders();
        await writeAsync(res, '');
        // Give the already-written bytes a moment to reach the client before the RST.
        await sleep(5);
        resetConnection(res);
      } else {
        res.end(failure());
      }
      return;
    }
    if (i === events.length) break;
    if (delay > 0 && i > 0) await sleep(delay);
    if (res.destroyed) return;
    res.write(events[i]);
  }
  res.end();
}
