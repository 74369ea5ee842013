import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { budgetCounters } from '../schema';
import { forOrg, type OrgId } from '../tenant';

/**
 * Budget counters. A request reserves its estimated cost before it is forwarded, with one atomic
 * upsert per counter whose update only applies while `spent + reserved + estimate <= cap`; Postgres
 * re-checks that condition on the latest row version under the row lock, so concurrent requests on
 * any number of instances cannot reserve past the cap. After the response the estimate is settled
 * with the real cost (`settleBudgets`).
 */
export interface BudgetClaim {
  subject: string;
  period: string;
  /** Null: count only (shadow / record-only budgets), never refuse. */
  capUsd: number | null;
  amountUsd: number;
}

/** On success, `totals[i]` is spent + reserved of claim i's counter after the reservation. */
export type ReserveResult = { ok: true; totals: number[] } | { ok: false; index: number; spentUsd: number; reservedUsd: number };

class Refused extends Error {
  constructor(readonly index: number) {
    super('budget refused');
  }
}

/** Spent + reserved after the reservation, or null when the cap refused it. */
async function reserveOne(db: Db, orgId: OrgId, claim: BudgetClaim): Promise<number | null> {
  const amount = claim.amountUsd;
  const cap = claim.capUsd;
  const rows = await db.execute(sql`
    insert into budget_counters (org_id, subject, period, reserved_usd, updated_at)
    select ${orgId}::uuid, ${claim.subject}, ${claim.period}, ${amount}::float8, now()
    where ${cap === null ? sql`true` : sql`${amount}::float8 <= ${cap}::float8`}
    on conflict (org_id, subject, period) do update
      set reserved_usd = budget_counters.reserved_usd + excluded.reserved_usd, updated_at = now()
      where ${cap === null ? sql`true` : sql`budget_counters.spent_usd + budget_counters.reserved_usd + excluded.reserved_usd <= ${cap}::float8`}
    returning spent_usd + reserved_usd as total`);
  const row = rowsOf(rows)[0] as { total: number | string } | undefined;
  return row ? Number(row.total) : null;
}

/** Reserves every claim or none (one transaction when there are several). */
export async function reserveBudgets(db: Db, orgId: OrgId, claims: BudgetClaim[]): Promise<ReserveResult> {
  if (claims.length === 0) return { ok: true, totals: [] };
  // A fixed order across requests, so two transactions never wait on each other's rows.
  const ordered = claims.map((claim, index) => ({ claim, index })).sort((a, b) => (a.claim.subject + a.claim.period < b.claim.subject + b.claim.period ? -1 : 1));
  const totals: number[] = new Array(claims.length).fill(0);
  const reserveAll = async (conn: Db) => {
    for (const { claim, index } of ordered) {
      const total = await reserveOne(conn, orgId, claim);
      if (total === null) throw new Refused(index);
      totals[index] = total;
    }
  };
  try {
    if (ordered.length === 1) await reserveAll(db);
    else await db.transaction(async (tx) => reserveAll(tx as unknown as Db));
    return { ok: true, totals };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    const claim = claims[error.index];
    const [row] = await db
      .select({ spent: budgetCounters.spentUsd, reserved: budgetCounters.reservedUsd })
      .from(budgetCounters)
      .where(forOrg(budgetCounters, orgId, eq(budgetCounters.subject, claim.subject), eq(budgetCounters.period, claim.period)));
    return { ok: false, index: error.index, spentUsd: row?.spent ?? 0, reservedUsd: row?.reserved ?? 0 };
  }
}

export interface BudgetSettlement {
  orgId: string;
  subject: string;
  period: string;
  /** Added to spent. */
  spentUsd: number;
  /** Taken off reserved (the estimate that was reserved). */
  releaseUsd: number;
}

/** Applies many settlements in one statement (the settle queue folds them per counter first). */
export async function settleBudgets(db: Db, settlements: BudgetSettlement[]): Promise<void> {
  if (settlements.length === 0) return;
  const values = sql.join(
    settlements.map((s) => sql`(${s.orgId}::uuid, ${s.subject}, ${s.period}, ${s.spentUsd}::float8, ${s.releaseUsd}::float8)`),
    sql`, `,
  );
  await db.execute(sql`
    update budget_counters b
       set spent_usd = b.spent_usd + d.spent, reserved_usd = greatest(0, b.reserved_usd - d.release), updated_at = now()
      from (values ${values}) as d(org_id, subject, period, spent, release)
     where b.org_id = d.org_id and b.subject = d.subject and b.period = d.period`);
}

export async function readBudgetCounters(db: Db, orgId: OrgId, keys: { subject: string; period: string }[]) {
  if (keys.length === 0) return [];
  return db
    .select()
    .from(budgetCounters)
    .where(and(forOrg(budgetCounters, orgId), inArray(budgetCounters.subject, keys.map((k) => k.subject)), inArray(budgetCounters.period, keys.map((k) => k.period))));
}

function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result;
  return (result as { rows?: unknown[] }).rows ?? [];
}
