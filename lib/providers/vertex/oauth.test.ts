import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import { clearProcessSingleton } from '@/lib/runtime/singleton';
import { createTestServiceAccount, startMockUpstream, type MockUpstream, type ServiceAccount } from '@/lib/testing/mock-upstream';
import { invalidateVertexToken, vertexAccessToken } from './oauth';

let mock: MockUpstream;
let sa: ServiceAccount;
let json: string;
const previousTokenUrl = process.env.GATEWAY_GOOGLE_TOKEN_URL;

beforeAll(async () => {
  sa = createTestServiceAccount({ projectId: 'acme-prod' });
  json = JSON.stringify(sa);
  mock = await startMockUpstream({ google: { serviceAccount: sa } });
  process.env.GATEWAY_GOOGLE_TOKEN_URL = `${mock.url}/token`;
  resetEnvCache();
});
afterAll(async () => {
  if (previousTokenUrl === undefined) delete process.env.GATEWAY_GOOGLE_TOKEN_URL;
  else process.env.GATEWAY_GOOGLE_TOKEN_URL = previousTokenUrl;
  resetEnvCache();
  await mock.close();
});
beforeEach(() => {
  mock.reset();
  clearProcessSingleton('vertex-oauth-tokens');
});

// A fresh object per call, as the credential cache produces after a reload: hashing must not rely on identity.
const cred = (credentialId: string, serviceAccountJson: string) => ({ credentialId, serviceAccountJson });

