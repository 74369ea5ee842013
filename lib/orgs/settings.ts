import { z } from 'zod';

/**
 * Organisation settings (stored as JSON on the organisation row), validated on write and read with
 * defaults, so code never sees a missing or malformed field.
 */
const limit = z.object({ rpm: z.number().int().min(0).nullable().optional(), tpm: z.number().int().min(0).nullable().optional() }).strict();

export const orgSettingsSchema = z
  .object({
    /** What a guard, classifier or policy-store failure does: block (closed) or let through and record (open). */
    fail_mode: z.enum(['closed', 'open']).default('closed'),
    /** Per-guard overrides of fail_mode (`injection_classifier`, `pii`, `policy_store`...). */
    guard_fail_modes: z.record(z.string(), z.enum(['closed', 'open'])).default({}),
    /** Store masked prompts and responses with request rows (off by default). */
    prompt_storage: z.boolean().default(false),
    retention_days: z.number().int().min(1).max(3650).default(90),
    /** Rate-limit overrides per scope (0 = no limit; null = inherit the operator default). */
    rate_limits: z.object({ key: limit.optional(), user: limit.optional(), org: limit.optional(), provider: limit.optional() }).strict().default({}),
    /** Verifies X-Gateway-Identity-Token: a JWKS URL or an HMAC secret, with optional issuer/audience. */
    identity: z
      .object({
        jwks_url: z.string().url().optional(),
        hmac_secret: z.string().min(32).optional(),
        issuer: z.string().optional(),
        audience: z.string().optional(),
        user_claim: z.string().default('sub'),
        groups_claim: z.string().default('groups'),
      })
      .strict()
      .optional(),
    /** How long an approval stays valid once granted, and how long a pending one waits. */
    approval_ttl_minutes: z.number().int().min(1).max(7 * 24 * 60).default(60),
  })
  .strict();

export type OrgSettings = z.output<typeof orgSettingsSchema>;

/** Settings as stored, with defaults filled in; an unreadable stored value falls back to defaults. */
export function readOrgSettings(stored: unknown): OrgSettings {
  const parsed = orgSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : orgSettingsSchema.parse({});
}
