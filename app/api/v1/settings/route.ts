import { getOrganization, updateOrganizationSettings } from '@/db/queries/accounts';
import { fromZodError, json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { audit, changedFields } from '@/lib/audit';
import { publishChange } from '@/lib/events/changes';
import { orgSettingsSchema, readOrgSettings } from '@/lib/orgs/settings';
import { mergeSettings, patchSettingsSchema, presentSettings } from './schema';

// GET /api/v1/settings - the organisation's settings with defaults filled in
export const GET = withOrg({}, async ({ db, auth }) => json(presentSettings(readOrgSettings((await getOrganization(db, auth.orgId)).settings))));

// PATCH /api/v1/settings - fail modes, prompt storage, retention, rate limits, identity tokens, approval TTL
export const PATCH = withOrg({ role: 'admin', body: patchSettingsSchema }, async ({ db, auth, body }) => {
  const stored = (await getOrganization(db, auth.orgId)).settings ?? {};
  const merged = mergeSettings(stored, body);
  const parsed = orgSettingsSchema.safeParse(merged);
  if (!parsed.success) throw fromZodError(parsed.error);
  // Store what was given (defaults stay implicit, so a changed default reaches everyone who never set it).
  const org = await updateOrganizationSettings(db, auth.orgId, merged);
  await publishChange({ kind: 'org_settings', orgId: auth.orgId });
  await audit(db, { orgId: auth.orgId, actor: auth.actor, action: 'settings.update', target: { type: 'organization', id: auth.orgId }, details: { fields: changedFields(stored, merged) } });
  return json(presentSettings(readOrgSettings(org.settings)));
});
