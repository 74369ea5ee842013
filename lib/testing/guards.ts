import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { violations, type Violation } from '@/db/schema';
import { flushBudgetSettlements } from '@/lib/policy/budget-settle';
import { violationWriter } from '@/lib/guards/violation-writer';
import { call } from './harness';

/** Helpers for guard and policy tests: policies through the API, violation rows straight from the table. */
export async function addPolicy(token: string, body: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await call('POST', '/api/v1/policies', { token, body });
  if (res.status !== 201) throw new Error(`policy: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Removes every policy of the tenant (the default detect-and-record set included). */
export async function clearPolicies(token: string): Promise<void> {
  const list = await call('GET', '/api/v1/policies?limit=500', { token });
  for (const p of list.body.items as { id: string }[]) await call('DELETE', `/api/v1/policies/${p.id}`, { token });
}

/** Writes queued violations and returns the organisation's raw rows, oldest first. */
export async function violationRows(orgId: string): Promise<Violation[]> {
  await violationWriter().flush();
  const db = await getDb();
  return (await db.select().from(violations).where(eq(violations.orgId, orgId))).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}

export async function settleBudgets(): Promise<void> {
  await flushBudgetSettlements();
}
