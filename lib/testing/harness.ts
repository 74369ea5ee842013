import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { closeDatabase, useDatabase, type Database } from '@/db';
import { createManagementToken } from '@/db/queries/tokens';
import type { MemberRole } from '@/db/schema';
import { createTestDatabase } from '@/db/testing';
import { trustedOrgId } from '@/db/tenant';
import { resetEnvCache } from '@/lib/config/env';
import { setKeyRing } from '@/lib/crypto/master-key';
import { keyCache } from '@/lib/keys/cache';

/**
 * Drives the real route handlers in-process against a real database (Postgres when DATABASE_URL is
 * set, PGlite otherwise), without a listening server. The browser suite covers the server itself.
 */
type RouteModule = Record<string, unknown>;

const ROUTES: [RegExp, string[], () => Promise<RouteModule>][] = [
  [/^\/api\/auth\/signup$/, [], () => import('@/app/api/auth/signup/route')],
  [/^\/api\/health$/, [], () => import('@/app/api/health/route')],
  [/^\/api\/health\/ready$/, [], () => import('@/app/api/health/ready/route')],
  [/^\/api\/metrics$/, [], () => import('@/app/api/metrics/route')],
  [/^\/api\/v1\/audit$/, [], () => import('@/app/api/v1/audit/route')],
  [/^\/api\/v1\/keys$/, [], () => import('@/app/api/v1/keys/route')],
  [/^\/api\/v1\/keys\/([^/]+)$/, ['id'], () => import('@/app/api/v1/keys/[id]/route')],
  [/^\/api\/v1\/providers$/, [], () => import('@/app/api/v1/providers/route')],
  [/^\/api\/v1\/providers\/([^/]+)$/, ['id'], () => import('@/app/api/v1/providers/[id]/route')],
  [/^\/api\/v1\/tokens$/, [], () => import('@/app/api/v1/tokens/route')],
  [/^\/api\/v1\/tokens\/([^/]+)$/, ['id'], () => import('@/app/api/v1/tokens/[id]/route')],
  [/^\/api\/v1\/me$/, [], () => import('@/app/api/v1/me/route')],
  [/^\/api\/v1\/orgs$/, [], () => import('@/app/api/v1/orgs/route')],
  [/^\/api\/v1\/policies$/, [], () => import('@/app/api/v1/policies/route')],
  [/^\/api\/v1\/policies\/([^/]+)$/, ['id'], () => import('@/app/api/v1/policies/[id]/route')],
  [/^\/api\/v1\/policies\/([^/]+)\/versions$/, ['id'], () => import('@/app/api/v1/policies/[id]/versions/route')],
  [/^\/api\/v1\/approvals$/, [], () => import('@/app/api/v1/approvals/route')],
  [/^\/api\/v1\/approvals\/([^/]+)$/, ['id'], () => import('@/app/api/v1/approvals/[id]/route')],
  [/^\/api\/v1\/analytics\/violations$/, [], () => import('@/app/api/v1/analytics/violations/route')],
  [/^\/api\/v1\/analytics\/violations\/([^/]+)$/, ['id'], () => import('@/app/api/v1/analytics/violations/[id]/route')],
  [/^\/api\/v1\/guards\/scan$/, [], () => import('@/app/api/v1/guards/scan/route')],
  [/^\/api\/v1\/settings$/, [], () => import('@/app/api/v1/settings/route')],
  [/^\/api\/v1\/analytics\/stats$/, [], () => import('@/app/api/v1/analytics/stats/route')],
  [/^\/api\/v1\/analytics\/timeseries$/, [], () => import('@/app/api/v1/analytics/timeseries/route')],
  [/^\/api\/v1\/analytics\/breakdown$/, [], () => import('@/app/api/v1/analytics/breakdown/route')],
  [/^\/api\/v1\/analytics\/logs$/, [], () => import('@/app/api/v1/analytics/logs/route')],
  [/^\/api\/v1\/analytics\/logs\/([^/]+)$/, ['id'], () => import('@/app/api/v1/analytics/logs/[id]/route')],
  [/^\/api\/v1\/members$/, [], () => import('@/app/api/v1/members/route')],
  [/^\/api\/v1\/members\/([^/]+)$/, ['user_id'], () => import('@/app/api/v1/members/[user_id]/route')],
  [/^\/api\/v1\/invitations\/([^/]+)$/, ['id'], () => import('@/app/api/v1/invitations/[id]/route')],
  [/^\/api\/v1\/prices$/, [], () => import('@/app/api/v1/prices/route')],
];

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Sent verbatim (for malformed-JSON tests). */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function call(method: string, url: string, options: CallOptions = {}): Promise<TestResponse> {
  const { pathname } = new URL(url, 'http://localhost');
  const match = ROUTES.map(([pattern, names, load]) => ({ m: pattern.exec(pathname), names, load })).find((r) => r.m);
  if (!match?.m) throw new Error(`no route for ${pathname} in the test harness`);
  const params = Object.fromEntries(match.names.map((n, i) => [n, decodeURIComponent(match.m![i + 1])]));
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | Uint8Array | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const req = new NextRequest(new URL(url, 'http://localhost'), { method, headers, body: body as BodyInit | undefined });
  const handler = (await match.load())[method] as ((req: NextRequest, ctx: { params: Promise<unknown> }) => Promise<Response>) | undefined;
  if (!handler) throw new Error(`${method} not exported by the route for ${pathname}`);
  const response = await handler(req, { params: Promise.resolve(params) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

export interface TestApp {
  database: Database;
  /** Signs up a user + organisation and returns a management token with the given role. */
  tenant(name: string, role?: MemberRole): Promise<{ orgId: string; userId: string; token: string; email: string }>;
  close(): Promise<void>;
}

export async function startTestApp(): Promise<TestApp> {
  process.env.GATEWAY_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'gw-test-'));
  process.env.LOG_LEVEL ??= 'silent';
  resetEnvCache();
  setKeyRing(undefined);
  keyCache().clear();
  const database = await createTestDatabase();
  useDatabase(database);
  let counter = 0;
  return {
    database,
    async tenant(name, role = 'owner') {
      const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${++counter}-${Date.now()}@example.com`;
      const res = await call('POST', '/api/auth/signup', { body: { email, password: 'correct horse battery', name, organization: `${name} Inc` } });
      if (res.status !== 201) throw new Error(`signup failed: ${JSON.stringify(res.body)}`);
      const orgId = res.body.organization.id as string;
      const userId = res.body.user.id as string;
      const { token } = await createManagementToken(database.db, trustedOrgId(orgId), { name: 'test', role }, userId);
      return { orgId, userId, token, email };
    },
    async close() {
      await closeDatabase();
    },
  };
}
