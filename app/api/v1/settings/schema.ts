import { z } from 'zod';
import { validation } from '@/lib/errors';
import type { OrgSettings } from '@/lib/orgs/settings';

/** Guards that have a fail mode of their own (`guard_fail_modes`). */
export const GUARD_NAMES = ['policy_store', 'identity', 'pii', 'content_rules', 'injection', 'injection_classifier', 'budget', 'approvals', 'response_guard'] as const;

/**
 * PATCH body: top-level fields are replaced, except `guard_fail_modes`, `rate_limits` and
 * `identity`, which are merged one level deep (a field set to null is removed; `identity: null`
 * removes the identity configuration). The result is validated as a whole.
 */
export const patchSettingsSchema = z
  .object({
    fail_mode: z.unknown(),
    guard_fail_modes: z.record(z.string(), z.unknown()).nullable(),
    prompt_storage: z.unknown(),
    retention_days: z.unknown(),
    rate_limits: z.record(z.string(), z.unknown()).nullable(),
    identity: z.record(z.string(), z.unknown()).nullable(),
    approval_ttl_minutes: z.unknown(),
  })
  .partial()
  .strict();

type Patch = z.output<typeof patchSettingsSchema>;

function mergeObject(before: unknown, patch: Record<string, unknown> | null | undefined): Record<string, unknown> | undefined {
  if (patch === null) return undefined;
  const out: Record<string, unknown> = { ...((before as Record<string, unknown>) ?? {}) };
  for (const [k, v] of Object.entries(patch ?? {})) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

export function mergeSettings(stored: Record<string, unknown>, patch: Patch): Record<string, unknown> {
  const out: Record<string, unknown> = { ...stored };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (k === 'guard_fail_modes' || k === 'rate_limits' || k === 'identity') {
      const merged = mergeObject(stored[k], v as Record<string, unknown> | null);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    } else out[k] = v;
  }
  for (const name of Object.keys((out.guard_fail_modes as Record<string, unknown>) ?? {})) {
    if (!(GUARD_NAMES as readonly string[]).includes(name)) throw validation(`guard_fail_modes.${name}`, `unknown guard; one of ${GUARD_NAMES.join(', ')}`);
  }
  return out;
}

/** Settings as the API shows them: the identity secret is never returned, only whether it is set. */
export function presentSettings(s: OrgSettings) {
  const { identity, ...rest } = s;
  return {
    ...rest,
    identity: identity ? { ...identity, hmac_secret: undefined, hmac_secret_set: Boolean(identity.hmac_secret) } : null,
    guards: GUARD_NAMES,
  };
}
