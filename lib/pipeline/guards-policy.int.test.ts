import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { GoogleGenAI } from '@google/genai';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPolicy, violationRows } from '@/lib/testing/guards';
import { call } from '@/lib/testing/harness';
import { startGatewayTestEnv, type GatewayTestEnv } from '@/lib/testing/gateway';

/** Model access in every provider shape, holds and approvals, identity tokens. */
let env: GatewayTestEnv;
let jwks: Server;
let jwksUrl: string;
let signRs256: (claims: Record<string, unknown>) => Promise<string>;

beforeAll(async () => {
  env = await startGatewayTestEnv();
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
  jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
  signRs256 = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'test-key' }).setIssuedAt().setExpirationTime('5m').sign(privateKey);
});
afterAll(async () => {
  jwks?.close();
  await env?.close();
});

describe('model access, answered in each provider shape; the model is never called', () => {
  it('OpenAI, Anthropic, Gemini and Bedrock', async () => {
    const t = await env.tenant('Model access');
    const policy = await addPolicy(t.token, { name: 'No premium models', kind: 'model_access', action: 'block', config: { deny: ['gpt-4o', 'claude-opus*', 'gemini-2.5-pro', 'anthropic.claude-3-opus*'] } });
    const before = env.mock.requests.length;

    const openai = new OpenAI({ apiKey: t.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    const e1 = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }).catch((e) => e);
    expect(e1).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(e1.error).toMatchObject({ code: 'policy_denied', policy_id: policy.id });
    expect(e1.error.request_id).toBeTruthy();
    expect((await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] })).choices[0].message.content).toContain('hi');

    const anthropic = new Anthropic({ apiKey: t.key, baseURL: env.base('anthropic'), maxRetries: 0 });
    const e2 = await anthropic.messages.create({ model: 'claude-opus-4-1', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }).catch((e) => e);
    expect(e2).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect(e2.error.error).toMatchObject({ code: 'policy_denied', policy_id: policy.id });

    const google = new GoogleGenAI({ apiKey: t.key, httpOptions: { baseUrl: env.base('google') } });
    const e3 = await google.models.generateContent({ model: 'gemini-2.5-pro', contents: 'hi' }).catch((e) => e);
    expect(e3.status).toBe(403);
    expect(String(e3.message)).toContain('policy_denied');

    const bedrock = new BedrockRuntimeClient({ region: 'us-east-1', endpoint: `${env.base('bedrock')}/us-east-1`, token: { token: t.key }, authSchemePreference: ['httpBearerAuth'], maxAttempts: 1 });
    const e4 = await bedrock.send(new ConverseCommand({ modelId: 'anthropic.claude-3-opus-20240229-v1:0', messages: [{ role: 'user', content: [{ text: 'hi' }] }] })).catch((e) => e);
    bedrock.destroy();
    expect(e4.name).toBe('AccessDeniedException');
    expect(e4.$metadata.httpStatusCode).toBe(403);

    expect(env.mock.requests.length).toBe(before + 1);
    const rows = (await violationRows(t.orgId)).filter((r) => r.policyId === policy.id);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.type === 'policy' && r.autoBlocked)).toBe(true);
  });
});

describe('holds', () => {
  it('409 with an approval id; approved, the same request passes once; a second retry is refused', async () => {
    const t = await env.tenant('Holds');
    await addPolicy(t.token, { name: 'Wire transfers need a human', action: 'hold', trigger_type: 'keywords', pattern: 'wire transfer' });
    const openai = new OpenAI({ apiKey: t.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    const body = { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: 'Prepare the wire transfer to ACME' }] };
    const held = await openai.chat.completions.create(body).catch((e) => e);
    expect(held).toBeInstanceOf(OpenAI.ConflictError);
    expect(held.error.code).toBe('approval_required');
    const id = held.headers.get('x-gateway-approval-id');
    expect(id).toBe(held.error.approval_id);
    // Retrying before a decision does not pile up approvals, and stays held.
    const again = await openai.chat.completions.create(body).catch((e) => e);
    expect(again.headers.get('x-gateway-approval-id')).toBe(id);
    const pending = await openai.chat.completions.create(body, { headers: { 'X-Gateway-Approval-Id': id } }).catch((e) => e);
    expect(pending).toBeInstanceOf(OpenAI.ConflictError);

    const viewer = await env.app.tenant('Holds viewer', 'viewer');
    expect((await call('POST', `/api/v1/approvals/${id}`, { token: viewer.token, body: { decision: 'approve' } })).status).toBe(403);
    const approved = await call('POST', '/api/v1/approvals', { token: t.token, body: { id, decision: 'approve', note: 'checked with finance' } });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ id, status: 'approved', decision_note: 'checked with finance', kind: 'request' });
    expect((await call('POST', `/api/v1/approvals/${id}`, { token: t.token, body: { decision: 'deny' } })).status).toBe(409);

    const passed = await openai.chat.completions.create(body, { headers: { 'X-Gateway-Approval-Id': id } });
    expect(passed.choices[0].message.content).toContain('wire transfer');
    const twice = await openai.chat.completions.create(body, { headers: { 'X-Gateway-Approval-Id': id } }).catch((e) => e);
    expect(twice).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(twice.message).toContain('already been used');
    const other = await openai.chat.completions.create({ ...body, messages: [{ role: 'user', content: 'Another wire transfer' }] }, { headers: { 'X-Gateway-Approval-Id': id } }).catch((e) => e);
    expect(other).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((await call('GET', `/api/v1/approvals/${id}`, { token: t.token })).body.status).toBe('used');
  });
});

