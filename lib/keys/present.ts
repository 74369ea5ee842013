import type { ApiKey } from '@/db/schema';
import { maskKey } from './format';

/** The public view of a gateway key: masked, never the hash. */
export function presentKey(row: ApiKey) {
  const expired = row.expiresAt !== null && row.expiresAt.getTime() <= Date.now();
  return {
    id: row.id,
    name: row.name,
    masked: maskKey(row.prefix, row.lastFour),
    prefix: row.prefix,
    last_four: row.lastFour,
    status: row.status === 'active' && expired ? 'expired' : row.status,
    expires_at: row.expiresAt?.toISOString() ?? null,
    models: row.allowedModels,
    rate_limit_rpm: row.rateLimitRpm,
    rate_limit_tpm: row.rateLimitTpm,
    budget_usd_daily: row.budgetUsdDaily,
    budget_usd_monthly: row.budgetUsdMonthly,
    fallbacks: row.fallbacks,
    metadata: row.metadata,
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
    created_by: row.createdBy,
    created_at: row.createdAt.toISOString(),
    revoked_at: row.revokedAt?.toISOString() ?? null,
  };
}
