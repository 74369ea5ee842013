import { setTimeout as sleep } from 'node:timers/promises';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import type { HeaderMap } from '@/lib/providers/types';
import { outgoingBody } from './body';
import { whenClientGone, type PipelineContext } from './types';
import { upstreamAgents } from './upstream/agents';
import { callUpstream, type UpstreamResponse } from './upstream/call';
import { circuitBreakers } from './upstream/circuit';

/** Headers that describe one hop, or belong to the gateway, and never travel upstream. */
const NOT_FORWARDED = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'content-length',
  // Identity encoding upstream, so the meter reads plain bytes and the client gets them as sent.
  'accept-encoding',
  'cookie',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'http2-settings',
]);

export function upstreamHeaders(ctx: PipelineContext, bodyLength: number): Record<string, string> {
  const out: Record<string, string> = {};
  const keyHeaders = new Set<string>();
  if (!ctx.passthrough) for (const location of ctx.adapter.keyLocations) if ('header' in location) keyHeaders.add(location.header);
  const source: HeaderMap = ctx.req.headers;
  for (const name in source) {
    const value = source[name];
    if (value === undefined || name.charCodeAt(0) === 58 /* ':' HTTP/2 pseudo-header */) continue;
    if (NOT_FORWARDED.has(name) || keyHeaders.has(name) || name.startsWith('x-gateway-')) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  out['x-request-id'] = ctx.requestId;
  if (bodyLength > 0) out['content-length'] = String(bodyLength);
  return out;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504, 529]);
const CONNECT_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** Why an upstream call was cut: the client closed its connection. */
class ClientGoneError extends Error {
  code = 'client_closed';
  constructor() {
    super('the client closed the connection');
  }
}

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code ?? e?.cause?.code;
}

/** Delay before the next attempt: jittered exponential backoff, or the upstream's Retry-After if sooner than 10 s. */
function backoffMs(attempt: number, retryAfter?: string | string[]): number | null {
  const base = Math.min(4000, 200 * 2 ** attempt) * (0.5 + Math.random() * 0.5);
  const header = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter;
  if (!header) return base;
  const seconds = Number(header);
  if (!Number.isFinite(seconds)) return base;
  if (seconds > 10) return null;
  return Math.max(base, seconds * 1000);
}

/**
 * Step 6: the upstream call over a keep-alive pool, with connect / first-byte / idle timeouts,
 * retries with jittered backoff on connection errors, 429 and 5xx (only here, before any byte has
 * reached the client), and a circuit breaker per upstream host.
 */
export async function forward(ctx: PipelineContext, now: () => number): Promise<UpstreamResponse> {
  const config = env();
  const body = outgoingBody(ctx);
  const headers = upstreamHeaders(ctx, body?.byteLength ?? 0);
  const url = ctx.upstreamUrl!;
  await ctx.adapter.authorize({ route: ctx.route!, method: ctx.req.method, url, headers, body, credential: ctx.credential! });
  const host = url.host;
  const breakers = circuitBreakers();
  const agents = upstreamAgents();
  const dispatcher = ctx.tenantOrigin ? agents.guarded : agents.trusted;
  const maxAttempts = 1 + config.GATEWAY_MAX_RETRIES;

  for (let attempt = 0; ; attempt++) {
    const wait = breakers.acquire(host);
    if (wait > 0) {
      throw new AppError('circuit_open', `upstream ${host} is failing; calls are paused for ${Math.ceil(wait / 1000)} s`, {}, { 'retry-after': String(Math.ceil(wait / 1000)) });
    }
    ctx.attempts = attempt + 1;
    ctx.timings.upstreamStart ??= now();
    let response: UpstreamResponse;
    try {
      response = await callUpstream(
        dispatcher,
        { url, method: ctx.req.method, headers, body, headersTimeout: config.GATEWAY_FIRST_BYTE_TIMEOUT_MS, bodyTimeout: config.GATEWAY_IDLE_TIMEOUT_MS },
        (abort) => whenClientGone(ctx.req, () => abort(new ClientGoneError())),
      );
    } catch (error) {
      if (ctx.req.signal.aborted) throw error;
      const code = errorCode(error);
      if (code === 'EPRIVATEUPSTREAM') throw new AppError('forbidden', (error as Error).message);
      breakers.failure(host);
      if (code === 'UND_ERR_HEADERS_TIMEOUT') throw new AppError('provider_timeout', `upstream ${host} did not answer within ${config.GATEWAY_FIRST_BYTE_TIMEOUT_MS} ms`);
      if (attempt + 1 < maxAttempts && code && CONNECT_ERRORS.has(code)) {
        await sleep(backoffMs(attempt)!, undefined, { signal: ctx.req.signal });
        continue;
      }
      throw new AppError('provider_unavailable', `could not reach upstream ${host}${code ? ` (${code})` : ''}`);
    }
    const status = response.statusCode;
    if (status >= 500) breakers.failure(host);
    else breakers.success(host);
    if (RETRYABLE_STATUS.has(status) && attempt + 1 < maxAttempts) {
      const delay = backoffMs(attempt, response.headers['retry-after']);
      if (delay !== null) {
        await response.body.dump();
        await sleep(delay, undefined, { signal: ctx.req.signal });
        continue;
      }
    }
    ctx.timings.upstreamHeaders = now();
    return response;
  }
}
