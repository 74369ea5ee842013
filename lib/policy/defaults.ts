import type { Db } from '@/db';
import { createPolicies } from '@/db/queries/policies';
import type { OrgId } from '@/db/tenant';
import { audit, type AuditActor } from '@/lib/audit';
import { inputToFields } from './present';
import { policyInputSchema } from './schema';

/**
 * The policies a new organisation starts with: explicit, editable rows that detect and record
 * (personal data and secrets in prompts and in responses, prompt injection above 0.5) without
 * changing anything a client sends or receives. They sit at priority 1000, after the default 100
 * of policies people add, and a stricter PII action from any other policy always wins.
 */
export const DEFAULT_POLICIES = [
  { name: 'Record personal data and secrets in prompts', kind: 'pii', action: 'log', config: { direction: 'request' }, priority: 1000 },
  { name: 'Record personal data and secrets in responses', kind: 'pii', action: 'log', config: { direction: 'response' }, priority: 1000 },
  { name: 'Record prompt injection', kind: 'injection', action: 'log', config: { threshold: 0.5 }, priority: 1000 },
] as const;

export async function createDefaultPolicies(db: Db, orgId: OrgId, actor: AuditActor, userId: string | null): Promise<void> {
  const fields = DEFAULT_POLICIES.map((p) => inputToFields(policyInputSchema.parse(p)));
  const rows = await createPolicies(db, orgId, fields, userId);
  for (const row of rows) {
    await audit(db, { orgId, actor, action: 'policy.create', target: { type: 'policy', id: row.id }, details: { name: row.name, kind: row.kind, default: true } });
  }
}
