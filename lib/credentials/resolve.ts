import { getDb } from '@/db';
import { findCredentialForProvider } from '@/db/queries/credentials';
import type { ProviderCredential } from '@/db/schema';
import type { OrgId } from '@/db/tenant';
import { onChange } from '@/lib/events/changes';
import type { ProviderId } from '@/lib/providers/catalog';
import type { UpstreamCredential } from '@/lib/providers/types';
import { invalidateVertexToken } from '@/lib/providers/vertex/oauth';
import { MAX_STALE_MS, staleIfError } from '@/lib/runtime/stale';
import { processSingleton } from '@/lib/runtime/singleton';
import { openCredentialSecret } from './store';

/**
 * Decrypted provider credentials for the gateway, cached in memory so the hot path makes no
 * database round trip. Entries expire after a minute and are dropped at once when the
 * organisation's credentials change (on this instance directly, on others through the change bus).
 */
const TTL_MS = 60_000;

interface Entry {
  value: UpstreamCredential | null;
  expiresAt: number;
}

interface Cache {
  entries: Map<string, Entry>;
  subscribed: boolean;
}

const cache = processSingleton<Cache>('credential-cache', () => ({ entries: new Map(), subscribed: false }));

function subscribe(): void {
  if (cache.subscribed) return;
  cache.subscribed = true;
  onChange((event) => {
    if (event.kind === 'resync') return cache.entries.clear();
    if (event.kind !== 'credential') return;
    for (const key of cache.entries.keys()) if (key.startsWith(`${event.orgId}|`)) cache.entries.delete(key);
    // A deleted or replaced service account must not keep its minted access token.
    invalidateVertexToken(event.id);
  });
}

export function toUpstreamCredential(row: ProviderCredential): UpstreamCredential {
  const secret = openCredentialSecret(row);
  const meta = row.metadata as Record<string, string>;
  switch (row.kind) {
    case 'api_key':
      return { mode: 'stored', kind: 'api_key', apiKey: secret.api_key, baseUrl: meta.base_url };
    case 'azure':
      return { mode: 'stored', kind: 'azure', apiKey: secret.api_key, resource: meta.resource, apiVersion: meta.api_version };
    case 'aws':
      return { mode: 'stored', kind: 'aws', accessKeyId: secret.aws_access_key_id, secretAccessKey: secret.aws_secret_access_key, sessionToken: secret.aws_session_token, region: meta.region };
    case 'vertex':
      return { mode: 'stored', kind: 'vertex', serviceAccountJson: secret.service_account_json, project: meta.project, location: meta.location, credentialId: row.id };
    case 'custom':
      return { mode: 'stored', kind: 'custom', apiKey: secret.api_key, baseUrl: meta.base_url };
    default:
      throw new Error(`unknown credential kind ${row.kind}`);
  }
}

/** The organisation's credential for a provider (its default, or the named one); null when none. */
export async function resolveStoredCredential(orgId: OrgId, provider: ProviderId, name?: string): Promise<UpstreamCredential | null> {
  subscribe();
  const key = `${orgId}|${provider}|${name ?? ''}`;
  const now = Date.now();
  const hit = cache.entries.get(key);
  if (hit && hit.expiresAt > now) return hit.value;
  const stale = hit && now - hit.expiresAt <= MAX_STALE_MS ? hit.value : undefined;
  return staleIfError(async () => {
    const row = await findCredentialForProvider(await getDb(), orgId, provider, name);
    const value = row ? toUpstreamCredential(row) : null;
    cache.entries.set(key, { value, expiresAt: now + TTL_MS });
    return value;
  }, stale, 'provider_credentials');
}

export function clearCredentialCache(): void {
  cache.entries.clear();
}
