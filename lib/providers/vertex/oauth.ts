import { createHash, createSign } from 'node:crypto';
import { request } from 'undici';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { processSingleton } from '@/lib/runtime/singleton';
import { parseJson } from '../shared/sse';
import { isObject } from '../shared/view';

/**
 * OAuth2 access tokens for Vertex AI, minted from a stored service-account key with the JWT-bearer
 * grant (RFC 7523), cached per credential and shared by every request that uses it.
 *
 * - The assertion's audience and the URL it is posted to are the operator's
 *   `GATEWAY_GOOGLE_TOKEN_URL`, never the key file's `token_uri`: a tenant-supplied key file must
 *   not make the gateway post signed assertions to a host of the tenant's choosing.
 * - Cache key: credential id + a hash of the key file, so a replaced key gets a new token at once.
 * - Tokens live an hour; with under 10 minutes left the next request starts a refresh in the
 *   background and still uses the current token (a failed refresh is retried 30 s later); with
 *   under a minute left it waits for the new one.
 * - Concurrent requests for one credential share one in-flight mint.
 * - Errors are `provider_unavailable` with the token endpoint's OAuth error code, never the key,
 *   the assertion or the token.
 */

const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const ASSERTION_LIFETIME_S = 3600;
const REFRESH_AHEAD_MS = 10 * 60_000;
const MIN_REMAINING_MS = 60_000;
const MINT_TIMEOUT_MS = 10_000;
const REFRESH_RETRY_MS = 30_000;

interface CachedToken {
  hash: string;
  token: string;
  expiresAt: number;
  /** After a failed background refresh, the next one waits until then (the current token still serves). */
  retryAt?: number;
}

interface TokenStore {
  tokens: Map<string, CachedToken>;
  /** Hash of each credential object's key file, so the file is hashed once per object, not per request. */
  hashes: WeakMap<object, string>;
  inflight: Map<string, Promise<CachedToken>>;
  /** Bumped by invalidation, so a mint that started before it does not store its token. */
  epochs: Map<string, number>;
}

const store = (): TokenStore => processSingleton('vertex-oauth-tokens', () => ({ tokens: new Map(), hashes: new WeakMap(), inflight: new Map(), epochs: new Map() }));

/** The part of a stored Vertex credential that mints tokens. */
export interface VertexServiceAccount {
  credentialId: string;
  serviceAccountJson: string;
}

export interface TokenOptions {
  /** Clock for cache decisions (tests). The assertion always carries the real time: Google checks it. */
  now?: () => number;
}

const unavailable = (detail: string) => new AppError('provider_unavailable', `Vertex AI access token could not be obtained: ${detail}`);

interface ServiceAccountKey {
  clientEmail: string;
  privateKey: string;
  keyId?: string;
}

function readKeyFile(json: string): ServiceAccountKey {
  const parsed = parseJson(json);
  if (!isObject(parsed)) throw unavailable('the stored service-account key is not JSON');
  const { client_email: clientEmail, private_key: privateKey, private_key_id: keyId } = parsed;
  if (typeof clientEmail !== 'string' || typeof privateKey !== 'string') {
    throw unavailable('the stored service-account key lacks client_email or private_key');
  }
  return { clientEmail, privateKey, keyId: typeof keyId === 'string' ? keyId : undefined };
}

function signAssertion(key: ServiceAccountKey, audience: string): string {
  const iat = Math.floor(Date.now() / 1000);
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'RS256', typ: 'JWT', ...(key.keyId ? { kid: key.keyId } : {}) });
  const claims = encode({ iss: key.clientEmail, scope: SCOPE, aud: audience, iat, exp: iat + ASSERTION_LIFETIME_S });
  let signature: string;
  try {
    signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(key.privateKey, 'base64url');
  } catch {
    throw unavailable('the stored service-account private key cannot sign');
  }
  return `${header}.${claims}.${signature}`;
}

function oauthError(body: unknown, status: number): string {
  if (!isObject(body) || typeof body.error !== 'string') return `the token endpoint answered HTTP ${status}`;
  const description = typeof body.error_description === 'string' ? ` (${body.error_description.slice(0, 200)})` : '';
  return `the token endpoint refused the service account: ${body.error.slice(0, 60)}${description}`;
}

