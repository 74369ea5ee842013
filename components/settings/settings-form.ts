import type { FailMode, RateLimit, Settings } from '@/lib/client/governance-types';

/**
 * The settings form's values, how they are read from `GET /api/v1/settings` and how they become a
 * `PATCH` body. Errors are keyed by the API's own field names (`retention_days`,
 * `rate_limits.key.rpm`, `identity.jwks_url`...), so a message from the server lands beside the
 * same input as one found here.
 */

export const RATE_LIMIT_SCOPES = ['key', 'user', 'org', 'provider'] as const;
export type RateLimitScope = (typeof RATE_LIMIT_SCOPES)[number];

export type GuardChoice = 'inherit' | FailMode;
export type IdentityMode = 'none' | 'jwks' | 'hmac';

export interface SettingsFormValues {
  failMode: FailMode;
  guardFailModes: Record<string, GuardChoice>;
  promptStorage: boolean;
  retentionDays: string;
  approvalTtlMinutes: string;
  /** Empty = the operator's default; 0 = no limit. */
  rateLimits: Record<RateLimitScope, { rpm: string; tpm: string }>;
  identityMode: IdentityMode;
  jwksUrl: string;
  /** Write-only: empty keeps the stored secret (when there is one). */
  hmacSecret: string;
  issuer: string;
  audience: string;
  userClaim: string;
  groupsClaim: string;
}

export type SettingsFormErrors = Record<string, string>;

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function settingsToForm(s: Settings): SettingsFormValues {
  const limits = {} as SettingsFormValues['rateLimits'];
  for (const scope of RATE_LIMIT_SCOPES) {
    const l: RateLimit | undefined = s.rate_limits[scope];
    limits[scope] = { rpm: text(l?.rpm), tpm: text(l?.tpm) };
  }
  const guardFailModes: Record<string, GuardChoice> = {};
  for (const guard of s.guards) guardFailModes[guard] = s.guard_fail_modes[guard] ?? 'inherit';
  const id = s.identity;
  return {
    failMode: s.fail_mode,
    guardFailModes,
    promptStorage: s.prompt_storage,
    retentionDays: String(s.retention_days),
    approvalTtlMinutes: String(s.approval_ttl_minutes),
    rateLimits: limits,
    identityMode: !id ? 'none' : id.jwks_url ? 'jwks' : id.hmac_secret_set ? 'hmac' : 'none',
    jwksUrl: id?.jwks_url ?? '',
    hmacSecret: '',
    issuer: id?.issuer ?? '',
    audience: id?.audience ?? '',
    userClaim: id?.user_claim ?? 'sub',
    groupsClaim: id?.groups_claim ?? 'groups',
  };
}

function wholeNumber(value: string, min: number, max: number): number | string {
  const t = value.trim();
  if (!/^\d+$/.test(t)) return 'Enter a whole number.';
  const n = Number(t);
  if (n < min) return `Must be at least ${min.toLocaleString('en-US')}.`;
  if (n > max) return `Must be at most ${max.toLocaleString('en-US')}.`;
  return n;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const CLAIM = /^[A-Za-z0-9_.:/-]+$/;

/**
 * The PATCH body for the whole form. The API merges `guard_fail_modes`, `rate_limits` and
 * `identity` one level deep and removes fields sent as null, so "inherit" and empty inputs are
 * sent as null. `hasStoredSecret` says whether leaving the secret empty keeps one.
 */
export function formToPatch(v: SettingsFormValues, hasStoredSecret: boolean): { patch: Record<string, unknown> } | { errors: SettingsFormErrors } {
  const errors: SettingsFormErrors = {};
  const patch: Record<string, unknown> = { fail_mode: v.failMode, prompt_storage: v.promptStorage };

  const guards: Record<string, FailMode | null> = {};
  for (const [guard, choice] of Object.entries(v.guardFailModes)) guards[guard] = choice === 'inherit' ? null : choice;
  patch.guard_fail_modes = guards;

  const retention = wholeNumber(v.retentionDays, 1, 3650);
  if (typeof retention === 'string') errors.retention_days = retention;
  else patch.retention_days = retention;

  const ttl = wholeNumber(v.approvalTtlMinutes, 1, 7 * 24 * 60);
  if (typeof ttl === 'string') errors.approval_ttl_minutes = ttl;
  else patch.approval_ttl_minutes = ttl;

  const limits: Record<string, RateLimit | null> = {};
  for (const scope of RATE_LIMIT_SCOPES) {
    const out: RateLimit = {};
    for (const unit of ['rpm', 'tpm'] as const) {
      const raw = v.rateLimits[scope][unit].trim();
      if (!raw) continue;
      const n = wholeNumber(raw, 0, unit === 'rpm' ? 10_000_000 : 10_000_000_000);
      if (typeof n === 'string') errors[`rate_limits.${scope}.${unit}`] = n;
      else out[unit] = n;
    }
    limits[scope] = Object.keys(out).length ? out : null;
  }
  patch.rate_limits = limits;

  if (v.identityMode === 'none') patch.identity = null;
  else {
    const identity: Record<string, unknown> = {
      issuer: v.issuer.trim() || null,
      audience: v.audience.trim() || null,
      user_claim: v.userClaim.trim() || 'sub',
      groups_claim: v.groupsClaim.trim() || 'groups',
    };
    for (const claim of ['user_claim', 'groups_claim'] as const) {
      if (!CLAIM.test(identity[claim] as string)) errors[`identity.${claim}`] = 'A claim name: letters, digits and _ . : / -';
    }
    if (v.identityMode === 'jwks') {
      const url = v.jwksUrl.trim();
      if (!url) errors['identity.jwks_url'] = 'Enter the URL of your identity provider’s JWKS document.';
      else if (!isHttpUrl(url)) errors['identity.jwks_url'] = 'Enter a full URL, such as https://idp.example.com/.well-known/jwks.json.';
      identity.jwks_url = url;
      identity.hmac_secret = null;
    } else {
      const secret = v.hmacSecret;
      if (secret) {
        if (secret.length < 32) errors['identity.hmac_secret'] = 'The shared secret must be at least 32 characters.';
        identity.hmac_secret = secret;
      } else if (!hasStoredSecret) errors['identity.hmac_secret'] = 'Enter a shared secret of at least 32 characters.';
      identity.jwks_url = null;
    }
    patch.identity = identity;
  }

  return Object.keys(errors).length ? { errors } : { patch };
}

/** The fields that differ between two form states (for "unsaved changes" and the save button). */
export function isDirty(a: SettingsFormValues, b: SettingsFormValues): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

/** Human names of the guards that carry their own fail mode. */
export const GUARD_LABELS: Record<string, string> = {
  policy_store: 'Policy store',
  identity: 'Identity tokens',
  pii: 'PII detection',
  content_rules: 'Content rules',
  injection: 'Prompt-injection rules',
  injection_classifier: 'Prompt-injection classifier',
  budget: 'Budgets',
  approvals: 'Approvals',
  response_guard: 'Response guard',
};

export const SCOPE_LABELS: Record<RateLimitScope, string> = { key: 'Per gateway key', user: 'Per end user', org: 'Whole organisation', provider: 'Per provider' };
