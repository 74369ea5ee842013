import { randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { conflict, isUniqueViolation, notFound } from '@/lib/errors';
import type { Db } from '../client';
import { memberships, organizations, users, type MemberRole, type Organization, type User } from '../schema';
import { forOrg, type OrgId } from '../tenant';
import { acceptInvitations } from './members';

function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return base || 'org';
}

async function insertOrganization(tx: Db, name: string): Promise<Organization> {
  const slug = `${slugify(name)}-${randomBytes(3).toString('hex')}`;
  const [org] = await tx.insert(organizations).values({ name, slug }).returning();
  return org;
}

export interface NewAccount {
  email: string;
  name: string;
  passwordHash: string;
  organization: string;
}

/**
 * Sign-up: the user, their organisation, and the owner membership, in one transaction. Open
 * invitations for the address become memberships in the same transaction.
 */
export async function createAccount(db: Db, input: NewAccount): Promise<{ user: User; org: Organization; joined: Awaited<ReturnType<typeof acceptInvitations>> }> {
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email.toLowerCase(), name: input.name, passwordHash: input.passwordHash })
        .returning();
      const org = await insertOrganization(tx as unknown as Db, input.organization);
      await tx.insert(memberships).values({ orgId: org.id, userId: user.id, role: 'owner' });
      const joined = await acceptInvitations(tx as unknown as Db, user.id, user.email);
      return { user, org, joined };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('an account with this email already exists');
    throw error;
  }
}

/** An additional organisation owned by an existing user (the org switcher's "new organisation"). */
export async function createOrganizationFor(db: Db, userId: string, name: string): Promise<Organization> {
  return db.transaction(async (tx) => {
    const org = await insertOrganization(tx as unknown as Db, name);
    await tx.insert(memberships).values({ orgId: org.id, userId, role: 'owner' });
    return org;
  });
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return user;
}

export async function getUser(db: Db, id: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

export async function recordSignIn(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, userId));
}

export interface UserMembership {
  orgId: string;
  orgName: string;
  orgSlug: string;
  role: MemberRole;
}

/** The organisations a user belongs to, oldest first (the first is the default after sign-in). */
export async function listUserMemberships(db: Db, userId: string): Promise<UserMembership[]> {
  return db
    .select({ orgId: organizations.id, orgName: organizations.name, orgSlug: organizations.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
}

export async function getMembershipRole(db: Db, userId: string, orgId: string): Promise<MemberRole | undefined> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)))
    .limit(1);
  return row?.role;
}

export async function getOrganization(db: Db, orgId: OrgId): Promise<Organization> {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, orgId)).limit(1);
  if (!org) throw notFound('organization');
  return org;
}

export async function updateOrganizationSettings(db: Db, orgId: OrgId, settings: Record<string, unknown>): Promise<Organization> {
  const [org] = await db.update(organizations).set({ settings }).where(eq(organizations.id, orgId)).returning();
  if (!org) throw notFound('organization');
  return org;
}

export interface MemberRow {
  userId: string;
  email: string;
  name: string;
  role: MemberRole;
  createdAt: Date;
}

export async function listMembers(db: Db, orgId: OrgId): Promise<MemberRow[]> {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, createdAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(forOrg(memberships, orgId))
    .orderBy(asc(memberships.createdAt));
}
