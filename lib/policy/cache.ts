import { getDb } from '@/db';
import { listAllPolicies } from '@/db/queries/policies';
import type { OrgId } from '@/db/tenant';
import { onChange } from '@/lib/events/changes';
import { log } from '@/lib/log';
import { MAX_STALE_MS, staleIfError } from '@/lib/runtime/stale';
import { processSingleton } from '@/lib/runtime/singleton';
import { compilePolicySet, type PolicySet } from './compile';

/**
 * Compiled policy sets for the hot path, one per organisation: loaded on first use, refreshed every
 * 30 s as a safety net, dropped at once by a `policy` change event (from this instance or, through
 * the change bus, any other) and by `resync`. While the database blinks the last known set is
 * served (lib/runtime/stale.ts); with nothing to serve, the caller applies the organisation's fail
 * mode for `policy_store`.
 */
const TTL_MS = 30_000;

interface Entry {
  value: PolicySet;
  expiresAt: number;
}

interface Cache {
  entries: Map<string, Entry>;
  /** Loads in flight, so a burst of requests for a cold organisation makes one query. */
  loading: Map<string, Promise<PolicySet>>;
  /** Bumped by every invalidation, so a load that started before it is not cached afterwards. */
  generation: number;
  subscribed: boolean;
}

const cache = processSingleton<Cache>('policy-cache', () => ({ entries: new Map(), loading: new Map(), generation: 0, subscribed: false }));

function subscribe(): void {
  if (cache.subscribed) return;
  cache.subscribed = true;
  onChange((event) => {
    if (event.kind === 'policy') invalidatePolicies(event.orgId);
    else if (event.kind === 'resync') invalidatePolicies();
  });
}

export function invalidatePolicies(orgId?: string): void {
  cache.generation++;
  if (orgId) {
    cache.entries.delete(orgId);
    cache.loading.delete(orgId);
  } else {
    cache.entries.clear();
    cache.loading.clear();
  }
}

async function load(orgId: OrgId): Promise<PolicySet> {
  const generation = cache.generation;
  const rows = await listAllPolicies(await getDb(), orgId);
  const value = compilePolicySet(orgId, rows);
  if (generation === cache.generation) cache.entries.set(orgId, { value, expiresAt: Date.now() + TTL_MS });
  return value;
}

/** The organisation's compiled policies; throws when they can be neither loaded nor served stale. */
export async function policySet(orgId: OrgId): Promise<PolicySet> {
  subscribe();
  const now = Date.now();
  const hit = cache.entries.get(orgId);
  if (hit && hit.expiresAt > now) return hit.value;
  const stale = hit && now - hit.expiresAt <= MAX_STALE_MS ? hit.value : undefined;
  let pending = cache.loading.get(orgId);
  if (!pending) {
    const started: Promise<PolicySet> = staleIfError(() => load(orgId), stale, 'policies').finally(() => {
      if (cache.loading.get(orgId) === started) cache.loading.delete(orgId);
    });
    pending = started;
    cache.loading.set(orgId, started);
  }
  try {
    return await pending;
  } catch (error) {
    log.warn({ err: error, org: orgId }, 'policies could not be loaded');
    throw error;
  }
}

/** For tests: the cached set without loading. */
export function cachedPolicySet(orgId: string): PolicySet | undefined {
  return cache.entries.get(orgId)?.value;
}
