import { requestIdFrom } from '@/lib/api/request-id';
import { AppError } from '@/lib/errors';
import { openAiAdapter } from '@/lib/providers/openai/adapter';
import { adapterFor } from '@/lib/providers/registry';
import type { GatewayRequest, PipelineContext } from './types';

/** Step 1: request id (the caller's X-Request-ID is kept), client address, the clock. Never throws. */
export function identify(req: GatewayRequest, start: number): PipelineContext {
  const header = req.headers['x-request-id'];
  const forwarded = req.headers['x-forwarded-for'];
  return {
    requestId: requestIdFrom(Array.isArray(header) ? header[0] : header),
    receivedAt: new Date(),
    clientIp: (typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : undefined) || req.remoteAddress,
    req,
    timings: { start },
    provider: 'openai',
    // Until the provider is known, errors use the OpenAI shape (what most clients understand).
    adapter: openAiAdapter,
    passthrough: false,
    identity: {},
    tenantOrigin: false,
    clientPath: '/',
    bodyBytes: null,
    bodyEdited: false,
    transforms: [],
    estimatedTokens: 0,
    rateLimitHeaders: {},
    stream: false,
    requestBytes: 0,
    responseBytes: 0,
    attempts: 0,
    guardStats: { entitiesDetected: 0, maskingMs: 0, rehydrationMs: 0 },
  };
}

/** Segments that could climb out of the provider's path, or smuggle one past a proxy. */
const UNSAFE_PATH = /(^|\/)\.{1,2}(\/|$)|%2e|%2f|%5c|\\|%00|\/\//i;

/** Picks the provider adapter from the first path segment and keeps the rest for routing. */
export function selectProvider(ctx: PipelineContext): string {
  const { path } = ctx.req;
  if (UNSAFE_PATH.test(path)) throw new AppError('validation', 'path: dot segments, encoded slashes and empty segments are not allowed', { field: 'path' });
  const match = /^\/([a-z0-9-]+)(\/.*)?$/.exec(path);
  const found = match ? adapterFor(match[1]) : undefined;
  if (!found) throw new AppError('not_found', `unknown provider "${match?.[1] ?? path.split('/')[1] ?? ''}": see GET /api/gateway/models for what this gateway serves`);
  ctx.provider = found.id;
  ctx.adapter = found.adapter;
  return match?.[2] ?? '/';
}
