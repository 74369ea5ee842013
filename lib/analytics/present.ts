import type { RequestDetail, LogRow } from '@/db/queries/request-log';
import type { Approval, Violation } from '@/db/schema';

/**
 * The request log's public shapes. The list item keeps the field names of the seeds' usage log
 * (`timestamp`, `api_key` masked, `status_code`, `prompt_tokens`…) and adds the gateway's own.
 * Nothing here is secret: keys appear masked, prompts only when the organisation stored them
 * (already masked by the guards before they were written).
 */
export function presentLogItem(r: LogRow) {
  return {
    id: r.id,
    request_id: r.requestId,
    timestamp: r.createdAt.toISOString(),
    api_key: r.keyPrefix && r.keyLastFour ? `${r.keyPrefix}…${r.keyLastFour}` : null,
    api_key_id: r.apiKeyId,
    api_key_name: r.keyName,
    path: r.path,
    method: r.method,
    status_code: r.status,
    error_code: r.errorCode,
    decision: r.decision,
    latency_ms: r.latencyMs,
    overhead_ms: r.overheadMs,
    request_size_bytes: r.requestBytes,
    response_size_bytes: r.responseBytes,
    provider: r.provider,
    model: r.model,
    stream: r.stream,
    prompt_tokens: r.tokensIn,
    completion_tokens: r.tokensOut,
    cached_tokens: r.tokensCached,
    cost_usd: r.costUsd,
    price_unknown: r.priceUnknown,
    agent_id: r.agentId,
    user_id: r.userId,
  };
}

function presentViolation(v: Violation) {
  return {
    id: v.id,
    type: v.type,
    severity: v.severity,
    direction: v.direction,
    action: v.action,
    auto_blocked: v.autoBlocked,
    policy_id: v.policyId,
    detector: v.detector,
    description: v.description,
    shadow: v.shadow,
    detected_at: v.createdAt.toISOString(),
  };
}

function presentApproval(a: Approval) {
  return { id: a.id, kind: a.kind, status: a.status, reason: a.reason, decided_at: a.decidedAt?.toISOString() ?? null, decision_note: a.decisionNote, created_at: a.createdAt.toISOString() };
}

export function presentLogDetail(d: RequestDetail) {
  const r = d.row;
  return {
    ...presentLogItem(r),
    cache_write_tokens: r.tokensCacheWrite,
    timings: { total_ms: r.latencyMs, upstream_ms: r.upstreamMs, overhead_ms: r.overheadMs, ttfb_ms: r.ttfbMs },
    user_group: r.userGroup,
    metadata: r.metadata ?? {},
    prompt: r.prompt,
    response: r.response,
    violations: d.violations.map(presentViolation),
    approvals: d.approvals.map(presentApproval),
  };
}
