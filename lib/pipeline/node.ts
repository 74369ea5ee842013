import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { handleGatewayRequest } from './index';
import type { GatewayResponse } from './types';

type NodeRequest = IncomingMessage | Http2ServerRequest;
type NodeResponse = ServerResponse | Http2ServerResponse;

const PREFIX = '/api/gateway';

/** The whole request body from Node's stream events (cheaper than async iteration), bounded. */
function readAll(req: NodeRequest, limit: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        cleanup();
        req.resume();
        reject(new AppError('payload_too_large', `request body exceeds ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(size === 0 ? null : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onError);
  });
}

function waitForDrain(res: NodeResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

async function write(res: NodeResponse, response: GatewayResponse): Promise<void> {
  const { body } = response;
  if (body === null || body instanceof Uint8Array) {
    if (body) response.headers['content-length'] = String(body.byteLength);
    (res as ServerResponse).writeHead(response.status, response.headers);
    if (body) res.end(body);
    else res.end();
    return;
  }
  (res as ServerResponse).writeHead(response.status, response.headers);
  // A stream's headers go out at once so the client sees the status before the first event; a
  // complete body (it has a length) leaves with its headers in one write.
  if (!response.headers['content-length']) (res as ServerResponse).flushHeaders?.();
  for await (const chunk of body) {
    if (res.destroyed) break;
    if (!(res as ServerResponse).write(chunk)) await waitForDrain(res);
  }
  res.end();
}

/**
 * Whether the client is still there. An AbortSignal costs several microseconds to create and to
 * listen on, so one is made only if a stage asks for it (retries' back-off, the unified endpoint);
 * the upstream call registers a plain callback instead.
 */
class ClientPresence {
  private isGone = false;
  private controller?: AbortController;
  private listeners?: (() => void)[];

  gone(): void {
    this.isGone = true;
    this.controller?.abort();
    const listeners = this.listeners;
    this.listeners = undefined;
    if (listeners) for (const listener of listeners) listener();
  }

  signal(): AbortSignal {
    this.controller ??= new AbortController();
    if (this.isGone) this.controller.abort();
    return this.controller.signal;
  }

  onGone(listener: () => void): void {
    if (this.isGone) listener();
    else (this.listeners ??= []).push(listener);
  }
}

/**
 * The production server's fast path: `/api/gateway/*` on Node's own request objects (HTTP/1.1 and
 * HTTP/2), straight into the pipeline with no framework in between.
 */
export function createGatewayListener() {
  return (req: NodeRequest, res: NodeResponse): void => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q < 0 ? url : url.slice(0, q);
    const client = new ClientPresence();
    res.on('close', () => {
      if (!res.writableFinished) client.gone();
    });
    handleGatewayRequest({
      method: req.method ?? 'GET',
      path: pathname.slice(PREFIX.length) || '/',
      query: q < 0 ? '' : url.slice(q + 1),
      headers: req.headers as Record<string, string | string[] | undefined>,
      body: req.method === 'GET' || req.method === 'HEAD' ? null : (req as AsyncIterable<Uint8Array>),
      readAll: (limit) => readAll(req, limit),
      remoteAddress: req.socket?.remoteAddress,
      get signal() {
        return client.signal();
      },
      onClientGone: (listener) => client.onGone(listener),
    })
      .then((response) => write(res, response))
      .catch((error) => {
        log.error({ err: error }, 'gateway response failed');
        if (!res.headersSent) {
          (res as ServerResponse).writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'internal', message: 'internal gateway error' } }));
        } else res.destroy();
      });
  };
}
