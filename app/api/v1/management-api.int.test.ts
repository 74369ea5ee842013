import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/db/queries/audit';
import { call, startTestApp, type TestApp } from '@/lib/testing/harness';

let app: TestApp;
let a: Awaited<ReturnType<TestApp['tenant']>>;
let b: Awaited<ReturnType<TestApp['tenant']>>;

beforeAll(async () => {
  app = await startTestApp();
  a = await app.tenant('Acme');
  b = await app.tenant('Globex');
});
afterAll(async () => app?.close());

const serviceAccount = () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    type: 'service_account',
    project_id: 'acme-prod',
    private_key_id: 'abc123def456',
    private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    client_email: 'gateway@acme-prod.iam.gserviceaccount.com',
    token_uri: 'https://oauth2.googleapis.com/token',
  };
};

describe('sign-up', () => {
  it('rejects a duplicate e-mail, a weak password and a bad e-mail with a 400 naming the field', async () => {
    const dup = await call('POST', '/api/auth/signup', { body: { email: a.email.toUpperCase(), password: 'long enough pw', name: 'X', organization: 'Y' } });
    expect(dup.status).toBe(400);
    expect(dup.body.error).toMatchObject({ code: 'validation', field: 'email' });
    expect(dup.body.error.message).toMatch(/already exists/);

    const weak = await call('POST', '/api/auth/signup', { body: { email: 'new@example.com', password: 'short', name: 'X', organization: 'Y' } });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({ code: 'validation', field: 'password' });

    const bad = await call('POST', '/api/auth/signup', { body: { email: 'not-an-email', password: 'long enough pw', name: 'X', organization: 'Y' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation', field: 'email' });
  });

  it('answers malformed JSON with a validation error and a request id', async () => {
    const res = await call('POST', '/api/auth/signup', { rawBody: '{"email": ', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation');
    expect(res.body.error.request_id).toBe(res.headers.get('x-request-id'));
  });
});

describe('gateway keys', () => {
  it('shows the full key once, then only masked', async () => {
    const created = await call('POST', '/api/v1/keys', { token: a.token, body: { name: 'prod agent', models: ['gpt-4o*'], rate_limit_rpm: 60, budget_usd: 50 } });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^gw_live_[0-9A-Za-z]{40}$/);
    expect(created.body.masked).toBe(`gw_live_…${created.body.key.slice(-4)}`);
    expect(created.body).toMatchObject({ models: ['gpt-4o*'], rate_limit_rpm: 60, budget_usd_monthly: 50, status: 'active' });

    const list = await call('GET', '/api/v1/keys?limit=10', { token: a.token });
    expect(list.status).toBe(200);
    const item = list.body.items.find((k: { id: string }) => k.id === created.body.id);
    expect(item.masked).toBe(created.body.masked);
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);
    expect(item).not.toHaveProperty('key');
  });

  it('revokes a key', async () => {
    const created = await call('POST', '/api/v1/keys', { token: a.token, body: { name: 'to revoke' } });
    const revoked = await call('DELETE', `/api/v1/keys/${created.body.id}`, { token: a.token });
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('revoked');
    expect(revoked.body.revoked_at).toBeTruthy();
  });

  it('validates input and limits', async () => {
    const wrongType = await call('POST', '/api/v1/keys', { token: a.token, body: { name: 123 } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error).toMatchObject({ code: 'validation', field: 'name' });

    const missing = await call('POST', '/api/v1/keys', { token: a.token, body: {} });
    expect(missing.body.error.field).toBe('name');

    const past = await call('POST', '/api/v1/keys', { token: a.token, body: { name: 'x', expires_at: '2001-01-01T00:00:00Z' } });
    expect(past.body.error.field).toBe('expires_at');

    const tooMany = await call('GET', '/api/v1/keys?limit=500', { token: a.token });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.field).toBe('query.limit');

    const huge = await call('POST', '/api/v1/keys', { token: a.token, rawBody: JSON.stringify({ name: 'x', metadata: { blob: 'x'.repeat(1024 * 1024 + 10) } }), headers: { 'content-type': 'application/json' } });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');

    const unknownId = await call('GET', '/api/v1/keys/00000000-0000-4000-8000-000000000000', { token: a.token });
    expect(unknownId.status).toBe(404);
    const notAnId = await call('DELETE', '/api/v1/keys/not-a-uuid', { token: a.token });
    expect(notAnId.status).toBe(404);
    expect(notAnId.body.error.code).toBe('not_found');
  });
});

describe('provider credentials', () => {
  it('stores each kind and returns only the last four and metadata', async () => {
    const bodies = [
      { provider: 'openai', name: 'default', api_key: 'sk-proj-abcdefghijklmnop1234' },
      { provider: 'azure', name: 'eu', api_key: 'azurekey0000000000009876', resource: 'acme-eu', api_version: '2024-10-21' },
      { provider: 'bedrock', name: 'aws', aws_access_key_id: 'AKIAIOSFODNN7EXAMPLE', aws_secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' },
      { provider: 'vertex', name: 'gcp', service_account_json: JSON.stringify(serviceAccount()), location: 'europe-west4' },
      { provider: 'custom', name: 'vllm', base_url: 'https://llm.acme.example/v1', api_key: 'vllm-secret-5555' },
    ];
    for (const body of bodies) {
      const res = await call('POST', '/api/v1/providers', { token: a.token, body });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ provider: body.provider, name: body.name, is_default: true });
      const secrets = ['api_key', 'aws_secret_access_key', 'service_account_json'] as const;
      for (const field of secrets) {
        const value = (body as unknown as Record<string, string | undefined>)[field];
        if (value) expect(JSON.stringify(res.body)).not.toContain(field === 'service_account_json' ? JSON.parse(value).private_key.slice(40, 80) : value);
      }
    }
    const list = await call('GET', '/api/v1/providers', { token: a.token });
    expect(list.body.items).toHaveLength(bodies.length);
    const vertex = list.body.items.find((c: { provider: string }) => c.provider === 'vertex');
    expect(vertex.metadata).toMatchObject({ project: 'acme-prod', location: 'europe-west4', client_email: 'gateway@acme-prod.iam.gserviceaccount.com' });
    expect(list.body.items.find((c: { provider: string }) => c.provider === 'bedrock').last_four).toBe('MPLE');
  });

  it('names the missing field and refuses unknown providers', async () => {
    const missing = await call('POST', '/api/v1/providers', { token: a.token, body: { provider: 'azure', name: 'x', api_key: 'k' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('resource');
    const unknown = await call('POST', '/api/v1/providers', { token: a.token, body: { provider: 'nope', api_key: 'k' } });
    expect(unknown.body.error.field).toBe('provider');
    const creds = await call('POST', '/api/v1/providers', { token: a.token, body: { provider: 'custom', name: 'y', base_url: 'https://user:pw@host.example/v1' } });
    expect(creds.body.error.field).toBe('base_url');
    const dup = await call('POST', '/api/v1/providers', { token: a.token, body: { provider: 'openai', name: 'default', api_key: 'sk-other' } });
    expect(dup.status).toBe(409);
  });
});

describe('tenant isolation', () => {
  it("gives org B a 404 for org A's key and credential ids, and never lists them", async () => {
    const key = await call('POST', '/api/v1/keys', { token: a.token, body: { name: 'A only' } });
    const cred = await call('POST', '/api/v1/providers', { token: a.token, body: { provider: 'anthropic', name: 'a-anthropic', api_key: 'sk-ant-aaaaaaaaaaaaaaaa' } });
    for (const [method, url] of [
      ['GET', `/api/v1/keys/${key.body.id}`],
      ['DELETE', `/api/v1/keys/${key.body.id}`],
      ['PATCH', `/api/v1/keys/${key.body.id}`],
      ['GET', `/api/v1/providers/${cred.body.id}`],
      ['DELETE', `/api/v1/providers/${cred.body.id}`],
    ] as const) {
      const res = await call(method, url, { token: b.token, body: method === 'PATCH' ? { name: 'stolen' } : undefined });
      expect(res.status, `${method} ${url}`).toBe(404);
    }
    const bKeys = await call('GET', '/api/v1/keys?limit=100', { token: b.token });
    const bCreds = await call('GET', '/api/v1/providers', { token: b.token });
    expect(bKeys.body.items.map((k: { id: string }) => k.id)).not.toContain(key.body.id);
    expect(bCreds.body.items).toHaveLength(0);
    const stillThere = await call('GET', `/api/v1/keys/${key.body.id}`, { token: a.token });
    expect(stillThere.body.status).toBe('active');
  });
});

describe('secrets at rest', () => {
  it('never holds a gateway key or provider secret in plain text', async () => {
    const key = await call('POST', '/api/v1/keys', { token: a.token, body: { name: 'raw row check' } });
    const secret = 'sk-raw-row-check-0123456789abcdef';
    await call('POST', '/api/v1/providers', { token: a.token, body: { provider: 'mistral', name: 'raw', api_key: secret } });
    const tables = ['api_keys', 'provider_credentials', 'management_tokens', 'audit_events', 'users'];
    for (const table of tables) {
      const dump = JSON.stringify(await app.database.rows(`select * from ${table}`));
      expect(dump, table).not.toContain(key.body.key);
      expect(dump, table).not.toContain(secret);
      expect(dump, table).not.toContain(a.token);
      expect(dump, table).not.toContain('correct horse battery');
    }
  });
});

describe('roles and authentication', () => {
  it('lets a viewer read but not create or revoke', async () => {
    const viewer = await app.tenant('Viewer Co', 'viewer');
    expect((await call('GET', '/api/v1/keys', { token: viewer.token })).status).toBe(200);
    const create = await call('POST', '/api/v1/keys', { token: viewer.token, body: { name: 'nope' } });
    expect(create.status).toBe(403);
    expect(create.body.error.code).toBe('forbidden');
    expect((await call('POST', '/api/v1/providers', { token: viewer.token, body: { provider: 'openai', api_key: 'sk-x' } })).status).toBe(403);
  });

  it('rejects missing, invalid and revoked management tokens', async () => {
    expect((await call('GET', '/api/v1/keys')).status).toBe(401);
    expect((await call('GET', '/api/v1/keys', { token: 'gw_mgmt_' + 'x'.repeat(40) })).status).toBe(401);
    expect((await call('GET', '/api/v1/keys', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
    const created = await call('POST', '/api/v1/tokens', { token: a.token, body: { name: 'ci', role: 'member' } });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^gw_mgmt_/);
    expect((await call('GET', '/api/v1/me', { token: created.body.token })).body.role).toBe('member');
    await call('DELETE', `/api/v1/tokens/${created.body.id}`, { token: a.token });
    expect((await call('GET', '/api/v1/me', { token: created.body.token })).status).toBe(401);
  });

  it('never lets a token mint a more powerful one', async () => {
    const admin = await call('POST', '/api/v1/tokens', { token: a.token, body: { name: 'admin', role: 'admin' } });
    const res = await call('POST', '/api/v1/tokens', { token: admin.body.token, body: { name: 'owner', role: 'owner' } });
    expect(res.status).toBe(403);
  });

  it('keeps the caller request id and sets one otherwise', async () => {
    const kept = await call('GET', '/api/v1/me', { token: a.token, headers: { 'x-request-id': 'trace-123' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-123');
    const made = await call('GET', '/api/v1/me', { token: a.token });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('audit trail', () => {
  it('records management actions in an intact hash chain', async () => {
    const rows = await app.database.rows<{ action: string }>(`select action from audit_events where org_id = $1 order by id`, [a.orgId]);
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.sign_up', 'key.create', 'key.revoke', 'credential.create', 'token.create', 'token.revoke']));
    const result = await verifyAuditChain(app.database.db, a.orgId);
    expect(result.broken).toBeUndefined();
    expect(result.checked).toBe(rows.length);
  });
});
