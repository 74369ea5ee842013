import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * Tenant isolation in one place. An `OrgId` can only be made by the authentication layer
 * (lib/auth/context.ts) after it has checked membership or a token, and every query in db/queries
 * that touches tenant data starts its WHERE clause with `forOrg()`.
 */
export type OrgId = string & { readonly __brand: 'OrgId' };

/** Only for code that has just proven the caller belongs to this organisation. */
export function trustedOrgId(id: string): OrgId {
  return id as OrgId;
}

export function forOrg(table: { orgId: PgColumn }, orgId: OrgId, ...conditions: (SQL | undefined)[]): SQL {
  if (!orgId) throw new Error('tenant query without an organisation id');
  return and(eq(table.orgId, orgId), ...conditions) as SQL;
}
