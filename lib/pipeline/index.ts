import { performance } from 'node:perf_hooks';
import { authenticate } from './authenticate';
import { readBody } from './body';
import { AppError } from '@/lib/errors';
import { renderError, toAppError } from './errors';
import { forward } from './forward';
import { identify, selectProvider } from './identify';
import { identity } from './identity';
import { inspect } from './inspect';
import { limit } from './limit';
import { record } from './record';
import { respond } from './respond';
import { route } from './route';
import type { GatewayRequest, GatewayResponse, PipelineContext } from './types';

export type { GatewayRequest, GatewayResponse } from './types';

const now = () => performance.now();

/**
 * The gateway, one request at a time. Each step is a small module; any step may stop the request
 * with an AppError, which is answered in the caller's provider shape and recorded.
 */
export async function handleGatewayRequest(req: GatewayRequest): Promise<GatewayResponse> {
  const ctx = identify(req, now()); //                 1 request id, client, clock
  try {
    const rest = selectProvider(ctx); //                  provider adapter from the path
    await authenticate(ctx); //                          2 gateway key → key record (cached)
    await identity(ctx); //                                end user: headers or a verified identity token
    await route(ctx, rest); //                           3 upstream URL + credentials
    await readBody(ctx); //                                request view (model, stream, text parts)
    await limit(ctx); //                                 4 rate limits
    await inspect(ctx); //                               5 request guards and policies
    const upstream = await forward(ctx, now); //         6 upstream call (retries, breaker)
    const response = await respond(ctx, upstream, now, () => record(ctx, now())); // 7 stream back, 8 record at the end
    response.context = ctx;
    return response;
  } catch (error) {
    return fail(ctx, error);
  }
}

function fail(ctx: PipelineContext, error: unknown): GatewayResponse {
  const clientGone = ctx.req.signal.aborted;
  // A call cut because its client left is routine, not an unexpected error; nobody reads the answer.
  const appError = clientGone && !(error instanceof AppError) ? new AppError('upstream_error', 'the client closed the connection') : toAppError(error, ctx.requestId);
  if (clientGone) ctx.errorCode = 'client_closed';
  ctx.status = appError.status;
  ctx.errorCode ??= appError.code;
  ctx.errorMessage = appError.message;
  if (appError.code === 'policy_denied' || appError.code === 'budget_exceeded') ctx.decision ??= 'block';
  const rendered = renderError(ctx.adapter.errorShape, appError, ctx.requestId);
  record(ctx, now());
  return { status: rendered.status, headers: { ...rendered.headers, ...ctx.rateLimitHeaders }, body: rendered.body, context: ctx };
}
