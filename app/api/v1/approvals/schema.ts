import { z } from 'zod';
import type { Db } from '@/db';
import { decideApproval, effectiveStatus, getApproval } from '@/db/queries/approvals';
import { getOrganization } from '@/db/queries/accounts';
import type { Approval } from '@/db/schema';
import type { OrgId } from '@/db/tenant';
import type { AuthContext } from '@/lib/auth/context';
import { audit } from '@/lib/audit';
import { conflict } from '@/lib/errors';
import { readOrgSettings } from '@/lib/orgs/settings';

export const listApprovalsQuery = z.object({
  status: z.enum(['pending', 'approved', 'denied', 'expired', 'used']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const decisionSchema = z.object({ decision: z.enum(['approve', 'deny']), note: z.string().trim().max(1000).optional() }).strict();
export const decisionWithIdSchema = decisionSchema.extend({ id: z.string().uuid() }).strict();

export function presentApproval(row: Approval) {
  return {
    id: row.id,
    kind: row.kind,
    status: effectiveStatus(row),
    request_id: row.requestId,
    api_key_id: row.apiKeyId,
    policy_id: row.policyId,
    reason: row.reason,
    context: row.context,
    created_at: row.createdAt.toISOString(),
    expires_at: row.expiresAt.toISOString(),
    decided_at: row.decidedAt?.toISOString() ?? null,
    decided_by: row.decidedBy,
    decision_note: row.decisionNote,
    used_at: row.usedAt?.toISOString() ?? null,
  };
}

/** Approves or denies a pending approval; anything else (decided, used, expired) is a 409. */
export async function decide(db: Db, auth: AuthContext, id: string, body: z.output<typeof decisionSchema>) {
  const approve = body.decision === 'approve';
  const ttlMinutes = readOrgSettings((await getOrganization(db, auth.orgId as OrgId)).settings).approval_ttl_minutes;
  const row = await decideApproval(db, auth.orgId, id, { approve, by: auth.userId, note: body.note, ttlMinutes });
  if (!row) throw conflict(`approval is ${effectiveStatus(await getApproval(db, auth.orgId, id))}, not pending`);
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: approve ? 'approval.approve' : 'approval.reject', target: { type: 'approval', id }, details: { kind: row.kind, policy_id: row.policyId, request_id: row.requestId } });
  return presentApproval(row);
}
