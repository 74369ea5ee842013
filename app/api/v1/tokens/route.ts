import { z } from 'zod';
import { createManagementToken, listManagementTokens } from '@/db/queries/tokens';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit } from '@/lib/audit';
import { roleAtLeast } from '@/lib/auth/roles';
import { forbidden } from '@/lib/errors';
import { presentToken } from '@/lib/keys/present-token';

const createTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: z.enum(['owner', 'admin', 'member', 'viewer']).default('admin'),
    expires_at: z.iso.datetime({ offset: true }).optional().nullable(),
  })
  .strict();

// GET /api/v1/tokens - list management tokens (masked)
export const GET = withOrg({ role: 'admin' }, async ({ db, auth }) => json({ items: (await listManagementTokens(db, auth.orgId)).map(presentToken) }));

// POST /api/v1/tokens - create a management token; the token is in this response only
export const POST = withOrg({ role: 'admin', body: createTokenSchema }, async ({ db, auth, body }) => {
  // A token can never carry more power than the person (or token) that creates it.
  if (!roleAtLeast(auth.role, body.role)) throw forbidden(`cannot create a token with the ${body.role} role`);
  const { row, token } = await createManagementToken(db, auth.orgId, { name: body.name, role: body.role, expiresAt: body.expires_at ? new Date(body.expires_at) : null }, auth.userId);
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'token.create', target: { type: 'management_token', id: row.id }, details: { name: row.name, role: row.role } });
  return json({ ...presentToken(row), token }, 201, { 'cache-control': 'no-store' });
});
