import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { OrgSettings } from '@/lib/orgs/settings';
import { processSingleton } from '@/lib/runtime/singleton';

/**
 * X-Gateway-Identity-Token: a JWT from the organisation's identity provider, verified against its
 * JWKS URL (keys fetched once and cached by jose, refetched on an unknown `kid` at most every 30 s)
 * or an HMAC secret, with optional issuer and audience. Verified tokens are remembered until they
 * expire (at most 5 minutes), so an agent sending the same token on every call pays for one check.
 */
export type IdentityConfig = NonNullable<OrgSettings['identity']>;

export interface VerifiedIdentity {
  userId: string;
  groups: string[];
}

/** The key material could not be fetched: the organisation's fail mode decides (guard `identity`). */
export class IdentityUnavailableError extends Error {}
/** The token is not acceptable: always a 401. */
export class InvalidIdentityTokenError extends Error {}

interface Cached {
  config: IdentityConfig;
  identity: VerifiedIdentity;
  until: number;
}

const state = processSingleton('identity-tokens', () => ({
  jwks: new Map<string, ReturnType<typeof createRemoteJWKSet>>(),
  secrets: new Map<string, Uint8Array>(),
  verified: new Map<string, Cached>(),
}));

const MAX_CACHED = 10_000;
const MAX_CACHE_MS = 5 * 60_000;

function keyFor(config: IdentityConfig): ReturnType<typeof createRemoteJWKSet> | Uint8Array {
  if (config.jwks_url) {
    let set = state.jwks.get(config.jwks_url);
    if (!set) {
      set = createRemoteJWKSet(new URL(config.jwks_url), { timeoutDuration: 3000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
      state.jwks.set(config.jwks_url, set);
    }
    return set;
  }
  if (!config.hmac_secret) throw new InvalidIdentityTokenError('identity tokens are not configured for this organisation');
  let secret = state.secrets.get(config.hmac_secret);
  if (!secret) {
    secret = new TextEncoder().encode(config.hmac_secret);
    state.secrets.set(config.hmac_secret, secret);
  }
  return secret;
}

function claimsOf(payload: JWTPayload, config: IdentityConfig): VerifiedIdentity {
  const user = payload[config.user_claim];
  if (typeof user !== 'string' || user.length === 0 || user.length > 256) throw new InvalidIdentityTokenError(`claim ${config.user_claim} must be a non-empty string`);
  const raw = payload[config.groups_claim];
  const groups = (Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[,\s]+/) : []).filter((g): g is string => typeof g === 'string' && g.length > 0 && g.length <= 256).slice(0, 100);
  return { userId: user, groups };
}

export async function verifyIdentityToken(token: string, config: IdentityConfig, now = Date.now()): Promise<VerifiedIdentity> {
  if (token.length > 8192) throw new InvalidIdentityTokenError('token too long');
  const cacheKey = `${config.jwks_url ?? 'hmac'}\u0000${token}`;
  const hit = state.verified.get(cacheKey);
  // The settings object is replaced whenever it is reloaded, so a changed configuration re-verifies.
  if (hit && hit.config === config && hit.until > now) return hit.identity;
  let payload: JWTPayload;
  try {
    const key = keyFor(config);
    const options = { issuer: config.issuer, audience: config.audience, clockTolerance: 30 };
    payload = (key instanceof Uint8Array ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options)).payload;
  } catch (error) {
    if (error instanceof InvalidIdentityTokenError) throw error;
    if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
      throw new IdentityUnavailableError(`identity keys could not be fetched: ${(error as Error).message}`);
    }
    throw new InvalidIdentityTokenError((error as Error).message);
  }
  const identity = claimsOf(payload, config);
  if (state.verified.size >= MAX_CACHED) state.verified.delete(state.verified.keys().next().value!);
  const exp = typeof payload.exp === 'number' ? payload.exp * 1000 : now + MAX_CACHE_MS;
  state.verified.set(cacheKey, { config, identity, until: Math.min(exp, now + MAX_CACHE_MS) });
  return identity;
}
