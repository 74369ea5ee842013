import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditHash, canonicalJson as serverCanonicalJson, GENESIS_HASH } from '@/lib/audit/chain';
import type { AuditEvent } from '@/lib/client/governance-types';
import { canonicalJson, hashInput, verifyPage } from './audit-chain';

const ORG = '0190a7c4-0000-7000-8000-000000000001';
const sha256 = async (text: string) => createHash('sha256').update(text).digest('hex');

/** Builds rows the way the server writes them (lib/audit/chain.ts), presented as the API shows them. */
function chain(n: number): AuditEvent[] {
  const rows: AuditEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const createdAt = new Date(Date.UTC(2025, 0, 1, 12, 0, i, 123));
    const content = { orgId: ORG, actorType: 'user', actorId: 'u1', action: 'settings.update', targetType: 'organization', targetId: ORG, ip: '203.0.113.9', userAgent: 'Mozilla/5.0', details: { fields: ['retention_days'], n: i, nested: { z: 1, a: [true, null] } }, createdAt };
    const hash = auditHash(prev, content);
    rows.push({ id: i, action: content.action, actor: { type: 'user', id: 'u1' }, target: { type: 'organization', id: ORG }, ip: content.ip, user_agent: content.userAgent, details: content.details, created_at: createdAt.toISOString(), prev_hash: prev, hash });
    prev = hash;
  }
  return rows.reverse();
}

describe('audit chain in the browser', () => {
  it('writes canonical JSON exactly as the server does', () => {
    const value = { b: [1, { d: 'x', c: undefined, a: null }], a: new Date(0), e: 'ü"' };
    expect(canonicalJson(value)).toBe(serverCanonicalJson(value));
  });

  it('verifies rows the server hashed, and their links', async () => {
    const page = chain(4);
    expect(await sha256(hashInput(ORG, page[0]))).toBe(page[0].hash);
    const status = await verifyPage(page, ORG, sha256, true);
    expect([...status.values()]).toEqual(['verified', 'verified', 'verified', 'verified']);
  });

  it('names a row whose content was changed, and a row whose predecessor is missing', async () => {
    const page = chain(4);
    page[1] = { ...page[1], details: { ...page[1].details, fields: ['prompt_storage'] } };
    const edited = await verifyPage(page, ORG, sha256, true);
    expect(edited.get(page[1].id)).toBe('mismatch');
    expect(edited.get(page[0].id)).toBe('verified');

    const gap = chain(4);
    gap.splice(2, 1);
    const linked = await verifyPage(gap, ORG, sha256, true);
    expect(linked.get(gap[1].id)).toBe('broken_link');
    // A filtered page is not contiguous: only each row's own hash is checked.
    expect((await verifyPage(gap, ORG, sha256, false)).get(gap[1].id)).toBe('verified');
  });

  it('marks rows unchecked without Web Crypto', async () => {
    const status = await verifyPage(chain(2), ORG, null, true);
    expect([...status.values()]).toEqual(['unchecked', 'unchecked']);
  });
});
