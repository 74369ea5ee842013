import { describe, expect, it } from 'vitest';
import { rateLimitHeaders } from './headers';
import { resolveLimits, toScopeLimits } from './limits';

describe('resolveLimits', () => {
  it('takes env defaults when nothing overrides them, and omits zero (no limit)', () => {
    expect(resolveLimits({ env: { key: { rpm: 60 }, user: { rpm: 0 }, org: { rpm: 1000, tpm: 0 }, provider: { rpm: 500 } } })).toEqual({
      key: { rpm: 60 },
      user: {},
      org: { rpm: 1000 },
      provider: { rpm: 500 },
    });
    expect(resolveLimits({})).toEqual({ key: {}, user: {}, org: {}, provider: {} });
  });

  it('lets the organisation override any scope, field by field', () => {
    const r = resolveLimits({
      env: { key: { rpm: 60, tpm: 100_000 }, org: { rpm: 1000 } },
      org: { key: { tpm: 20_000 }, org: { rpm: 5000, tpm: 2_000_000 }, user: { rpm: 30 } },
    });
    expect(r).toEqual({ key: { rpm: 60, tpm: 20_000 }, user: { rpm: 30 }, org: { rpm: 5000, tpm: 2_000_000 }, provider: {} });
  });

  it("gives the key's own limits the last word on the key scope only", () => {
    const r = resolveLimits({
      env: { key: { rpm: 60 }, org: { rpm: 1000 } },
      org: { key: { rpm: 120, tpm: 50_000 } },
      key: { rpm: 10, tpm: null },
    });
    // null inherits (the org's 50k tokens); the org scope is untouched by the key's row.
    expect(r.key).toEqual({ rpm: 10, tpm: 50_000 });
    expect(r.org).toEqual({ rpm: 1000 });
  });

  it('lets an override of 0 lift a limit, and ignores invalid values', () => {
    expect(resolveLimits({ env: { key: { rpm: 60 } }, key: { rpm: 0 } }).key).toEqual({});
    const r = resolveLimits({ env: { key: { rpm: 60, tpm: 1000 } }, org: { key: { rpm: -5, tpm: Number.NaN } }, key: { rpm: Infinity } });
    expect(r.key).toEqual({ rpm: 60, tpm: 1000 });
  });
});

describe('toScopeLimits', () => {
  it('keeps the scopes that have both an id and a limit', () => {
    const limits = resolveLimits({ env: { key: { rpm: 60 }, user: { rpm: 10 }, org: { tpm: 9000 } } });
    expect(toScopeLimits(limits, { key: 'k1', user: undefined, org: 'o1', provider: 'openai' })).toEqual([
      { scope: 'key', id: 'k1', rpm: 60 },
      { scope: 'org', id: 'o1', tpm: 9000 },
    ]);
  });
});

describe('rateLimitHeaders', () => {
  it('describes the tightest limit, with Retry-After only on a rejection', () => {
    expect(rateLimitHeaders({ allowed: true, limit: 60, remaining: 59, resetMs: 1_700_000_000_500 })).toEqual({
      'X-RateLimit-Limit': '60',
      'X-RateLimit-Remaining': '59',
      'X-RateLimit-Reset': '1700000001',
    });
    expect(
      rateLimitHeaders({ allowed: false, limitedBy: { scope: 'key', id: 'k', kind: 'requests' }, limit: 60, remaining: 0, resetMs: 1_700_000_030_000, retryAfterSeconds: 12 }),
    ).toMatchObject({ 'X-RateLimit-Remaining': '0', 'Retry-After': '12' });
  });

  it('sends nothing when no limit applied or the store was unreachable', () => {
    expect(rateLimitHeaders({ allowed: true, limit: Infinity, remaining: Infinity, resetMs: 0 })).toEqual({});
    expect(rateLimitHeaders({ allowed: true, degraded: true, limit: Infinity, remaining: Infinity, resetMs: 0 })).toEqual({});
  });
});
