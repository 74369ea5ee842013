import { count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { notFound } from '@/lib/errors';
import type { Db } from '../client';
import { violations, type NewViolation, type Violation } from '../schema';
import { forOrg, type OrgId } from '../tenant';

/** Rows carry gateway-made ids, so a batch replayed from the spool inserts only what is missing. */
export async function insertViolationBatch(db: Db, rows: NewViolation[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(violations).values(rows).onConflictDoNothing({ target: violations.id }).returning({ id: violations.id });
  return inserted.length;
}

export interface ViolationFilters {
  type?: string;
  severity?: 'critical' | 'high' | 'medium' | 'low';
  direction?: string;
  action?: string;
  apiKeyId?: string;
  policyId?: string;
  requestId?: string;
  shadow?: boolean;
  start?: Date;
  end?: Date;
  limit: number;
  offset: number;
}

export async function listViolations(db: Db, orgId: OrgId, f: ViolationFilters): Promise<{ items: Violation[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    f.type ? eq(violations.type, f.type) : undefined,
    f.severity ? eq(violations.severity, f.severity) : undefined,
    f.direction ? eq(violations.direction, f.direction) : undefined,
    f.action ? eq(violations.action, f.action) : undefined,
    f.apiKeyId ? eq(violations.apiKeyId, f.apiKeyId) : undefined,
    f.policyId ? eq(violations.policyId, f.policyId) : undefined,
    f.requestId ? eq(violations.requestId, f.requestId) : undefined,
    f.shadow === undefined ? undefined : eq(violations.shadow, f.shadow),
    f.start ? gte(violations.createdAt, f.start) : undefined,
    f.end ? lte(violations.createdAt, f.end) : undefined,
  ];
  const where = forOrg(violations, orgId, ...conditions);
  const [items, [{ total }]] = await Promise.all([
    db.select().from(violations).where(where).orderBy(desc(violations.createdAt), desc(violations.id)).limit(f.limit).offset(f.offset),
    db.select({ total: count() }).from(violations).where(where),
  ]);
  return { items, total: Number(total) };
}

export async function getViolation(db: Db, orgId: OrgId, id: string): Promise<Violation> {
  const [row] = await db.select().from(violations).where(forOrg(violations, orgId, eq(violations.id, id))).limit(1);
  if (!row) throw notFound('violation');
  return row;
}
