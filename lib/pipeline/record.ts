import type { NewRequestRow } from '@/db/schema';
import { uuidv7 } from '@/lib/ids';
import { log } from '@/lib/log';
import { computeCost } from '@/lib/usage/cost';
import { usageWriter } from '@/lib/usage/recorder';
import { recordGuards } from './guard-record';
import { observeRequest } from './observe';
import type { PipelineContext } from './types';

const round = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms * 1000) / 1000);

/**
 * Step 8: one `requests` row per call (tokens, cost, timings, ids — never prompts), queued and
 * written in batches off the request path. Unauthenticated calls have no tenant and are not recorded.
 */
export function record(ctx: PipelineContext, now: number): void {
  try {
    ctx.timings.end = now;
    const usage = ctx.result?.usage;
    if (ctx.settle) ctx.settle(usage ? usage.inputTokens + usage.outputTokens : ctx.estimatedTokens);
    const t = ctx.timings;
    const latency = now - t.start;
    const upstream = t.upstreamStart !== undefined ? (t.upstreamEnd ?? now) - t.upstreamStart : undefined;
    const authenticated = ctx.orgId !== undefined && ctx.key !== undefined;
    // Price by the model the upstream says it used, falling back to the one requested.
    let cost = authenticated ? computeCost(ctx.provider, usage?.model ?? ctx.model, usage) : { costUsd: null, priceUnknown: false };
    if (cost.priceUnknown && usage?.model && ctx.model) cost = computeCost(ctx.provider, ctx.model, usage);
    const overhead = upstream === undefined ? latency : Math.max(0, latency - upstream);
    const ttfb = t.firstByte === undefined ? undefined : t.firstByte - t.start;
    // Operations (lib/pipeline/observe.ts): metrics, the request log line, denial audit events.
    // Guards: violations, budget settlement, the request's decision (lib/pipeline/guard-record.ts).
    recordGuards(ctx, cost.costUsd);
    observeRequest(ctx, { latencyMs: round(latency)!, upstreamMs: round(upstream) ?? undefined, overheadMs: round(overhead)!, ttfbMs: round(ttfb) ?? undefined }, usage, cost.costUsd);
    if (!ctx.orgId || !ctx.key) return;
    const row: NewRequestRow = {
      id: uuidv7(),
      orgId: ctx.orgId,
      apiKeyId: ctx.key.id,
      requestId: ctx.requestId,
      provider: ctx.provider,
      model: ctx.model ?? usage?.model ?? null,
      method: ctx.req.method,
      path: ctx.clientPath,
      status: ctx.status ?? 500,
      stream: ctx.stream,
      tokensIn: usage?.inputTokens ?? 0,
      tokensOut: usage?.outputTokens ?? 0,
      tokensCached: usage?.cachedTokens ?? 0,
      tokensCacheWrite: usage?.cacheWriteTokens ?? 0,
      costUsd: cost.costUsd,
      priceUnknown: cost.priceUnknown,
      latencyMs: round(latency)!,
      upstreamMs: round(upstream),
      overheadMs: round(overhead),
      ttfbMs: round(ttfb),
      requestBytes: ctx.requestBytes,
      responseBytes: ctx.responseBytes,
      agentId: ctx.identity.agentId ?? null,
      userId: ctx.identity.userId ?? null,
      userGroup: ctx.identity.userGroup ?? null,
      errorCode: ctx.errorCode ?? null,
      decision: ctx.decision ?? null,
      metadata: ctx.identity.metadata ?? null,
      // Only with the organisation's opt-in, and only after masking (lib/pipeline/inspect.ts).
      prompt: ctx.guard?.storedPrompt ?? null,
      response: ctx.guard?.storedResponse ?? null,
      createdAt: ctx.receivedAt,
    };
    usageWriter().enqueue(row);
  } catch (error) {
    log.error({ err: error, requestId: ctx.requestId }, 'could not record request');
  }
}
