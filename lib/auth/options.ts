import type { NextAuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { findUserByEmail, getMembershipRole, listUserMemberships, recordSignIn } from '@/db/queries/accounts';
import { audit } from '@/lib/audit';
import { dummyPasswordHash, verifyPassword } from './password';
import { authSecret } from './secret';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string };
    orgId: string | null;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    orgId?: string | null;
  }
}

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const forwarded = headers?.['x-forwarded-for'];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return value?.split(',')[0]?.trim() || null;
}

/**
 * next-auth (v4) with e-mail + password and JWT sessions. The token carries the user id and the
 * active organisation; the role is looked up per request so a role change applies at once.
 * Built lazily: the secret may be generated into the data dir at first use, never at build time.
 */
export function authOptions(): NextAuthOptions {
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= 'true';
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req): Promise<User | null> {
          const email = credentials?.email?.trim().toLowerCase() ?? '';
          const password = credentials?.password ?? '';
          if (!email || !password) return null;
          const db = await getDb();
          const user = await findUserByEmail(db, email);
          // Verify against a dummy hash for unknown e-mails so timing does not reveal who has an account.
          const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
          const memberships = user ? await listUserMemberships(db, user.id) : [];
          const actor = { type: 'user' as const, id: user?.id ?? null, ip: clientIp(req?.headers), userAgent: (req?.headers?.['user-agent'] as string) ?? null };
          if (!user || !ok) {
            await audit(db, { orgId: memberships[0]?.orgId ?? null, actor: { ...actor, type: 'anonymous' }, action: 'auth.sign_in_failed', details: { reason: 'invalid_credentials' } });
            return null;
          }
          await recordSignIn(db, user.id);
          for (const m of memberships) await audit(db, { orgId: m.orgId, actor, action: 'auth.sign_in', target: { type: 'user', id: user.id } });
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user, trigger, session }) {
        if (user) {
          const memberships = await listUserMemberships(await getDb(), user.id);
          token.orgId = memberships[0]?.orgId ?? null;
        }
        // The org switcher: `update({ orgId })` from the client, accepted only for the user's own orgs.
        if (trigger === 'update' && session && typeof session.orgId === 'string' && token.sub) {
          const role = await getMembershipRole(await getDb(), token.sub, session.orgId);
          if (role) token.orgId = session.orgId;
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { id: token.sub ?? '', email: token.email ?? '', name: token.name ?? '' };
        session.orgId = token.orgId ?? null;
        return session;
      },
    },
  };
}
