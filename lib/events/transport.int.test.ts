import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/db/testing';
import { KeyCache } from '@/lib/keys/cache';
import { firstReachable } from '@/lib/ratelimit/testing/redis';
import { call, startTestApp, type TestApp } from '@/lib/testing/harness';
import { deliverChange, setChangeTransport, type ChangeEvent, type ChangeTransport } from './changes';
import { createPostgresTransport } from './transport-postgres';
import { createRedisTransport } from './transport-redis';
import type { TransportOptions } from './wire';

/**
 * Two "instances" in one process, each with its own transport (and its own instance id), sharing
 * Redis or Postgres: each hears the other's changes (ids only), never its own, and starts over
 * (`resync`) after its connection was cut.
 */
const REDIS_URL = await firstReachable([process.env.REDIS_URL, 'redis://127.0.0.1:6379'].filter((u): u is string => !!u));
const pg = process.env.DATABASE_URL ? await createTestDatabase() : undefined;
afterAll(async () => pg?.close());

type Kind = 'redis' | 'postgres';
const available: Kind[] = [...(REDIS_URL ? (['redis'] as const) : []), ...(pg ? (['postgres'] as const) : [])];
if (available.length === 0) console.warn('[events] neither Redis nor DATABASE_URL available: transport tests skipped');

interface Instance {
  id: string;
  received: ChangeEvent[];
  transport: ChangeTransport;
}

const open: ChangeTransport[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});

async function instance(kind: Kind, channel: string, deliver?: (e: ChangeEvent) => void): Promise<Instance> {
  const received: ChangeEvent[] = [];
  const id = `test-${randomUUID()}`;
  const options: TransportOptions = { instanceId: id, channel, deliver: (e) => (received.push(e), deliver?.(e)) };
  const transport = kind === 'redis' ? await createRedisTransport(REDIS_URL!, options) : await createPostgresTransport(pg!.url!, { ...options, heartbeatMs: 250 });
  open.push(transport);
  return { id, received, transport };
}

async function until(check: () => boolean, ms = 5000): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - start;
}

/** Cuts every connection of one instance from the server side. */
async function cut(kind: Kind, instanceId: string): Promise<void> {
  if (kind === 'redis') {
    const admin = new Redis(REDIS_URL!);
    const list = (await admin.client('LIST')) as string;
    for (const line of list.split('\n')) if (line.includes(`name=gw-changes-${instanceId}`)) await admin.client('KILL', 'ID', /id=(\d+)/.exec(line)![1]);
    admin.disconnect();
  } else {
    const admin = postgres(pg!.url!, { max: 1, onnotice: () => {} });
    await admin`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${`gw-changes-${instanceId}`.slice(0, 63)}`;
    await admin.end();
  }
}

describe.each(available)('%s change transport', (kind) => {
  it("delivers another instance's events with ids only, and not its own", async () => {
    const channel = `test_${randomUUID().replace(/-/g, '')}`;
    const a = await instance(kind, channel);
    const b = await instance(kind, channel);
    const event: ChangeEvent = { kind: 'api_key', orgId: randomUUID(), id: randomUUID(), hash: 'f'.repeat(64) };
    await a.transport.publish(event);
    const ms = await until(() => b.received.length === 1);
    expect(ms).toBeLessThan(1000);
    expect(b.received[0]).toEqual({ kind: 'api_key', orgId: event.orgId, id: event.id });
    await b.transport.publish({ kind: 'credential', orgId: event.orgId, id: randomUUID(), provider: 'openai' });
    await until(() => a.received.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(a.received.map((e) => e.kind)).toEqual(['credential']);
    expect(b.received.map((e) => e.kind)).toEqual(['api_key']);
  });

  it('ignores malformed messages and keeps working', async () => {
    const channel = `test_${randomUUID().replace(/-/g, '')}`;
    const a = await instance(kind, channel);
    const b = await instance(kind, channel);
    if (kind === 'redis') {
      const raw = new Redis(REDIS_URL!);
      for (const junk of ['not json', '{"o":"x","e":{"kind":"drop_tables"}}', '{"e":{"kind":"policy","orgId":"o"}}']) await raw.publish(channel, junk);
      raw.disconnect();
    } else {
      const raw = postgres(pg!.url!, { max: 1, onnotice: () => {} });
      for (const junk of ['not json', '{"o":"x","e":{"kind":"drop_tables"}}']) await raw.notify(channel, junk);
      await raw.end();
    }
    await a.transport.publish({ kind: 'policy', orgId: 'org-1', id: 'p-1' });
    await until(() => b.received.length > 0);
    expect(b.received).toEqual([{ kind: 'policy', orgId: 'org-1', id: 'p-1' }]);
  });

  it('raises a local resync after its connection was cut, then hears events again', async () => {
    const channel = `test_${randomUUID().replace(/-/g, '')}`;
    const a = await instance(kind, channel);
    const b = await instance(kind, channel);
    await cut(kind, b.id);
    await until(() => b.received.some((e) => e.kind === 'resync'), 10_000);
    const orgId = randomUUID();
    await until(() => {
      void a.transport.publish({ kind: 'org_settings', orgId }).catch(() => undefined);
      return b.received.some((e) => e.kind === 'org_settings');
    }, 10_000);
  });
});

describe.runIf(available.length > 0)('revocation across instances', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    setChangeTransport(undefined);
    await app?.close();
  });

  it.each(available)("a key revoked through this instance's API leaves the other instance's key cache (%s)", async (kind) => {
    const channel = `test_${randomUUID().replace(/-/g, '')}`;
    // This instance: the real change bus, with a transport as startChangeTransport installs it.
    const here = await instance(kind, channel, deliverChange);
    setChangeTransport(here.transport);
    // The other instance: its own key cache, fed by its own transport.
    const otherCache = new KeyCache();
    const other = await instance(kind, channel, (e) => {
      if (e.kind === 'api_key') otherCache.invalidateId(e.id);
    });

    const t = await app.tenant(`Two instances ${kind}`);
    const created = await call('POST', '/api/v1/keys', { token: t.token, body: { name: 'shared' } });
    const { getApiKey } = await import('@/db/queries/keys');
    const { trustedOrgId } = await import('@/db/tenant');
    const row = await getApiKey(app.database.db, trustedOrgId(t.orgId), created.body.id);
    otherCache.set(row.keyHash, row);

    const started = Date.now();
    expect((await call('DELETE', `/api/v1/keys/${row.id}`, { token: t.token })).status).toBe(200);
    await until(() => otherCache.get(row.keyHash) === undefined, 5000);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(other.received).toContainEqual({ kind: 'api_key', orgId: t.orgId, id: row.id });
    expect(JSON.stringify(other.received)).not.toContain(row.keyHash);
  });
});
