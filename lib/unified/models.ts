import { getDb } from '@/db';
import { listCredentials } from '@/db/queries/credentials';
import { listPriceOverrides } from '@/db/queries/prices';
import type { ApiKey } from '@/db/schema';
import type { OrgId } from '@/db/tenant';
import { matchesAny } from '@/lib/policy/glob';
import { isProviderId, PROVIDERS, type ProviderId } from '@/lib/providers/catalog';
import { catalogModels } from '@/lib/providers/models';
import { listPrice } from '@/lib/usage/prices';

export interface AvailableModel {
  id: string;
  provider: ProviderId;
  model: string;
  source: 'catalog' | 'organization';
  pricing: { input_per_mtok: number; output_per_mtok: number } | null;
}

/**
 * The models this organisation may call through the unified endpoint: its enabled providers (those
 * with a stored credential) × the catalog, plus models it priced itself, minus what the key's
 * allowed-model globs exclude. (Model-access policies filter further: lib/policy.)
 */
export async function availableModels(orgId: OrgId, key: ApiKey): Promise<AvailableModel[]> {
  const db = await getDb();
  const [credentials, overrides] = await Promise.all([listCredentials(db, orgId), listPriceOverrides(db, orgId)]);
  const enabled = new Set(credentials.map((c) => c.provider).filter(isProviderId));
  const out = new Map<string, AvailableModel>();
  for (const provider of enabled) {
    for (const model of catalogModels(provider)) {
      const price = listPrice(model)?.price;
      out.set(`${provider}/${model}`, { id: `${provider}/${model}`, provider, model, source: 'catalog', pricing: price ? { input_per_mtok: price.input, output_per_mtok: price.output } : null });
    }
  }
  for (const o of overrides) {
    if (!isProviderId(o.provider) || !enabled.has(o.provider)) continue;
    out.set(`${o.provider}/${o.model}`, { id: `${o.provider}/${o.model}`, provider: o.provider, model: o.model, source: 'organization', pricing: { input_per_mtok: o.inputPerMTok, output_per_mtok: o.outputPerMTok } });
  }
  const allowed = key.allowedModels;
  return [...out.values()].filter((m) => allowed.length === 0 || matchesAny(m.model, allowed) || matchesAny(m.id, allowed));
}

/** Whether `provider/model` may be called: a known model of an enabled provider (or any model of a custom upstream). */
export function isCallable(models: AvailableModel[], enabledProviders: Set<string>, provider: string, model: string): boolean {
  if (provider === 'custom') return enabledProviders.has('custom');
  return models.some((m) => m.provider === provider && m.model === model);
}

export function providerLabel(provider: ProviderId): string {
  return PROVIDERS[provider].label;
}
