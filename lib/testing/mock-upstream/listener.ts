/**
 * One port for HTTP/1.1 and cleartext HTTP/2. The AWS SDK speaks HTTP/2 with prior knowledge by
 * default, also to plain http:// endpoints, so an unmodified Bedrock client (e.g. the "direct call"
 * side of a benchmark) can talk to the mock; everything else keeps using HTTP/1.1 keep-alive.
 * The first bytes of each connection decide: the HTTP/2 preface starts with `PRI * HTTP/2.0`.
 */
import { createServer as createHttp1, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttp2, type Http2Session } from 'node:http2';
import { createServer as createNet, type Socket } from 'node:net';

const PREFACE = Buffer.from('PRI * HTTP/2.0');

export interface DualListener {
  server: ReturnType<typeof createNet>;
  http1: Server;
  closeAll(): void;
}

export function createDualListener(onRequest: (req: IncomingMessage, res: ServerResponse) => void): DualListener {
  const http1 = createHttp1({ keepAlive: true }, onRequest);
  // Long keep-alive so benchmark and test clients reuse connections instead of racing closes.
  http1.keepAliveTimeout = 65_000;
  http1.headersTimeout = 66_000;
  http1.requestTimeout = 0;
  // The compatibility API gives HTTP/2 requests the same surface the handlers use.
  const http2 = createHttp2({}, onRequest as unknown as Parameters<typeof createHttp2>[1]);
  const sockets = new Set<Socket>();
  const sessions = new Set<Http2Session>();
  http2.on('session', (s: Http2Session) => {
    sessions.add(s);
    s.once('close', () => sessions.delete(s));
  });

  const server = createNet((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      const h2 = first.length >= PREFACE.length ? first.subarray(0, PREFACE.length).equals(PREFACE) : false;
      (h2 ? http2 : http1).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => {});
  });

  return {
    server,
    http1,
    closeAll() {
      for (const s of sessions) s.destroy();
      for (const s of sockets) s.destroy();
    },
  };
}
