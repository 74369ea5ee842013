import { listAuditEvents } from '@/db/queries/audit';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { presentAuditEvent } from '@/lib/audit/present';
import { auditQuery } from './schema';

// GET /api/v1/audit - the organisation's audit trail, newest first, optionally one action (admins)
export const GET = withOrg({ role: 'admin', query: auditQuery }, async ({ db, auth, query }) => {
  const { items, total } = await listAuditEvents(db, auth.orgId, query);
  return json({ items: items.map(presentAuditEvent), total, limit: query.limit, offset: query.offset });
});
