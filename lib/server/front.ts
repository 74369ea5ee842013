import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import http2, { type Http2ServerRequest, type Http2ServerResponse, type Http2Session } from 'node:http2';
import net from 'node:net';

export type Listener = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => void;

const HTTP2_PREFACE = Buffer.from('PRI * HTTP/2.0');

export interface FrontServer {
  /** The listening socket server. */
  front: net.Server;
  /** Stop accepting; close idle connections now and busy ones as their last response ends. */
  drain(): void;
  /** In-flight requests right now. */
  active(): number;
  /** Destroy every connection (end of the grace period, tests). */
  destroyAll(): void;
}

/**
 * One port for HTTP/1.1 and cleartext HTTP/2 (prior knowledge): the AWS SDK for Bedrock speaks
 * HTTP/2 even to an `http://` endpoint. The first bytes of each connection are compared with the
 * HTTP/2 preface and the socket is handed to the matching server. Connections are tracked here
 * (the inner servers never listen themselves) so shutdown can drain them.
 */
export function createFrontServer(listener: Listener): FrontServer {
  const busy = new Map<net.Socket, number>();
  const sessions = new Set<Http2Session>();
  let draining = false;
  let inFlight = 0;

  const tracked: Listener = (req, res) => {
    const socket = (req as IncomingMessage).socket ?? (req as Http2ServerRequest).stream?.session?.socket;
    inFlight++;
    if (socket instanceof net.Socket) busy.set(socket, (busy.get(socket) ?? 0) + 1);
    if (draining && 'setHeader' in res && req.httpVersionMajor === 1) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight--;
      if (!(socket instanceof net.Socket)) return;
      const left = (busy.get(socket) ?? 1) - 1;
      busy.set(socket, left);
      if (draining && left === 0 && req.httpVersionMajor === 1) socket.end();
    });
    listener(req, res);
  };

  const h1 = http.createServer(tracked);
  h1.keepAliveTimeout = 65_000;
  h1.headersTimeout = 66_000;
  const h2 = http2.createServer({}, tracked);
  h2.on('session', (session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
  });

  const front = net.createServer((socket) => {
    // Sockets handed over by 'connection' skip the inner servers' accept-time options: without
    // this, Nagle's algorithm meets delayed ACKs and small responses wait ~40 ms.
    socket.setNoDelay(true);
    busy.set(socket, 0);
    socket.once('close', () => busy.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      const n = Math.min(first.length, HTTP2_PREFACE.length);
      const isHttp2 = first.subarray(0, n).equals(HTTP2_PREFACE.subarray(0, n));
      (isHttp2 ? h2 : h1).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });

  return {
    front,
    active: () => inFlight,
    drain() {
      draining = true;
      front.close();
      for (const session of sessions) session.close();
      for (const [socket, count] of busy) if (count === 0 && !isHttp2Socket(socket, sessions)) socket.end();
    },
    destroyAll() {
      for (const session of sessions) session.destroy();
      for (const socket of busy.keys()) socket.destroy();
    },
  };
}

function isHttp2Socket(socket: net.Socket, sessions: Set<Http2Session>): boolean {
  for (const session of sessions) if (session.socket === socket) return true;
  return false;
}
