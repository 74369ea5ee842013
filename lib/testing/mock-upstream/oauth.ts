/**
 * Google OAuth 2.0 token endpoint for service accounts (the JWT-bearer grant), and a generator of
 * realistic service-account key files, so the gateway's Vertex credential flow is tested for real:
 * RS256 signature, iss / aud / scope / exp checks, and the issued token required by the Vertex routes.
 */
import { createPublicKey, createSign, createVerify, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { nextId } from './content';
import type { Ctx } from './types';

export interface ServiceAccount {
  type: 'service_account';
  project_id: string;
  private_key_id: string;
  private_key: string;
  client_email: string;
  client_id: string;
  auth_uri: string;
  token_uri: string;
  auth_provider_x509_cert_url: string;
  client_x509_cert_url: string;
  universe_domain: string;
}

export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const TOKEN_TTL_S = 3599;

export function createTestServiceAccount(opts: { projectId?: string; name?: string; tokenUri?: string } = {}): ServiceAccount {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const projectId = opts.projectId ?? 'mock-project';
  const email = `${opts.name ?? 'gateway-test'}@${projectId}.iam.gserviceaccount.com`;
  return {
    type: 'service_account',
    project_id: projectId,
    private_key_id: randomBytes(20).toString('hex'),
    private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    client_email: email,
    client_id: String(100000000000000000000n + BigInt(randomBytes(6).readUIntBE(0, 6))),
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: opts.tokenUri ?? GOOGLE_TOKEN_URL,
    auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(email)}`,
    universe_domain: 'googleapis.com',
  };
}

export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/** A signed JWT-bearer assertion, as a client of the token endpoint builds it. */
export function createServiceAccountAssertion(
  sa: ServiceAccount,
  opts: { aud?: string; scope?: string; now?: number; lifetimeS?: number } = {},
): string {
  const iat = Math.floor(opts.now ?? Date.now() / 1000);
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = enc({ alg: 'RS256', typ: 'JWT', kid: sa.private_key_id });
  const claims = enc({
    iss: sa.client_email,
    scope: opts.scope ?? CLOUD_PLATFORM_SCOPE,
    aud: opts.aud ?? sa.token_uri,
    iat,
    exp: iat + (opts.lifetimeS ?? 3600),
  });
  const signer = createSign('RSA-SHA256');
  signer.update(head + '.' + claims);
  return head + '.' + claims + '.' + signer.sign(sa.private_key).toString('base64url');
}

const keyCache = new WeakMap<ServiceAccount, KeyObject>();
function publicKeyOf(sa: ServiceAccount): KeyObject {
  let k = keyCache.get(sa);
  if (!k) {
    k = createPublicKey(sa.private_key);
    keyCache.set(sa, k);
  }
  return k;
}

const b64urlJson = (s: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Record<string, unknown>;

type Check = { ok: true } | { ok: false; error: string; description: string };
const fail = (error: string, description: string): Check => ({ ok: false, error, description });

/** Verifies a JWT-bearer assertion; `tokenUrls` are the audiences this endpoint answers to. */
export function verifyAssertion(assertion: string, sa: ServiceAccount, tokenUrls: string[], now = Date.now() / 1000): Check {
  const parts = assertion.split('.');
  if (parts.length !== 3) return fail('invalid_grant', 'Invalid JWT: Token must be a short-lived token and in a reasonable timeframe');
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = b64urlJson(parts[0]);
    claims = b64urlJson(parts[1]);
  } catch {
    return fail('invalid_grant', 'Invalid JWT: malformed header or claims');
  }
  if (header.alg !== 'RS256') return fail('invalid_grant', 'Invalid JWT: unsupported algorithm, expected RS256');
  const verifier = createVerify('RSA-SHA256');
  verifier.update(parts[0] + '.' + parts[1]);
  if (!verifier.verify(publicKeyOf(sa), Buffer.from(parts[2], 'base64url'))) {
    return fail('invalid_grant', 'Invalid JWT Signature.');
  }
  if (header.kid !== undefined && header.kid !== sa.private_key_id) return fail('invalid_grant', 'Invalid JWT Signature.');
  if (claims.iss !== sa.client_email) return fail('invalid_grant', 'Invalid JWT: iss does not name a known service account');
  if (typeof claims.aud !== 'string' || !tokenUrls.includes(claims.aud)) {
    return fail('invalid_grant', 'Invalid JWT: aud must be the token endpoint URL');
  }
  if (typeof claims.scope !== 'string' || claims.scope.trim() === '') {
    return fail('invalid_scope', 'Invalid OAuth scope or ID token audience provided.');
  }
  const exp = claims.exp;
  const iat = claims.iat;
  if (typeof exp !== 'number' || typeof iat !== 'number' || exp <= now - 30 || iat > now + 300 || exp - iat > 3600) {
    return fail('invalid_grant', 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.');
  }
  return { ok: true };
}

function reply(ctx: Ctx, status: number, body: Record<string, unknown>): void {
  const json = JSON.stringify(body);
  ctx.res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-cache, no-store, max-age=0, must-revalidate',
    'content-length': Buffer.byteLength(json),
  });
  ctx.res.end(json);
}

export function handleToken(ctx: Ctx): void {
  const form = new URLSearchParams(ctx.body);
  if (form.get('grant_type') !== JWT_GRANT) {
    return reply(ctx, 400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type: ' + (form.get('grant_type') ?? '') });
  }
  const sa = ctx.state.options.google?.serviceAccount;
  if (!sa) return reply(ctx, 400, { error: 'invalid_grant', error_description: 'No service account is configured on this token endpoint.' });
  const host = ctx.req.headers.host ?? '';
  const urls = [GOOGLE_TOKEN_URL, sa.token_uri, `http://${host}${ctx.path}`, `https://${host}${ctx.path}`];
  const check = verifyAssertion(form.get('assertion') ?? '', sa, urls);
  if (!check.ok) return reply(ctx, 400, { error: check.error, error_description: check.description });
  const token = 'ya29.mock-' + nextId() + randomBytes(12).toString('base64url');
  ctx.state.tokens.set(token, Date.now() + TOKEN_TTL_S * 1000);
  ctx.state.minted++;
  reply(ctx, 200, { access_token: token, expires_in: TOKEN_TTL_S, token_type: 'Bearer' });
}

/** For Vertex: the bearer must be a live token this endpoint minted (any bearer when no account is set). */
export function accessTokenOk(ctx: Ctx): boolean {
  const auth = ctx.req.headers.authorization;
  if (!auth?.startsWith('Bearer ')) return false;
  if (!ctx.state.options.google?.serviceAccount) return !auth.includes('invalid');
  const exp = ctx.state.tokens.get(auth.slice(7));
  return exp !== undefined && exp > Date.now();
}
