import { z } from 'zod';
import { env } from '@/lib/config/env';
import { validation } from '@/lib/errors';
import { POLICY_KINDS, type PolicyInput } from '@/lib/policy/schema';

export const listPoliciesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  kind: z.enum(POLICY_KINDS).optional(),
});

/** PATCH replaces the top-level fields it names; the merged policy is then validated like a new one. */
export const patchPolicySchema = z
  .object({
    name: z.unknown(),
    kind: z.unknown(),
    action: z.unknown(),
    trigger_type: z.unknown(),
    pattern: z.unknown(),
    is_active: z.unknown(),
    priority: z.unknown(),
    mode: z.unknown(),
    scope: z.unknown(),
    config: z.unknown(),
  })
  .partial()
  .strict();

export const versionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Checks that depend on this deployment rather than on the policy alone. */
export function checkDeployment(p: PolicyInput): void {
  if (p.kind === 'injection' && p.config.classifier !== 'off' && !env().GATEWAY_INJECTION_CLASSIFIER_URL) {
    throw validation('config.classifier', 'GATEWAY_INJECTION_CLASSIFIER_URL is not set on this gateway');
  }
}
