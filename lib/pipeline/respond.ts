import { AppError } from '@/lib/errors';
import { metrics } from '@/lib/metrics';
import type { StreamReadResult, StreamUsageReader } from '@/lib/providers/types';
import { responseGuard } from './response-guard';
import type { GatewayResponse, PipelineContext } from './types';
import type { UpstreamResponse } from './upstream/call';

const NOT_RETURNED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade', 'trailer', 'x-request-id', 'set-cookie']);
const STREAM_TYPES = /text\/event-stream|application\/vnd\.amazon\.eventstream/i;

function responseHeaders(ctx: PipelineContext, upstream: UpstreamResponse, edited: boolean): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name in upstream.headers) {
    const value = upstream.headers[name];
    if (value === undefined || NOT_RETURNED.has(name)) continue;
    if (edited && name === 'content-length') continue;
    out[name] = value;
  }
  const upstreamId = upstream.headers['x-request-id'];
  if (upstreamId) out['x-upstream-request-id'] = upstreamId;
  out['x-request-id'] = ctx.requestId;
  Object.assign(out, ctx.rateLimitHeaders);
  return out;
}

function applyTransforms(ctx: PipelineContext, chunk: Uint8Array): Uint8Array {
  let out = chunk;
  for (const transform of ctx.transforms) out = transform.push(out);
  return out;
}

function endTransforms(ctx: PipelineContext): Uint8Array {
  let tail: Uint8Array = new Uint8Array(0);
  for (const transform of ctx.transforms) {
    const pushed = tail.length ? transform.push(tail) : tail;
    const ended = transform.end();
    tail = pushed.length && ended.length ? Buffer.concat([pushed, ended]) : pushed.length ? pushed : ended;
  }
  return tail;
}

/** Collects a complete (non-streamed) JSON body beside the client's copy, to read usage at the end. */
function jsonReader(ctx: PipelineContext, upstream: UpstreamResponse): StreamUsageReader {
  const chunks: Uint8Array[] = [];
  return {
    push: (chunk) => void chunks.push(chunk),
    finish(): StreamReadResult {
      try {
        const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        const json = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
        return ctx.route!.format!.usageFromResponse(json, upstream.headers, ctx.route!);
      } catch {
        return {};
      }
    },
  };
}

function midStreamCode(error: unknown): 'provider_timeout' | 'upstream_error' {
  const code = (error as { code?: string })?.code;
  return code === 'UND_ERR_BODY_TIMEOUT' ? 'provider_timeout' : 'upstream_error';
}

/**
 * Step 7: the upstream's status, headers and bytes go back as they arrive. Readers look at each
 * chunk in passing (usage, finish reason) without holding it; transforms run only when a stage
 * asked for one. An upstream failure mid-stream ends the stream with the provider's own error event.
 */
/** Complete (non-streamed) bodies up to this size are read in one go: the meter parses them anyway. */
const COMPLETE_BODY_LIMIT = 1024 * 1024;

/**
 * A non-streamed body of known, modest length: read it whole (one buffer, no per-chunk async
 * hops), read usage, and send it with its headers in one write. A client cannot use half a JSON
 * document, so this adds no latency that matters; a failure while reading becomes a clean error
 * response instead of a truncated body.
 */
async function respondComplete(ctx: PipelineContext, upstream: UpstreamResponse, now: () => number, onDone: () => void): Promise<GatewayResponse> {
  let bytes: Uint8Array;
  try {
    bytes = await upstream.body.bytes();
  } catch (error) {
    ctx.timings.upstreamEnd = now();
    if (ctx.req.signal.aborted) throw error;
    throw new AppError(midStreamCode(error), 'the upstream connection failed mid-response');
  }
  ctx.timings.upstreamEnd = ctx.timings.firstByte = now();
  ctx.responseBytes = bytes.byteLength;
  const format = ctx.route!.format;
  if (upstream.statusCode < 300 && format) {
    const reader = jsonReader(ctx, upstream);
    reader.push(bytes);
    ctx.result = reader.finish();
  } else ctx.result = {};
  onDone();
  return { status: upstream.statusCode, headers: responseHeaders(ctx, upstream, false), body: bytes };
}

export function respond(ctx: PipelineContext, upstream: UpstreamResponse, now: () => number, onDone: () => void): GatewayResponse | Promise<GatewayResponse> {
  ctx.status = upstream.statusCode;
  const contentType = String(upstream.headers['content-type'] ?? '');
  const ok = upstream.statusCode < 300;
  const format = ctx.route!.format;
  const streamed = STREAM_TYPES.test(contentType) || (ctx.stream && ok);
  ctx.stream = streamed;
  // Response guards (lib/pipeline/response-guard.ts) join the transforms only when one applies.
  const guard = ok && format ? responseGuard(ctx, format, contentType, streamed) : null;
  if (guard) ctx.transforms.push(guard);
  const edited = ok && ctx.transforms.length > 0;
  if (!ok) ctx.errorCode = upstream.statusCode === 429 ? 'rate_limited' : 'upstream_error';
  const length = Number(upstream.headers['content-length']);
  if (!streamed && !edited && length >= 0 && length <= COMPLETE_BODY_LIMIT) return respondComplete(ctx, upstream, now, onDone);
  const reader = ok && format ? (streamed ? format.createStreamReader(ctx.route!, contentType) : jsonReader(ctx, upstream)) : null;

  async function* relay(): AsyncGenerator<Uint8Array> {
    let completed = false;
    metrics.streamOpened(streamed); // gateway_active_streams (lib/metrics)
    try {
      for await (const chunk of upstream.body) {
        ctx.timings.firstByte ??= now();
        ctx.responseBytes += chunk.byteLength;
        reader?.push(chunk);
        const out = edited ? applyTransforms(ctx, chunk) : chunk;
        if (out.byteLength > 0) yield out;
      }
      ctx.timings.upstreamEnd = now();
      if (edited) {
        const tail = endTransforms(ctx);
        if (tail.byteLength > 0) yield tail;
      }
      completed = true;
    } catch (error) {
      ctx.timings.upstreamEnd = now();
      if (ctx.req.signal.aborted) {
        ctx.errorCode = 'client_closed';
        return;
      }
      const code = midStreamCode(error);
      ctx.errorCode = code;
      const appError = new AppError(code, code === 'provider_timeout' ? 'the upstream stopped sending mid-response' : 'the upstream connection failed mid-response');
      if (streamed && format) yield format.streamErrorEvent({ code, message: appError.message, requestId: ctx.requestId, status: appError.status });
      completed = true;
    } finally {
      metrics.streamClosed(streamed);
      if (!completed && !ctx.errorCode) ctx.errorCode = 'client_closed';
      ctx.result = reader?.finish() ?? {};
      if (ctx.result.error && !ctx.errorCode) ctx.errorCode = 'upstream_error';
      onDone();
    }
  }

  return { status: upstream.statusCode, headers: responseHeaders(ctx, upstream, edited), body: relay() };
}
