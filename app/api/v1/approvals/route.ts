import { listApprovals } from '@/db/queries/approvals';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { decide, decisionWithIdSchema, listApprovalsQuery, presentApproval } from './schema';

// GET /api/v1/approvals?status=&limit=&offset= - held requests and tool calls, newest first
export const GET = withOrg({ query: listApprovalsQuery }, async ({ db, auth, query }) => {
  const { items, total } = await listApprovals(db, auth.orgId, query);
  return json({ items: items.map((r) => presentApproval(r)), total, limit: query.limit, offset: query.offset });
});

// POST /api/v1/approvals {id, decision, note?} - approve or deny (same as POST /api/v1/approvals/{id})
export const POST = withOrg({ role: 'admin', body: decisionWithIdSchema }, async ({ db, auth, body }) => {
  const { id, ...decision } = body;
  return json(await decide(db, auth, id.toLowerCase(), decision));
});