describe('identity tokens', () => {
  it('HMAC: verified claims replace the headers; an invalid token is a 401', async () => {
    const t = await env.tenant('Identity HMAC');
    const secret = 'an-hmac-secret-of-at-least-32-characters';
    expect((await call('PATCH', '/api/v1/settings', { token: t.token, body: { identity: { hmac_secret: secret, issuer: 'https://idp.example' } } })).status).toBe(200);
    await addPolicy(t.token, { name: 'Contractors use small models', kind: 'model_access', scope: { groups: ['contractors'] }, config: { allow: ['*-mini'] } });
    const token = await new SignJWT({ groups: ['contractors'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setIssuer('https://idp.example').setExpirationTime('5m').sign(new TextEncoder().encode(secret));
    const openai = new OpenAI({ apiKey: t.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    const asAlice = { headers: { 'X-Gateway-Identity-Token': token, 'X-Gateway-User-Group': 'staff' } };
    const denied = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }, asAlice).catch((e) => e);
    expect(denied).toBeInstanceOf(OpenAI.PermissionDeniedError);
    await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }, asAlice);
    expect((await env.rows(t.orgId)).at(-1)).toMatchObject({ userId: 'alice', userGroup: 'contractors', status: 200 });
    // Plain headers alone: the group header is trusted as sent.
    await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'X-Gateway-User-Group': 'staff' } });

    const forged = await new SignJWT({ groups: ['admins'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').setIssuer('https://idp.example').setExpirationTime('5m').sign(new TextEncoder().encode('x'.repeat(40)));
    const bad = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'X-Gateway-Identity-Token': forged } }).catch((e) => e);
    expect(bad).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(bad.message).toContain('X-Gateway-Identity-Token');
    const wrongIssuer = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setIssuer('https://other.example').sign(new TextEncoder().encode(secret));
    expect(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'X-Gateway-Identity-Token': wrongIssuer } }).catch((e) => e.status)).toBe(401);
  });

  it('JWKS: RS256 tokens verified against the configured key set', async () => {
    const t = await env.tenant('Identity JWKS');
    await call('PATCH', '/api/v1/settings', { token: t.token, body: { identity: { jwks_url: jwksUrl, user_claim: 'email', groups_claim: 'roles' } } });
    const anthropic = new Anthropic({ apiKey: t.key, baseURL: env.base('anthropic'), maxRetries: 0 });
    const token = await signRs256({ email: 'bob@example.com', roles: ['eng'] });
    await anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'X-Gateway-Identity-Token': token } });
    expect((await env.rows(t.orgId)).at(-1)).toMatchObject({ userId: 'bob@example.com', userGroup: 'eng' });
    const unsigned = token.split('.').slice(0, 2).join('.') + '.AAAA';
    const bad = await anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'X-Gateway-Identity-Token': unsigned } }).catch((e) => e);
    expect(bad).toBeInstanceOf(Anthropic.AuthenticationError);
  });

  it('a token for an organisation without identity configuration is refused', async () => {
    const t = await env.tenant('No identity');
    const openai = new OpenAI({ apiKey: t.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    const e = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'X-Gateway-Identity-Token': await signRs256({ sub: 'x' }) } }).catch((err) => err);
    expect(e.status).toBe(401);
  });
});
