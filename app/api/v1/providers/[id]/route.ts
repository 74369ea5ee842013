import { deleteCredential, getCredential, setDefaultCredential } from '@/db/queries/credentials';
import { uuidParam } from '@/lib/api/params';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit } from '@/lib/audit';
import { presentCredential } from '@/lib/credentials/store';
import { publishChange } from '@/lib/events/changes';
import { z } from 'zod';

type Params = { id: string };

// GET /api/v1/providers/{id} - one credential (masked)
export const GET = withOrg<Params>({}, async ({ db, auth, params }) => json(presentCredential(await getCredential(db, auth.orgId, uuidParam(params.id, 'credential')))));

// PATCH /api/v1/providers/{id} - make this credential its provider's default
const patchSchema = z.object({ is_default: z.literal(true) }).strict();
export const PATCH = withOrg<Params, typeof patchSchema>({ role: 'admin', body: patchSchema }, async ({ db, auth, params }) => {
  const row = await setDefaultCredential(db, auth.orgId, uuidParam(params.id, 'credential'));
  await publishChange({ kind: 'credential', orgId: auth.orgId, id: row.id, provider: row.provider });
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'credential.set_default', target: { type: 'provider_credential', id: row.id } });
  return json(presentCredential(row));
});

// DELETE /api/v1/providers/{id} - delete a credential
export const DELETE = withOrg<Params>({ role: 'admin' }, async ({ db, auth, params }) => {
  const row = await deleteCredential(db, auth.orgId, uuidParam(params.id, 'credential'));
  await publishChange({ kind: 'credential', orgId: auth.orgId, id: row.id, provider: row.provider });
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'credential.delete', target: { type: 'provider_credential', id: row.id }, details: { provider: row.provider, name: row.name } });
  return json({ ...presentCredential(row), deleted: true });
});
