import { randomUUID } from 'node:crypto';
import type { Db } from '@/db';
import * as credentials from '@/db/queries/credentials';
import type { ProviderCredential } from '@/db/schema';
import type { OrgId } from '@/db/tenant';
import { open, seal } from '@/lib/crypto/envelope';
import { keyRing } from '@/lib/crypto/master-key';
import type { ParsedCredential } from './input';

/** Associated data binding a sealed secret to its row. */
export const credentialAad = (orgId: string, id: string) => `provider_credentials:${orgId}:${id}`;

export async function storeCredential(db: Db, orgId: OrgId, input: ParsedCredential, createdBy: string | null): Promise<ProviderCredential> {
  const id = randomUUID();
  const sealedSecret = seal(keyRing(), JSON.stringify(input.secret), credentialAad(orgId, id));
  return credentials.insertCredential(
    db,
    orgId,
    { id, provider: input.provider, name: input.name, kind: input.kind, sealedSecret, lastFour: input.lastFour, metadata: input.metadata },
    createdBy,
  );
}

/** Decrypts a credential's secret for forwarding. Callers keep it in memory only. */
export function openCredentialSecret(row: Pick<ProviderCredential, 'id' | 'orgId' | 'sealedSecret'>): Record<string, string> {
  return JSON.parse(open(keyRing(), row.sealedSecret, credentialAad(row.orgId, row.id))) as Record<string, string>;
}

/** The public view of a credential: never the secret, only its last four. */
export function presentCredential(row: ProviderCredential) {
  return {
    id: row.id,
    provider: row.provider,
    name: row.name,
    kind: row.kind,
    last_four: row.lastFour,
    masked: row.lastFour ? `…${row.lastFour}` : '',
    metadata: row.metadata,
    is_default: row.isDefault,
    created_at: row.createdAt.toISOString(),
  };
}
