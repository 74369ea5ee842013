import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { conflict, isUniqueViolation, notFound } from '@/lib/errors';
import type { Db } from '../client';
import { invitations, memberships, users, type Invitation, type MemberRole } from '../schema';
import { forOrg, type OrgId } from '../tenant';

/**
 * Members, their roles and pending invitations. Every change that could remove an owner runs in
 * a transaction that first locks the organisation's owner rows, so two admins acting at once
 * cannot leave the organisation without one.
 */

export interface MemberView {
  userId: string;
  email: string;
  name: string;
  role: MemberRole;
  createdAt: Date;
  lastSignInAt: Date | null;
}

export async function listMembersWithActivity(db: Db, orgId: OrgId): Promise<MemberView[]> {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, createdAt: memberships.createdAt, lastSignInAt: users.lastSignInAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(forOrg(memberships, orgId))
    .orderBy(asc(memberships.createdAt));
}

export async function listOpenInvitations(db: Db, orgId: OrgId): Promise<Invitation[]> {
  return db.select().from(invitations).where(forOrg(invitations, orgId, isNull(invitations.acceptedAt))).orderBy(asc(invitations.createdAt));
}

export async function getMember(db: Db, orgId: OrgId, userId: string): Promise<MemberView> {
  const [row] = await db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, createdAt: memberships.createdAt, lastSignInAt: users.lastSignInAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(forOrg(memberships, orgId, eq(memberships.userId, userId)))
    .limit(1);
  if (!row) throw notFound('member');
  return row;
}

/** Adds an existing user (found by e-mail) to the organisation. */
export async function addMember(db: Db, orgId: OrgId, userId: string, role: MemberRole): Promise<void> {
  try {
    await db.insert(memberships).values({ orgId, userId, role });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('this person is already a member');
    throw error;
  }
}

export async function createInvitation(db: Db, orgId: OrgId, email: string, role: MemberRole, invitedBy: string | null): Promise<Invitation> {
  try {
    const [row] = await db.insert(invitations).values({ orgId, email: email.toLowerCase(), role, invitedBy }).returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('this address already has an open invitation');
    throw error;
  }
}

export async function revokeInvitation(db: Db, orgId: OrgId, id: string): Promise<Invitation> {
  const [row] = await db.delete(invitations).where(forOrg(invitations, orgId, eq(invitations.id, id), isNull(invitations.acceptedAt))).returning();
  if (!row) throw notFound('invitation');
  return row;
}

const NO_OWNER = 'an organisation needs at least one owner: make someone else owner first';

/** Locks the owner rows and tells whether `userId` is the only owner. */
async function isLastOwner(tx: Db, orgId: OrgId, userId: string): Promise<boolean> {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(forOrg(memberships, orgId, eq(memberships.role, 'owner')))
    .for('update');
  return owners.length === 1 && owners[0].userId === userId;
}

export async function changeMemberRole(db: Db, orgId: OrgId, userId: string, role: MemberRole): Promise<{ before: MemberRole; after: MemberRole }> {
  return db.transaction(async (tx) => {
    const current = await getMember(tx as unknown as Db, orgId, userId);
    if (current.role === 'owner' && role !== 'owner' && (await isLastOwner(tx as unknown as Db, orgId, userId))) throw conflict(NO_OWNER);
    await tx.update(memberships).set({ role }).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    return { before: current.role, after: role };
  });
}

export async function removeMember(db: Db, orgId: OrgId, userId: string): Promise<MemberView> {
  return db.transaction(async (tx) => {
    const current = await getMember(tx as unknown as Db, orgId, userId);
    if (current.role === 'owner' && (await isLastOwner(tx as unknown as Db, orgId, userId))) throw conflict(NO_OWNER);
    await tx.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    return current;
  });
}

/**
 * At sign-up: every open invitation for this address becomes a membership. Runs inside the
 * sign-up transaction; returns the organisations joined (for the audit trail).
 */
export async function acceptInvitations(tx: Db, userId: string, email: string): Promise<{ orgId: string; role: MemberRole; invitationId: string }[]> {
  const open = await tx
    .select()
    .from(invitations)
    .where(and(sql`lower(${invitations.email}) = ${email.toLowerCase()}`, isNull(invitations.acceptedAt)));
  if (open.length === 0) return [];
  await tx.insert(memberships).values(open.map((i) => ({ orgId: i.orgId, userId, role: i.role }))).onConflictDoNothing();
  await tx
    .update(invitations)
    .set({ acceptedAt: new Date(), acceptedBy: userId })
    .where(and(sql`lower(${invitations.email}) = ${email.toLowerCase()}`, isNull(invitations.acceptedAt)));
  return open.map((i) => ({ orgId: i.orgId, role: i.role, invitationId: i.id }));
}
