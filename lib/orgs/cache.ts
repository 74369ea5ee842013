import { getDb } from '@/db';
import { getOrganization } from '@/db/queries/accounts';
import type { OrgId } from '@/db/tenant';
import { onChange } from '@/lib/events/changes';
import { MAX_STALE_MS, staleIfError } from '@/lib/runtime/stale';
import { processSingleton } from '@/lib/runtime/singleton';
import { readOrgSettings, type OrgSettings } from './settings';

/** Organisation settings for the hot path: cached, refreshed every 30 s, dropped at once on change. */
const TTL_MS = 30_000;

interface Cache {
  entries: Map<string, { value: OrgSettings; expiresAt: number }>;
  subscribed: boolean;
}

const cache = processSingleton<Cache>('org-settings-cache', () => ({ entries: new Map(), subscribed: false }));

export async function orgSettings(orgId: OrgId): Promise<OrgSettings> {
  if (!cache.subscribed) {
    cache.subscribed = true;
    onChange((event) => {
      if (event.kind === 'org_settings') cache.entries.delete(event.orgId);
      else if (event.kind === 'resync') cache.entries.clear();
    });
  }
  const now = Date.now();
  const hit = cache.entries.get(orgId);
  if (hit && hit.expiresAt > now) return hit.value;
  const stale = hit && now - hit.expiresAt <= MAX_STALE_MS ? hit.value : undefined;
  return staleIfError(async () => {
    const org = await getOrganization(await getDb(), orgId);
    const value = readOrgSettings(org.settings);
    cache.entries.set(orgId, { value, expiresAt: now + TTL_MS });
    return value;
  }, stale, 'org_settings');
}
