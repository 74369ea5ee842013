/**
 * Effective limits per scope from three layers: environment defaults, the organisation's overrides and
 * the gateway key's own limits. The caller reads the layers (env, org settings, key row); this only
 * decides who wins, so the rule lives in one place.
 */
import type { Scope, ScopeLimit } from './types';
import { SCOPES } from './types';

/**
 * One layer's limits for one scope. A number sets the limit, and 0 means "no limit" (the environment
 * variables' convention), so an override can lift a default. `null`, `undefined` or an invalid value
 * (negative, NaN) inherits from the layer below: a bad stored value falls back to the default rather
 * than failing every request.
 */
export interface LimitValues {
  rpm?: number | null;
  tpm?: number | null;
}

export type LimitLayer = Partial<Record<Scope, LimitValues>>;

export interface LimitLayers {
  /** From `GATEWAY_RATE_LIMIT_PER_*` (the caller picks the provider-specific variable when set). */
  env?: LimitLayer;
  /** From the organisation's settings; may set any scope. */
  org?: LimitLayer;
  /**
   * From the key's row (`rate_limit_rpm`, `rate_limit_tpm`). Applies to the key scope only: a key
   * must not be able to change the limits its organisation, users or providers share.
   */
  key?: LimitValues;
}

/** Positive limits only; an absent field means no limit. */
export type EffectiveLimits = Record<Scope, { rpm?: number; tpm?: number }>;

export function resolveLimits(layers: LimitLayers): EffectiveLimits {
  const out = {} as EffectiveLimits;
  for (const scope of SCOPES) {
    const stack = [layers.env?.[scope], layers.org?.[scope], scope === 'key' ? layers.key : undefined];
    const limits: { rpm?: number; tpm?: number } = {};
    const rpm = pick(stack, 'rpm');
    const tpm = pick(stack, 'tpm');
    if (rpm > 0) limits.rpm = rpm;
    if (tpm > 0) limits.tpm = tpm;
    out[scope] = limits;
  }
  return out;
}

/** The highest layer's valid value (0 when none sets one, i.e. no limit). */
function pick(stack: (LimitValues | undefined)[], field: keyof LimitValues): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const v = stack[i]?.[field];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  }
  return 0;
}

/**
 * The `scopes` argument of `RateLimiter.check`: one entry per scope that has both an id for this
 * request and at least one limit (a request with no end-user id skips the user scope).
 */
export function toScopeLimits(limits: EffectiveLimits, ids: Partial<Record<Scope, string | null | undefined>>): ScopeLimit[] {
  const out: ScopeLimit[] = [];
  for (const scope of SCOPES) {
    const id = ids[scope];
    const l = limits[scope];
    if (!id || (l.rpm === undefined && l.tpm === undefined)) continue;
    out.push({ scope, id, ...l });
  }
  return out;
}
