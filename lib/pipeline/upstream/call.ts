import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';

/**
 * One upstream HTTP call on undici's dispatch interface: the response arrives through callbacks
 * and its body is either collected whole (`bytes()`, one buffer, no per-chunk promises) or read
 * as an async iterable that pauses the socket while the client is slower than the upstream.
 *
 * `undici.request()` would wrap every response in a Readable stream and an abort-signal listener;
 * on the gateway's hot path that machinery cost more CPU than the rest of the forwarding put
 * together, so the body is handled here with a plain queue.
 */
export interface UpstreamCall {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | null;
  /** Milliseconds to wait for the response headers. */
  headersTimeout: number;
  /** Milliseconds allowed between two body chunks. */
  bodyTimeout: number;
}

export interface UpstreamResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: UpstreamBody;
}

/** Buffered but unread bytes above which the upstream socket is paused (backpressure). */
const HIGH_WATER_MARK = 64 * 1024;
/** A body being discarded (before a retry) is read up to this much to keep the connection, then cut. */
const DUMP_LIMIT = 128 * 1024;

type Waiter = { resolve: (result: IteratorResult<Buffer>) => void; reject: (error: Error) => void };

export class UpstreamBody implements AsyncIterable<Buffer> {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  private error: Error | null = null;
  private paused = false;
  private waiter: Waiter | null = null;
  private whole: { resolve: (bytes: Buffer) => void; reject: (error: Error) => void } | null = null;
  private dumping = false;

  constructor(private readonly controller: Dispatcher.DispatchController) {}

  /** @internal dispatch handler side */
  push(chunk: Buffer): void {
    if (this.dumping) {
      this.buffered += chunk.byteLength;
      if (this.buffered > DUMP_LIMIT) this.controller.abort(new Error('response discarded'));
      return;
    }
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = null;
      waiter.resolve({ value: chunk, done: false });
      return;
    }
    this.chunks.push(chunk);
    this.buffered += chunk.byteLength;
    if (!this.whole && !this.paused && this.buffered > HIGH_WATER_MARK) {
      this.paused = true;
      this.controller.pause();
    }
  }

  /** @internal */
  end(): void {
    this.ended = true;
    if (this.whole) this.whole.resolve(this.concat());
    if (this.waiter) this.waiter.resolve({ value: undefined, done: true });
    this.whole = this.waiter = null;
  }

  /** @internal */
  fail(error: Error): void {
    if (this.ended) return;
    this.error = error;
    this.ended = true;
    if (this.whole) this.whole.reject(error);
    if (this.waiter) this.waiter.reject(error);
    this.whole = this.waiter = null;
  }

  private concat(): Buffer {
    const { chunks } = this;
    this.chunks = [];
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  }

  /** The whole body in one buffer. */
  bytes(): Promise<Buffer> {
    if (this.error) return Promise.reject(this.error);
    if (this.ended) return Promise.resolve(this.concat());
    if (this.paused) {
      this.paused = false;
      this.controller.resume();
    }
    return new Promise((resolve, reject) => {
      this.whole = { resolve, reject };
    });
  }

  /** Read and discard the body (so the connection can be reused), or cut it if it is large. */
  async dump(): Promise<void> {
    this.dumping = true;
    this.buffered = 0;
    this.chunks = [];
    if (this.paused) {
      this.paused = false;
      this.controller.resume();
    }
    if (this.ended) return;
    await new Promise<void>((resolve) => {
      this.whole = { resolve: () => resolve(), reject: () => resolve() };
    });
  }

  /** Stop reading: the upstream request is aborted (the client went away, or a stage gave up). */
  cancel(reason = new Error('upstream response cancelled')): void {
    if (this.ended) return;
    this.controller.abort(reason);
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    return {
      next: () => {
        if (this.chunks.length > 0) {
          const value = this.chunks.shift()!;
          this.buffered -= value.byteLength;
          if (this.paused && this.buffered <= HIGH_WATER_MARK / 2) {
            this.paused = false;
            this.controller.resume();
          }
          return Promise.resolve({ value, done: false });
        }
        if (this.error) return Promise.reject(this.error);
        if (this.ended) return Promise.resolve({ value: undefined, done: true });
        if (this.paused) {
          this.paused = false;
          this.controller.resume();
        }
        return new Promise<IteratorResult<Buffer>>((resolve, reject) => {
          this.waiter = { resolve, reject };
        });
      },
      return: () => {
        this.cancel();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}

/**
 * Sends the request; resolves with status and headers as soon as they arrive (the body follows
 * through `UpstreamBody`). `onAbortable` receives the function that cuts the call, so a client
 * that goes away can cancel it without an AbortSignal per request.
 */
export function callUpstream(dispatcher: Dispatcher, call: UpstreamCall, onAbortable?: (abort: (reason: Error) => void) => void): Promise<UpstreamResponse> {
  return new Promise((resolve, reject) => {
    let body: UpstreamBody | null = null;
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(controller) {
        onAbortable?.((reason) => controller.abort(reason));
      },
      onResponseStart(controller, statusCode, headers) {
        body = new UpstreamBody(controller);
        resolve({ statusCode, headers, body });
      },
      onResponseData(_controller, chunk) {
        body!.push(chunk);
      },
      onResponseEnd() {
        body!.end();
      },
      onResponseError(_controller, error) {
        if (body) body.fail(error);
        else reject(error);
      },
    };
    try {
      dispatcher.dispatch(
        {
          origin: call.url.origin,
          path: call.url.pathname + call.url.search,
          method: call.method as Dispatcher.HttpMethod,
          headers: call.headers,
          body: call.body,
          headersTimeout: call.headersTimeout,
          bodyTimeout: call.bodyTimeout,
        },
        handler,
      );
    } catch (error) {
      reject(error);
    }
  });
}
