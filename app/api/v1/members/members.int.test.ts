import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManagementToken } from '@/db/queries/tokens';
import { trustedOrgId } from '@/db/tenant';
import { call, startTestApp, type TestApp } from '@/lib/testing/harness';

let app: TestApp;
let a: Awaited<ReturnType<TestApp['tenant']>>;
let b: Awaited<ReturnType<TestApp['tenant']>>;
let adminToken: string;
let viewerToken: string;

beforeAll(async () => {
  app = await startTestApp();
  a = await app.tenant('Members');
  b = await app.tenant('Outsider');
  adminToken = (await createManagementToken(app.database.db, trustedOrgId(a.orgId), { name: 'admin', role: 'admin' }, a.userId)).token;
  viewerToken = (await createManagementToken(app.database.db, trustedOrgId(a.orgId), { name: 'viewer', role: 'viewer' }, a.userId)).token;
});
afterAll(async () => app?.close());

const signUp = (email: string) => call('POST', '/api/auth/signup', { body: { email, password: 'correct horse battery', name: email.split('@')[0], organization: 'Own org' } });

describe('members', () => {
  it('lists members for any role; only admins and owners change them', async () => {
    const list = await call('GET', '/api/v1/members', { token: viewerToken });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ user_id: a.userId, email: a.email, role: 'owner' });
    const denied = await call('POST', '/api/v1/members', { token: viewerToken, body: { email: b.email, role: 'viewer' } });
    expect(denied.status).toBe(403);
  });

  it('adds an existing account at once and refuses a second add', async () => {
    const added = await call('POST', '/api/v1/members', { token: adminToken, body: { email: b.email.toUpperCase(), role: 'member' } });
    expect(added.status).toBe(201);
    expect(added.body.member).toMatchObject({ user_id: b.userId, role: 'member' });
    const again = await call('POST', '/api/v1/members', { token: adminToken, body: { email: b.email, role: 'viewer' } });
    expect(again.status).toBe(409);
    const badEmail = await call('POST', '/api/v1/members', { token: adminToken, body: { email: 'nope', role: 'viewer' } });
    expect(badEmail.body.error.field).toBe('email');
  });

  it('invites an unknown address; signing up with it joins the organisation with that role', async () => {
    const email = `invitee-${Date.now()}@example.com`;
    const invited = await call('POST', '/api/v1/members', { token: adminToken, body: { email, role: 'viewer' } });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ member: null, invitation: { email, role: 'viewer' } });
    expect((await call('GET', '/api/v1/members', { token: adminToken })).body.invitations).toHaveLength(1);
    const dup = await call('POST', '/api/v1/members', { token: adminToken, body: { email, role: 'member' } });
    expect(dup.status).toBe(409);

    const signed = await signUp(email);
    expect(signed.status).toBe(201);
    const after = await call('GET', '/api/v1/members', { token: adminToken });
    expect(after.body.items.find((m: { email: string }) => m.email === email)).toMatchObject({ role: 'viewer' });
    expect(after.body.invitations).toHaveLength(0);
    const audit = await call('GET', '/api/v1/audit?action=member.join', { token: a.token });
    expect(audit.body.items).toHaveLength(1);
  });

  it('withdraws an invitation', async () => {
    const invited = await call('POST', '/api/v1/members', { token: adminToken, body: { email: `gone-${Date.now()}@example.com`, role: 'member' } });
    const removed = await call('DELETE', `/api/v1/invitations/${invited.body.invitation.id}`, { token: adminToken });
    expect(removed.status).toBe(200);
    expect((await call('DELETE', `/api/v1/invitations/${invited.body.invitation.id}`, { token: adminToken })).status).toBe(404);
  });

  it('keeps the owner role with owners and never leaves the organisation without one', async () => {
    const promote = await call('PATCH', `/api/v1/members/${b.userId}`, { token: adminToken, body: { role: 'owner' } });
    expect(promote.status).toBe(403);
    const demoteOwner = await call('PATCH', `/api/v1/members/${a.userId}`, { token: adminToken, body: { role: 'member' } });
    expect(demoteOwner.status).toBe(403);
    const lastOwner = await call('PATCH', `/api/v1/members/${a.userId}`, { token: a.token, body: { role: 'admin' } });
    expect(lastOwner.status).toBe(409);
    expect(lastOwner.body.error.message).toMatch(/at least one owner/);
    expect((await call('DELETE', `/api/v1/members/${a.userId}`, { token: a.token })).status).toBe(409);

    expect((await call('PATCH', `/api/v1/members/${b.userId}`, { token: a.token, body: { role: 'owner' } })).body.role).toBe('owner');
    expect((await call('PATCH', `/api/v1/members/${a.userId}`, { token: a.token, body: { role: 'admin' } })).body.role).toBe('admin');
    const changes = await call('GET', '/api/v1/audit?action=member.role_change', { token: a.token });
    expect(changes.body.items[0].details).toEqual({ from: 'owner', to: 'admin' });
  });

  it('lets no other organisation see or change these members', async () => {
    const c = await app.tenant('Stranger');
    const theirs = await call('GET', '/api/v1/members', { token: c.token });
    expect(theirs.body.items.map((m: { user_id: string }) => m.user_id)).toEqual([c.userId]);
    expect((await call('PATCH', `/api/v1/members/${b.userId}`, { token: c.token, body: { role: 'viewer' } })).status).toBe(404);
    expect((await call('DELETE', `/api/v1/members/${a.userId}`, { token: c.token })).status).toBe(404);
  });
});
