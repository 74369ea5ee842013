import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export { canonicalJson };

/**
 * The audit trail's hash chain: each row stores the previous row's hash (per organisation) and
 * SHA-256(previous hash + canonical JSON of its own content). Changing, removing or reordering a
 * row breaks every hash after it; `npm run audit:verify` names the first row that does not match.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  orgId: string | null;
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
}

export function auditHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}
