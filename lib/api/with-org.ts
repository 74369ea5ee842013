import type { NextRequest } from 'next/server';
import type { z } from 'zod';
import { getDb, type Db } from '@/db';
import type { MemberRole } from '@/db/schema';
import { authenticate, type AuthContext } from '@/lib/auth/context';
import { roleAtLeast } from '@/lib/auth/roles';
import { env } from '@/lib/config/env';
import { AppError, forbidden } from '@/lib/errors';
import { readJsonBody } from './body';
import { requestIdFrom } from './request-id';
import { errorResponse, fromZodError } from './respond';

export interface OrgRequest<Body, Query, Params> {
  req: NextRequest;
  auth: AuthContext;
  db: Db;
  body: Body;
  query: Query;
  params: Params;
  requestId: string;
}

interface Options<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  /** Lowest role allowed; reads default to viewer. */
  role?: MemberRole;
  body?: B;
  query?: Q;
}

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;
/** What Next.js passes as the second argument; params are typed per route by the caller's `P`. */
type RouteContext = { params: Promise<unknown> };

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A browser request carrying the session cookie must come from our own origin (CSRF defence). */
function assertSameOrigin(req: NextRequest): void {
  const origin = req.headers.get('origin');
  if (!origin) return;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden('cross-site request refused');
  }
  if (originHost !== host) throw forbidden('cross-site request refused');
}

/**
 * Wraps a management API route: request id, authentication (session or management token),
 * organisation scoping, role check, body and query validation, and the one error mapper.
 * Handlers receive an `auth.orgId` and never see another tenant.
 */
export function withOrg<P = Record<string, never>, B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  options: Options<B, Q>,
  handler: (request: OrgRequest<Infer<B>, Infer<Q>, P>) => Promise<Response>,
) {
  return async (req: NextRequest, context: RouteContext): Promise<Response> => {
    const requestId = requestIdFrom(req.headers.get('x-request-id'));
    try {
      const auth = await authenticate(req);
      const required = options.role ?? 'viewer';
      if (!roleAtLeast(auth.role, required)) throw forbidden(`requires the ${required} role or higher`);
      if (auth.via === 'session' && MUTATING.has(req.method)) assertSameOrigin(req);

      let body: unknown;
      if (options.body) {
        const raw = await readJsonBody(req, env().GATEWAY_MANAGEMENT_MAX_BODY_BYTES);
        if (raw === undefined) throw new AppError('validation', 'body: a JSON body is required', { field: 'body' });
        const parsed = options.body.safeParse(raw);
        if (!parsed.success) throw fromZodError(parsed.error);
        body = parsed.data;
      }
      let query: unknown;
      if (options.query) {
        const parsed = options.query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
        if (!parsed.success) throw fromZodError(parsed.error, 'query');
        query = parsed.data;
      }
      const params = ((await context.params) ?? {}) as P;
      const response = await handler({ req, auth, db: await getDb(), body: body as Infer<B>, query: query as Infer<Q>, params, requestId });
      response.headers.set('x-request-id', requestId);
      return response;
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}

/** For routes without an organisation (sign-up, health): request id and the error mapper only. */
export function withPublic<P = Record<string, never>>(handler: (req: NextRequest, requestId: string, params: P) => Promise<Response>) {
  return async (req: NextRequest, context: RouteContext): Promise<Response> => {
    const requestId = requestIdFrom(req.headers.get('x-request-id'));
    try {
      const response = await handler(req, requestId, ((await context?.params) ?? {}) as P);
      response.headers.set('x-request-id', requestId);
      return response;
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}
