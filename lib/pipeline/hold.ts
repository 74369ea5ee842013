import { createHash } from 'node:crypto';
import { getDb } from '@/db';
import { consumeApproval, createApproval, effectiveStatus, findPendingApproval, getApproval } from '@/db/queries/approvals';
import type { Approval } from '@/db/schema';
import { uuidParam } from '@/lib/api/params';
import { AppError } from '@/lib/errors';
import { POLICY_DETECTOR, safePreview } from '@/lib/guards/drafts';
import { headerValue } from './authenticate';
import { addViolation, guardFailed, type GuardState } from './guard-state';
import type { PipelineContext } from './types';

/**
 * Holds. A policy with action `hold` parks the request for a human: the caller gets 409
 * `approval_required` with `X-Gateway-Approval-Id`. Once a reviewer approves it, the caller sends
 * the same request again with that header, and that one request goes through (the approval is
 * consumed atomically, so two retries cannot both pass). The approval matches the request by a
 * SHA-256 over key, method, path and body bytes. Approvals of held tool calls are consumed here as
 * well; the response guard then releases that one tool call.
 */
export function requestFingerprint(ctx: PipelineContext): string {
  const h = createHash('sha256');
  h.update(`${ctx.key!.id}\n${ctx.req.method}\n${ctx.provider}${ctx.clientPath}\n`);
  if (ctx.bodyBytes) h.update(ctx.bodyBytes);
  return h.digest('hex');
}

export function toolFingerprint(orgId: string, name: string, args: string): string {
  let canonical = args;
  try {
    canonical = JSON.stringify(JSON.parse(args));
  } catch {
    // Not JSON: the text itself.
  }
  return createHash('sha256').update(`${orgId}\ntool\n${name}\n${canonical}`).digest('hex');
}

function refuse(message: string, policyId?: string | null): AppError {
  return new AppError('policy_denied', message, { policy_id: policyId ?? undefined });
}

async function useApproval(ctx: PipelineContext, guard: GuardState, raw: string): Promise<boolean> {
  const db = await getDb();
  let row: Approval;
  try {
    row = await getApproval(db, ctx.orgId!, uuidParam(raw, 'approval'));
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw refuse('X-Gateway-Approval-Id: unknown approval');
    throw error;
  }
  const status = effectiveStatus(row);
  if (status === 'pending') {
    throw new AppError('approval_required', 'this request is still waiting for approval', { approval_id: row.id, policy_id: row.policyId ?? undefined }, { 'x-gateway-approval-id': row.id });
  }
  if (status === 'denied') throw refuse(`approval ${row.id} was denied by a reviewer`, row.policyId);
  if (status === 'used') throw refuse(`approval ${row.id} has already been used`, row.policyId);
  if (status === 'expired') throw refuse(`approval ${row.id} has expired`, row.policyId);
  if (row.kind === 'tool_call') {
    const used = await consumeApproval(db, ctx.orgId!, row.id);
    if (!used) throw refuse(`approval ${row.id} can no longer be used`, row.policyId);
    guard.approvedTools.add(used.fingerprint);
    return false;
  }
  const used = await consumeApproval(db, ctx.orgId!, row.id, requestFingerprint(ctx));
  if (!used) throw refuse(`approval ${row.id} is for a different request, or has just been used`, row.policyId);
  return true;
}

export async function resolveHold(ctx: PipelineContext, guard: GuardState): Promise<void> {
  const header = headerValue(ctx.req.headers, 'x-gateway-approval-id')?.trim();
  if (guard.holds.length === 0 && !header) return;
  const enforced = guard.holds.filter((h) => !h.policy.shadow);
  try {
    if (header && (await useApproval(ctx, guard, header))) return;
    if (enforced.length === 0) return;
    const db = await getDb();
    const fingerprint = requestFingerprint(ctx);
    const first = enforced[0];
    const lastUser = [...(ctx.view?.parts ?? [])].reverse().find((p) => p.role === 'user');
    const approval =
      (await findPendingApproval(db, ctx.orgId!, fingerprint)) ??
      (await createApproval(db, ctx.orgId!, {
        apiKeyId: ctx.key!.id,
        requestId: ctx.requestId,
        kind: 'request',
        policyId: first.policy.id,
        reason: enforced.map((h) => h.reason).join('; ').slice(0, 1000),
        context: {
          provider: ctx.provider,
          model: ctx.model ?? null,
          path: ctx.clientPath,
          agent_id: ctx.identity.agentId ?? null,
          user_id: ctx.identity.userId ?? null,
          policies: enforced.map((h) => ({ id: h.policy.id, name: h.policy.name })),
          preview: lastUser ? safePreview(lastUser.text, []) : null,
        },
        fingerprint,
        expiresAt: new Date(Date.now() + guard.settings.approval_ttl_minutes * 60_000),
      }));
    addViolation(ctx, {
      type: 'policy',
      severity: first.policy.severity ?? 'medium',
      direction: 'request',
      action: 'hold',
      autoBlocked: false,
      policyId: first.policy.id,
      policyName: first.policy.name,
      detector: POLICY_DETECTOR,
      detectorVersion: `v${first.policy.version}`,
      description: `request held for approval ${approval.id}: ${first.reason}`.slice(0, 500),
      preview: null,
      entities: [],
      shadow: false,
    });
    ctx.decision = 'hold';
    throw new AppError('approval_required', `${first.reason}; a reviewer must approve it, then send the same request again with X-Gateway-Approval-Id: ${approval.id}`, { approval_id: approval.id, policy_id: first.policy.id }, { 'x-gateway-approval-id': approval.id });
  } catch (error) {
    if (error instanceof AppError) throw error;
    guardFailed(ctx, guard.settings, 'approvals', error);
  }
}
