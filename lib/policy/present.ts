import { z } from 'zod';
import type { PolicyFields } from '@/db/queries/policies';
import type { Policy } from '@/db/schema';
import { policyUnionSchema, type PolicyInput } from './schema';

/** A stored row in the API's field names (snake_case, as in the product documents). */
export function policyToInput(row: Policy): Record<string, unknown> {
  return {
    name: row.name,
    kind: row.kind,
    action: row.action,
    trigger_type: row.triggerType,
    pattern: row.pattern,
    is_active: row.isActive,
    priority: row.priority,
    mode: row.mode,
    scope: row.scope,
    config: row.config,
  };
}

export type PolicyBody = PolicyInput;

/** Reads a stored row back through the same schema the API validated it with. */
export const policyBodySchema = z.preprocess((row) => policyToInput(row as Policy), policyUnionSchema);

/** The API's policy object. */
export function presentPolicy(row: Policy) {
  return {
    id: row.id,
    ...policyToInput(row),
    version: row.version,
    created_by: row.createdBy,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** A validated API body as the row fields db/queries/policies.ts writes. */
export function inputToFields(input: PolicyInput): PolicyFields {
  return {
    name: input.name,
    kind: input.kind,
    action: input.action,
    triggerType: input.trigger_type,
    pattern: input.pattern ?? null,
    config: input.config as Record<string, unknown>,
    scope: input.scope as Record<string, unknown>,
    mode: input.mode,
    isActive: input.is_active,
    priority: input.priority,
  };
}

/** A `policy_versions` snapshot (the stored row) in the API's field names. */
export function presentSnapshot(s: Record<string, unknown>) {
  return {
    name: s.name,
    kind: s.kind,
    action: s.action,
    trigger_type: s.triggerType ?? null,
    pattern: s.pattern ?? null,
    is_active: s.isActive,
    priority: s.priority,
    mode: s.mode,
    scope: s.scope,
    config: s.config,
  };
}
