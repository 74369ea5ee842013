import { auditLater } from '@/lib/audit/writer';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log';
import { requestLog } from '@/lib/log/request';
import { metrics } from '@/lib/metrics';
import type { Usage } from '@/lib/providers/types';
import type { PipelineContext } from './types';

/**
 * What operators see of one finished request: its metrics, one JSON log line (ids, status,
 * timings: never a prompt, a key or a credential) and, for a refusal by the gateway's own rules,
 * an audit event queued off the request path. Called once per request by the record stage.
 */
export interface RequestTimes {
  latencyMs: number;
  upstreamMs?: number;
  overheadMs: number;
  /** Client-facing time to first byte. */
  ttfbMs?: number;
}

/** Refusals that belong in the audit trail (rate limits are routine and only counted). */
const AUDITED_DENIALS = new Set(['policy_denied', 'budget_exceeded', 'forbidden', 'approval_required', 'guard_unavailable']);

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The W3C trace id of the caller's `traceparent` (forwarded upstream unchanged), for log correlation. */
export function traceIdOf(ctx: PipelineContext): string | undefined {
  const header = ctx.req.headers.traceparent;
  const value = Array.isArray(header) ? header[0] : header;
  if (!value || value.length !== 55) return undefined;
  return TRACEPARENT.exec(value)?.[1];
}

/** The upstream's failure as a bounded label: its HTTP status, or how the call failed. */
function upstreamError(ctx: PipelineContext, status: number): string | undefined {
  const code = ctx.errorCode;
  if (ctx.timings.upstreamHeaders !== undefined) {
    if (status >= 400) return String(status);
    if (code === 'upstream_error') return 'mid_stream';
    if (code === 'provider_timeout') return 'timeout';
    return undefined;
  }
  if (code === 'provider_unavailable') return 'unreachable';
  if (code === 'provider_timeout') return 'timeout';
  return undefined;
}

export function observeRequest(ctx: PipelineContext, times: RequestTimes, usage: Usage | undefined, costUsd: number | null): void {
  try {
    observe(ctx, times, usage, costUsd);
  } catch (error) {
    // Observability must never cost the request its usage row.
    log.error({ err: error, request_id: ctx.requestId }, 'could not observe request');
  }
}

function observe(ctx: PipelineContext, times: RequestTimes, usage: Usage | undefined, costUsd: number | null): void {
  const status = ctx.status ?? 500;
  // Until the path named a known provider, ctx.provider is only the default error shape.
  const provider = ctx.req.path.startsWith(ctx.provider, 1) ? ctx.provider : 'unknown';
  const t = ctx.timings;
  const upstreamTtfb = t.upstreamHeaders !== undefined && t.upstreamStart !== undefined ? t.upstreamHeaders - t.upstreamStart : undefined;
  metrics.requestFinished({
    provider,
    model: ctx.model ?? usage?.model,
    status,
    durationMs: times.latencyMs,
    overheadMs: times.overheadMs,
    ttfbMs: upstreamTtfb,
    upstreamError: upstreamError(ctx, status),
    tokensIn: usage?.inputTokens ?? 0,
    tokensOut: usage?.outputTokens ?? 0,
    tokensCached: usage?.cachedTokens ?? 0,
    tokensCacheWrite: usage?.cacheWriteTokens ?? 0,
    costUsd,
  });

  const key = ctx.key;
  if (env().GATEWAY_REQUEST_LOG) {
    requestLog.write({
      request_id: ctx.requestId,
      trace_id: traceIdOf(ctx),
      org: ctx.orgId,
      key_id: key?.id,
      // Masked with ASCII dots: a line without non-ASCII characters is cheaper to write.
      key: key ? `${key.prefix}...${key.lastFour}` : undefined,
      ip: ctx.clientIp,
      method: ctx.req.method,
      provider,
      path: ctx.clientPath,
      model: ctx.model,
      status,
      error: ctx.errorCode,
      decision: ctx.decision,
      stream: ctx.stream,
      attempts: ctx.attempts,
      ms: times.latencyMs,
      upstream_ms: times.upstreamMs,
      overhead_ms: times.overheadMs,
      ttfb_ms: times.ttfbMs,
      tokens_in: usage?.inputTokens,
      tokens_out: usage?.outputTokens,
    });
  }

  if (ctx.orgId && key && ctx.errorCode && (AUDITED_DENIALS.has(ctx.errorCode) || ctx.decision === 'block')) {
    auditLater({
      orgId: ctx.orgId,
      actor: { type: 'gateway_key', id: key.id, ip: ctx.clientIp ?? null, userAgent: headerText(ctx, 'user-agent') },
      action: 'gateway.denied',
      target: { type: 'request', id: ctx.requestId },
      details: { code: ctx.errorCode, status, provider, model: ctx.model ?? null, decision: ctx.decision ?? null, path: ctx.clientPath },
    });
  }
}

function headerText(ctx: PipelineContext, name: string): string | null {
  const value = ctx.req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