async function requestToken(json: string, now: () => number): Promise<{ token: string; expiresAt: number }> {
  const key = readKeyFile(json);
  const tokenUrl = env().GATEWAY_GOOGLE_TOKEN_URL;
  const form = new URLSearchParams({ grant_type: JWT_GRANT, assertion: signAssertion(key, tokenUrl) }).toString();
  const requestedAt = now();
  let status: number;
  let text: string;
  try {
    const response = await request(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form,
      headersTimeout: MINT_TIMEOUT_MS,
      bodyTimeout: MINT_TIMEOUT_MS,
      signal: AbortSignal.timeout(MINT_TIMEOUT_MS),
    });
    status = response.statusCode;
    text = await response.body.text();
  } catch (error) {
    const cause = (error as { code?: unknown }).code ?? (error as { name?: unknown }).name ?? 'error';
    throw unavailable(`the token endpoint could not be reached (${String(cause).slice(0, 60)})`);
  }
  const body = parseJson(text);
  if (status !== 200 || !isObject(body) || typeof body.access_token !== 'string' || body.access_token === '') {
    throw unavailable(oauthError(body, status));
  }
  const expiresIn = Number(body.expires_in);
  // Expiry counts from before the request was sent, so the cached lifetime never overstates the real one.
  return { token: body.access_token, expiresAt: requestedAt + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000 };
}

function mint(credentialId: string, hash: string, json: string, now: () => number): Promise<CachedToken> {
  const s = store();
  const flightKey = `${credentialId}:${hash}`;
  const existing = s.inflight.get(flightKey);
  if (existing) return existing;
  const epoch = s.epochs.get(credentialId) ?? 0;
  const pending = requestToken(json, now)
    .then(({ token, expiresAt }) => {
      const entry = { hash, token, expiresAt };
      if ((s.epochs.get(credentialId) ?? 0) === epoch) s.tokens.set(credentialId, entry);
      return entry;
    })
    .finally(() => {
      if (s.inflight.get(flightKey) === pending) s.inflight.delete(flightKey);
    });
  s.inflight.set(flightKey, pending);
  return pending;
}

// The credential cache hands out the same object for a while; a new object (reloaded or replaced) is hashed again.
function hashOf(credential: VertexServiceAccount): string {
  const { hashes } = store();
  let hash = hashes.get(credential);
  if (hash === undefined) {
    hash = createHash('sha256').update(credential.serviceAccountJson).digest('base64url');
    hashes.set(credential, hash);
  }
  return hash;
}

/** A live access token for this stored credential (from the cache when it has more than 10 minutes left). */
export async function vertexAccessToken(credential: VertexServiceAccount, options: TokenOptions = {}): Promise<string> {
  const now = options.now ?? Date.now;
  const { credentialId, serviceAccountJson } = credential;
  const hash = hashOf(credential);
  const cached = store().tokens.get(credentialId);
  if (cached && cached.hash === hash) {
    const remaining = cached.expiresAt - now();
    if (remaining > REFRESH_AHEAD_MS) return cached.token;
    if (remaining > MIN_REMAINING_MS) {
      if (cached.retryAt === undefined || now() >= cached.retryAt) {
        mint(credentialId, hash, serviceAccountJson, now).catch((error: unknown) => {
          cached.retryAt = now() + REFRESH_RETRY_MS;
          log.warn({ credentialId, code: (error as AppError).code }, 'Vertex AI token refresh failed; the current token still serves');
        });
      }
      return cached.token;
    }
  }
  return (await mint(credentialId, hash, serviceAccountJson, now)).token;
}

/** Drops the cached token of a deleted or changed credential (and ignores a mint already under way). */
export function invalidateVertexToken(credentialId: string): void {
  const s = store();
  s.tokens.delete(credentialId);
  s.epochs.set(credentialId, (s.epochs.get(credentialId) ?? 0) + 1);
  for (const key of s.inflight.keys()) if (key.startsWith(`${credentialId}:`)) s.inflight.delete(key);
}
