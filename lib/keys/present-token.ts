import type { ManagementToken } from '@/db/schema';
import { KEY_PREFIXES, maskKey } from './format';

export function presentToken(row: ManagementToken) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    masked: maskKey(KEY_PREFIXES.management, row.lastFour),
    created_by: row.createdBy,
    created_at: row.createdAt.toISOString(),
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
    expires_at: row.expiresAt?.toISOString() ?? null,
    revoked_at: row.revokedAt?.toISOString() ?? null,
  };
}