async function vertexStatus(token: string): Promise<number> {
  const res = await request(`${mock.url}/v1/projects/acme-prod/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }] }),
  });
  await res.body.dump();
  return res.statusCode;
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(await condition()).toBe(true);
}

describe('vertexAccessToken', () => {
  it('mints a token the Vertex routes accept, with an RS256 assertion the token endpoint verified', async () => {
    const token = await vertexAccessToken(cred('cred_1', json));
    expect(token).toMatch(/^ya29\./);
    expect(mock.tokensMinted()).toBe(1);
    const mint = mock.requests.find((r) => r.provider === 'google-oauth')!;
    expect(mint.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(mint.body).get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(await vertexStatus(token)).toBe(200);
    expect(await vertexStatus('ya29.not-minted')).toBe(401);
  });

  it('caches the token per credential', async () => {
    const first = await vertexAccessToken(cred('cred_1', json));
    expect(await vertexAccessToken(cred('cred_1', json))).toBe(first);
    expect(mock.tokensMinted()).toBe(1);
    expect(await vertexAccessToken(cred('cred_2', json))).not.toBe(first);
    expect(mock.tokensMinted()).toBe(2);
  });

  it('shares one mint between 20 concurrent requests', async () => {
    const tokens = await Promise.all(Array.from({ length: 20 }, () => vertexAccessToken(cred('cred_1', json))));
    expect(new Set(tokens).size).toBe(1);
    expect(mock.tokensMinted()).toBe(1);
  });

  it('refreshes in the background with under 10 minutes left, and waits with under a minute left', async () => {
    const start = Date.now();
    let offset = 0;
    const now = () => start + offset;
    const first = await vertexAccessToken(cred('cred_1', json), { now });
    offset = 45 * 60_000;
    expect(await vertexAccessToken(cred('cred_1', json), { now })).toBe(first);
    expect(mock.tokensMinted()).toBe(1);

    offset = 52 * 60_000;
    // The current token still serves while a new one is minted.
    expect(await vertexAccessToken(cred('cred_1', json), { now })).toBe(first);
    // Requests during the refresh keep getting the current token and start no second mint.
    await until(async () => (await vertexAccessToken(cred('cred_1', json), { now })) !== first);
    const second = await vertexAccessToken(cred('cred_1', json), { now });
    expect(mock.tokensMinted()).toBe(2);

    // 59.5 minutes after the second mint: too close to expiry to hand out.
    offset += 59.5 * 60_000;
    const third = await vertexAccessToken(cred('cred_1', json), { now });
    expect(third).not.toBe(second);
    expect(mock.tokensMinted()).toBe(3);
  });

  it('keeps serving the current token when a background refresh fails', async () => {
    const start = Date.now();
    let offset = 0;
    const now = () => start + offset;
    const first = await vertexAccessToken(cred('cred_1', json), { now });
    mock.setBehavior({ status: 500, count: 1, match: { provider: 'google-oauth' } });
    const mintCalls = () => mock.requests.filter((r) => r.provider === 'google-oauth').length;
    offset = 55 * 60_000;
    expect(await vertexAccessToken(cred('cred_1', json), { now })).toBe(first);
    await until(() => mintCalls() === 2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // No new attempt for 30 s after a failure.
    expect(await vertexAccessToken(cred('cred_1', json), { now })).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mintCalls()).toBe(2);
    offset += 31_000;
    expect(await vertexAccessToken(cred('cred_1', json), { now })).toBe(first);
    await until(async () => (await vertexAccessToken(cred('cred_1', json), { now })) !== first);
    expect(mock.tokensMinted()).toBe(2);
  });

  it('mints a new token when the credential is replaced or invalidated', async () => {
    const first = await vertexAccessToken(cred('cred_1', json));
    const replaced = JSON.stringify({ ...sa, client_id: 'rotated' });
    const second = await vertexAccessToken(cred('cred_1', replaced));
    expect(second).not.toBe(first);
    invalidateVertexToken('cred_1');
    expect(await vertexAccessToken(cred('cred_1', replaced))).not.toBe(second);
    expect(mock.tokensMinted()).toBe(3);
  });

  it('does not keep a token whose mint was under way when the credential was invalidated', async () => {
    mock.setBehavior({ delayMs: 50, count: 1, match: { provider: 'google-oauth' } });
    const pending = vertexAccessToken(cred('cred_1', json));
    invalidateVertexToken('cred_1');
    await pending;
    await vertexAccessToken(cred('cred_1', json));
    expect(mock.tokensMinted()).toBe(2);
  });
});

describe('vertexAccessToken failures', () => {
  async function failure(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('provider_unavailable');
    expect(appError.status).toBe(502);
    // Never the key, the assertion (a JWT starts with eyJ), the account or a token.
    expect(appError.message).not.toMatch(/PRIVATE KEY|eyJ|ya29/);
    expect(appError.message).not.toContain(sa.client_email);
    return appError;
  }

  it('reports a token endpoint error cleanly', async () => {
    mock.setBehavior({ status: 503, count: 1, match: { provider: 'google-oauth' } });
    expect((await failure(vertexAccessToken(cred('cred_1', json)))).message).toMatch(/HTTP 503/);
    // The failure is not cached.
    expect(await vertexAccessToken(cred('cred_1', json))).toMatch(/^ya29\./);
  });

  it('reports a refused assertion with the OAuth error code', async () => {
    const stranger = createTestServiceAccount({ projectId: 'acme-prod' });
    const forged = JSON.stringify({ ...stranger, client_email: sa.client_email, private_key_id: sa.private_key_id });
    expect((await failure(vertexAccessToken(cred('cred_x', forged)))).message).toMatch(/invalid_grant/);
  });

  it('reports unusable key files and an unreachable endpoint', async () => {
    await failure(vertexAccessToken(cred('cred_a', 'not json')));
    await failure(vertexAccessToken(cred('cred_b', JSON.stringify({ client_email: 'a@b' }))));
    await failure(vertexAccessToken(cred('cred_c', JSON.stringify({ ...sa, private_key: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n' }))));
    process.env.GATEWAY_GOOGLE_TOKEN_URL = 'http://127.0.0.1:9/token';
    resetEnvCache();
    try {
      expect((await failure(vertexAccessToken(cred('cred_d', json)))).message).toMatch(/could not be reached/);
    } finally {
      process.env.GATEWAY_GOOGLE_TOKEN_URL = `${mock.url}/token`;
      resetEnvCache();
    }
  });
});
