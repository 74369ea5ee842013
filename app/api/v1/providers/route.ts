import { listCredentials } from '@/db/queries/credentials';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit } from '@/lib/audit';
import { isCredentialIssue, parseCredentialInput } from '@/lib/credentials/input';
import { presentCredential, storeCredential } from '@/lib/credentials/store';
import { AppError } from '@/lib/errors';
import { publishChange } from '@/lib/events/changes';
import { z } from 'zod';

// GET /api/v1/providers - list provider credentials (never the secret, only the last four)
export const GET = withOrg({}, async ({ db, auth }) => {
  const items = (await listCredentials(db, auth.orgId)).map(presentCredential);
  return json({ items, total: items.length });
});

// POST /api/v1/providers - store a provider credential, encrypted
export const POST = withOrg({ role: 'admin', body: z.record(z.string(), z.unknown()) }, async ({ db, auth, body }) => {
  const parsed = parseCredentialInput(body);
  if (isCredentialIssue(parsed)) throw new AppError('validation', `${parsed.field}: ${parsed.message}`, { field: parsed.field });
  const row = await storeCredential(db, auth.orgId, parsed, auth.userId);
  await publishChange({ kind: 'credential', orgId: auth.orgId, id: row.id, provider: row.provider });
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'credential.create', target: { type: 'provider_credential', id: row.id }, details: { provider: row.provider, name: row.name, last_four: row.lastFour } });
  return json(presentCredential(row), 201);
});
