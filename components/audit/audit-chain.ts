import type { AuditEvent } from '@/lib/client/governance-types';
import { canonicalJson } from '@/lib/audit/canonical-json';

export { canonicalJson };

/**
 * Checks the audit trail's hash chain in the browser, the same way `npm run audit:verify` does on
 * the server: each row's hash is SHA-256(previous hash + "\n" + canonical JSON of its content),
 * and each row names the hash of the row before it. A page of the unfiltered list is a contiguous
 * stretch of the chain, so links between neighbours are checked too; a filtered page is not.
 */

export type ChainStatus = 'verified' | 'mismatch' | 'broken_link' | 'unchecked';

/** The exact text a row's hash covers. */
export function hashInput(orgId: string, e: AuditEvent): string {
  const content = {
    orgId,
    actorType: e.actor.type,
    actorId: e.actor.id,
    action: e.action,
    targetType: e.target?.type ?? null,
    targetId: e.target?.id ?? null,
    ip: e.ip,
    userAgent: e.user_agent,
    details: e.details,
    createdAt: e.created_at,
  };
  return `${e.prev_hash}\n${canonicalJson(content)}`;
}

export type Sha256Hex = (text: string) => Promise<string>;

/** SHA-256 through Web Crypto, or null where the page is not a secure context (plain http off localhost). */
export function webCryptoSha256(): Sha256Hex | null {
  const subtle = typeof crypto !== 'undefined' ? crypto.subtle : undefined;
  if (!subtle) return null;
  return async (text) => {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  };
}

/**
 * The status of each event on a page (newest first, as the API lists them). `contiguous` says the
 * page is unfiltered, so each row's `prev_hash` must be the hash of the row listed after it.
 */
export async function verifyPage(events: AuditEvent[], orgId: string, sha256: Sha256Hex | null, contiguous: boolean): Promise<Map<number, ChainStatus>> {
  const out = new Map<number, ChainStatus>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const older = events[i + 1];
    if (contiguous && older && e.prev_hash !== older.hash) {
      out.set(e.id, 'broken_link');
      continue;
    }
    if (!sha256) {
      out.set(e.id, 'unchecked');
      continue;
    }
    out.set(e.id, (await sha256(hashInput(orgId, e))) === e.hash ? 'verified' : 'mismatch');
  }
  return out;
}

export const CHAIN_LABELS: Record<ChainStatus, string> = {
  verified: 'Hash verified',
  mismatch: 'Hash mismatch',
  broken_link: 'Chain broken',
  unchecked: 'Not checked',
};
