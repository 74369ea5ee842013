import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { organizations } from '../schema';
import type { OrgId } from '../tenant';

/**
 * Retention housekeeping. Deletes go in batches of `batch` rows by primary key, so a large backlog
 * never holds long locks or one huge transaction; the caller loops until a batch comes back short.
 */

/** Every organisation with its stored settings (the retention job reads `retention_days`). */
export async function listOrganizationSettings(db: Db): Promise<{ id: OrgId; settings: Record<string, unknown> }[]> {
  const rows = await db.select({ id: organizations.id, settings: organizations.settings }).from(organizations);
  return rows.map((r) => ({ id: r.id as OrgId, settings: r.settings }));
}

const TABLES = {
  requests: sql`requests`,
  violations: sql`violations`,
} as const;

export async function deleteBefore(db: Db, table: keyof typeof TABLES, orgId: OrgId, before: Date, batch: number): Promise<number> {
  const name = TABLES[table];
  const rows = await db.execute<{ id: string }>(sql`
    delete from ${name} where id in (
      select id from ${name} where org_id = ${orgId} and created_at < ${before.toISOString()} limit ${batch}
    ) returning id`);
  return rowCount(rows);
}

/** Decided or expired approvals older than the cut-off (pending ones expire first, see expireApprovals). */
export async function deleteApprovalsBefore(db: Db, orgId: OrgId, before: Date, batch: number): Promise<number> {
  const rows = await db.execute<{ id: string }>(sql`
    delete from approvals where id in (
      select id from approvals where org_id = ${orgId} and created_at < ${before.toISOString()} and status <> 'pending' limit ${batch}
    ) returning id`);
  return rowCount(rows);
}

function rowCount(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  const rows = (result as { rows?: unknown[] }).rows;
  return rows?.length ?? 0;
}
