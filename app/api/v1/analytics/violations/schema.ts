import { z } from 'zod';
import type { Violation } from '@/db/schema';

export const violationsQuery = z
  .object({
    type: z.enum(['pii', 'secret', 'injection', 'policy', 'tool', 'budget', 'rate']).optional(),
    severity: z.enum(['critical', 'high', 'medium', 'low']).optional(),
    direction: z.enum(['request', 'response']).optional(),
    action: z.string().max(40).optional(),
    /** A gateway key id. */
    api_key: z.string().uuid().optional(),
    policy_id: z.string().uuid().optional(),
    /** The request id (a request's violations, for the request log). */
    usage_log_id: z.string().max(200).optional(),
    shadow: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    start_date: z.iso.datetime({ offset: true }).optional(),
    end_date: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/** The list item, in the product documents' shape plus the fields the gateway adds. */
export function presentViolation(v: Violation) {
  return {
    id: v.id,
    usage_log_id: v.requestId,
    type: v.type,
    severity: v.severity,
    direction: v.direction,
    description: v.description,
    action: v.action,
    auto_blocked: v.autoBlocked,
    policy_id: v.policyId,
    detector: v.detector,
    model_version: v.detectorVersion,
    detected_at: v.createdAt.toISOString(),
    shadow: v.shadow,
    api_key_id: v.apiKeyId,
    agent_id: v.agentId,
    user_id: v.userId,
  };
}

export function presentViolationDetail(v: Violation) {
  return {
    ...presentViolation(v),
    redacted_payload: { original_prompt_preview: v.redactedPreview, entities_found: v.entities.map((e) => ({ type: e.type, confidence: e.confidence })) },
  };
}
