import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db';
import { getMembershipRole, listUserMemberships } from '@/db/queries/accounts';
import { findManagementTokenByHash, touchManagementToken } from '@/db/queries/tokens';
import type { MemberRole } from '@/db/schema';
import { trustedOrgId, type OrgId } from '@/db/tenant';
import type { AuditActor } from '@/lib/audit';
import { unauthorized } from '@/lib/errors';
import { hashKey, looksLikeKey } from '@/lib/keys/format';
import { authSecret } from './secret';

/** Who is calling the management API, for which organisation, with which role. */
export interface AuthContext {
  orgId: OrgId;
  role: MemberRole;
  /** The signed-in user, or the user who created the management token. */
  userId: string | null;
  via: 'session' | 'token';
  actor: AuditActor;
}

export function requestIp(req: Request): string | null {
  return req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || req.headers.get('x-real-ip') || null;
}

function isHttps(req: Request): boolean {
  const proto = req.headers.get('x-forwarded-proto');
  return proto ? proto.split(',')[0].trim() === 'https' : new URL(req.url).protocol === 'https:';
}

async function fromToken(req: Request, raw: string): Promise<AuthContext> {
  if (!looksLikeKey(raw, 'management')) throw unauthorized('invalid management token');
  const db = await getDb();
  const token = await findManagementTokenByHash(db, hashKey(raw));
  if (!token || token.revokedAt) throw unauthorized('invalid or revoked management token');
  if (token.expiresAt && token.expiresAt.getTime() <= Date.now()) throw unauthorized('management token expired');
  // Best effort: a failed timestamp write must not fail the call.
  void touchManagementToken(db, token.id).catch(() => {});
  return {
    orgId: trustedOrgId(token.orgId),
    role: token.role,
    userId: token.createdBy,
    via: 'token',
    actor: { type: 'token', id: token.id, ip: requestIp(req), userAgent: req.headers.get('user-agent') },
  };
}

async function fromSession(req: NextRequest): Promise<AuthContext | null> {
  const jwt = await getToken({ req, secret: authSecret(), secureCookie: isHttps(req) });
  if (!jwt?.sub) return null;
  const db = await getDb();
  let orgId = jwt.orgId ?? null;
  let role = orgId ? await getMembershipRole(db, jwt.sub, orgId) : undefined;
  if (!role) {
    // The active organisation is gone (or never set): fall back to the user's first membership.
    const [first] = await listUserMemberships(db, jwt.sub);
    if (!first) return null;
    orgId = first.orgId;
    role = first.role;
  }
  return {
    orgId: trustedOrgId(orgId!),
    role,
    userId: jwt.sub,
    via: 'session',
    actor: { type: 'user', id: jwt.sub, ip: requestIp(req), userAgent: req.headers.get('user-agent') },
  };
}

/** A management token in `Authorization: Bearer gw_mgmt_…`, else the dashboard session cookie. */
export async function authenticate(req: NextRequest): Promise<AuthContext> {
  const header = req.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthorized('malformed Authorization header');
    return fromToken(req, match[1]);
  }
  const session = await fromSession(req);
  if (!session) throw unauthorized();
  return session;
}
