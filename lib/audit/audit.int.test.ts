import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, getDatabase, useDatabase, type Database } from '@/db';
import { appendAuditEvent, appendAuditEvents, verifyAuditChain } from '@/db/queries/audit';
import { createTestDatabase } from '@/db/testing';
import { runCommand } from '@/lib/admin/commands';
import { resetEnvCache } from '@/lib/config/env';
import { clearProcessSingleton } from '@/lib/runtime/singleton';
import type { AuditContent } from './chain';

/**
 * The audit trail is append-only (a trigger refuses UPDATE and DELETE) and hash-chained: a row
 * changed behind the trigger's back (a superuser disabling it) is named by the verifier, in
 * process, through `npm run audit:verify` against Postgres, and through the running server's
 * control socket in embedded mode. Each break is also sent to the alert webhook.
 */
let webhook: http.Server;
let webhookUrl: string;
const alertsReceived: string[] = [];

beforeAll(async () => {
  webhook = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      alertsReceived.push(JSON.parse(body).text);
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => webhook.close(() => resolve())));

function setEnv(vars: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  resetEnvCache();
  clearProcessSingleton('alerts');
}

const event = (orgId: string, action: string, n: number): Omit<AuditContent, 'createdAt'> => ({
  orgId,
  actorType: 'user',
  actorId: randomUUID(),
  action,
  targetType: 'api_key',
  targetId: randomUUID(),
  ip: '203.0.113.7',
  userAgent: 'audit-test',
  details: { n, nested: { b: 2, a: 1 } },
});

/** Writes a chain of 6 rows for a fresh org (4 one by one, 2 as a batch); returns the row ids. */
async function seed(database: Database, orgId: string): Promise<number[]> {
  for (let i = 0; i < 4; i++) await appendAuditEvent(database.db, event(orgId, 'key.create', i));
  await appendAuditEvents(database.db, [4, 5].map((n) => ({ ...event(orgId, 'gateway.denied', n), details: { n, event_id: randomUUID() }, createdAt: new Date() })));
  const rows = await database.rows<{ id: string }>('select id from audit_events where org_id = $1 order by id', [orgId]);
  return rows.map((r) => Number(r.id));
}

/** What a superuser can do on purpose: switch the trigger off, rewrite history, switch it on. */
async function tamper(database: Database, id: number): Promise<void> {
  await database.rows('alter table audit_events disable trigger audit_events_no_update_delete');
  await database.rows(`update audit_events set details = '{"n": 999}'::jsonb where id = $1`, [id]);
  await database.rows('alter table audit_events enable trigger audit_events_no_update_delete');
}

function runCli(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/admin.ts', ...args], {
      env: { ...process.env, GATEWAY_CLI: '1', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('audit trail integrity', () => {
  let database: Database & { url?: string };
  beforeAll(async () => {
    database = await createTestDatabase();
    useDatabase(database);
  });
  afterAll(async () => closeDatabase());

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const [id] = await seed(database, randomUUID());
    await expect(database.rows(`update audit_events set action = 'x' where id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(database.rows('delete from audit_events where id = $1', [id])).rejects.toThrow(/append-only/);
    await expect(database.rows('truncate audit_events')).rejects.toThrow(/append-only/);
  });

  it('names the first row that was changed behind the trigger, and alerts', async () => {
    setEnv({ GATEWAY_ALERT_WEBHOOK_URL: webhookUrl });
    const orgId = randomUUID();
    const ids = await seed(database, orgId);
    expect(await verifyAuditChain(database.db, orgId)).toEqual({ checked: 6 });
    await tamper(database, ids[2]);
    expect((await verifyAuditChain(database.db, orgId)).broken).toEqual({ id: ids[2], orgId, reason: 'hash_mismatch' });
    const before = alertsReceived.length;
    const report = (await runCommand(database, 'verify-audit', {})) as { ok: boolean; broken: unknown[] };
    expect(report.ok).toBe(false);
    expect(report.broken).toContainEqual({ id: ids[2], orgId, reason: 'hash_mismatch' });
    expect(alertsReceived.slice(before).join('\n')).toContain(`Audit trail hash chain broken at row ${ids[2]}`);
    setEnv({ GATEWAY_ALERT_WEBHOOK_URL: undefined });
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('npm run audit:verify names the row against Postgres and exits 1', { timeout: 90_000 }, async () => {
    const orgId = randomUUID();
    const ids = await seed(database, orgId);
    const ok = await runCli(['verify-audit'], { DATABASE_URL: database.url });
    expect(ok.code, ok.stderr).toBe(1); // the earlier test's break is still there
    await tamper(database, ids[4]);
    const before = alertsReceived.length;
    const broken = await runCli(['verify-audit'], { DATABASE_URL: database.url, GATEWAY_ALERT_WEBHOOK_URL: webhookUrl });
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).broken).toContainEqual({ id: ids[4], orgId, reason: 'hash_mismatch' });
    expect(alertsReceived.slice(before).join('\n')).toContain(`row ${ids[4]}`);
  });
});

describe('audit:verify while the embedded server holds the database', () => {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, GATEWAY_DATA_DIR: process.env.GATEWAY_DATA_DIR };
  afterAll(async () => {
    await closeDatabase();
    setEnv(saved);
  });

  it('runs inside the server through its control socket and names the tampered row', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-audit-'));
    await closeDatabase();
    setEnv({ DATABASE_URL: undefined, GATEWAY_DATA_DIR: dir });
    const database = await getDatabase(); // opens PGlite on disk, takes the lock, starts the socket
    expect(database.driver).toBe('pglite');
    const orgId = randomUUID();
    const ids = await seed(database, orgId);

    const clean = await runCli(['verify-audit'], { DATABASE_URL: '', GATEWAY_DATA_DIR: dir });
    expect(clean.code, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ ok: true, checked: 6 });

    await tamper(database, ids[1]);
    const broken = await runCli(['verify-audit'], { DATABASE_URL: '', GATEWAY_DATA_DIR: dir });
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).broken).toEqual([{ id: ids[1], orgId, reason: 'hash_mismatch' }]);
  });
});
