import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter } from './memory';
import { seeded } from './testing/seeded';
import type { ScopeLimit } from './types';

const W = 60_000;
// A window-aligned epoch so offsets below read as "seconds into the window".
const T0 = 1_000 * W;

function limiter() {
  return new MemoryRateLimiter({ windowMs: W, clock: () => T0 });
}

async function run(l: MemoryRateLimiter, n: number, scopes: ScopeLimit[], now: number, estimatedTokens?: number) {
  let allowed = 0;
  for (let i = 0; i < n; i++) if ((await l.check({ scopes, now, estimatedTokens })).allowed) allowed++;
  return allowed;
}

describe('MemoryRateLimiter', () => {
  it('enforces requests per minute per scope, independently per id', async () => {
    const l = limiter();
    const a: ScopeLimit[] = [{ scope: 'key', id: 'a', rpm: 3 }];
    expect(await run(l, 5, a, T0)).toBe(3);
    const rejected = await l.check({ scopes: a, now: T0 });
    expect(rejected).toMatchObject({ allowed: false, limitedBy: { scope: 'key', id: 'a', kind: 'requests' }, limit: 3, remaining: 0 });
    expect(await run(l, 5, [{ scope: 'key', id: 'b', rpm: 3 }], T0)).toBe(3);
    // Same id under another scope kind is another counter.
    expect(await run(l, 5, [{ scope: 'user', id: 'a', rpm: 2 }], T0)).toBe(2);
  });

  it('enforces tokens per minute with the estimate', async () => {
    const l = limiter();
    const s: ScopeLimit[] = [{ scope: 'org', id: 'o', tpm: 1000 }];
    expect(await run(l, 5, s, T0, 400)).toBe(2);
    const d = await l.check({ scopes: s, now: T0, estimatedTokens: 400 });
    expect(d).toMatchObject({ allowed: false, limitedBy: { scope: 'org', kind: 'tokens' }, limit: 1000, remaining: 200 });
    // 200 tokens still fit.
    expect((await l.check({ scopes: s, now: T0, estimatedTokens: 200 })).allowed).toBe(true);
    // A spent budget rejects even a request with no estimate.
    expect((await l.check({ scopes: s, now: T0 })).allowed).toBe(false);
  });

  it('lets one request larger than the whole token limit through an empty window only', async () => {
    const l = limiter();
    const s: ScopeLimit[] = [{ scope: 'key', id: 'k', tpm: 100 }];
    expect((await l.check({ scopes: s, now: T0, estimatedTokens: 500 })).allowed).toBe(true);
    expect((await l.check({ scopes: s, now: T0, estimatedTokens: 500 })).allowed).toBe(false);
  });

  it('is all-or-nothing: a request rejected by one scope is counted in none', async () => {
    const l = limiter();
    const org = { scope: 'org', id: 'o', rpm: 2 } as const;
    expect(await run(l, 2, [{ scope: 'key', id: 'a', rpm: 10 }, org], T0)).toBe(2);
    expect(await run(l, 5, [{ scope: 'key', id: 'b', rpm: 1 }, org], T0)).toBe(0);
    // Had the rejected requests been counted against key b, its limit of 1 would now be spent.
    expect((await l.check({ scopes: [{ scope: 'key', id: 'b', rpm: 1 }], now: T0 })).allowed).toBe(true);
  });

  it('slides across the window boundary: the previous window decays linearly', async () => {
    const l = limiter();
    const s: ScopeLimit[] = [{ scope: 'key', id: 'k', rpm: 10 }];
    expect(await run(l, 10, s, T0 + 59_000)).toBe(10);
    // A fixed window would allow 10 more at the boundary; the sliding estimate still counts 10.
    expect(await run(l, 1, s, T0 + W)).toBe(0);
    // 45.5 s into the next window 24% of the previous one remains: 10 - floor(2.4) = 8 more fit.
    expect(await run(l, 10, s, T0 + W + 45_500)).toBe(8);
    // used = floor(10 * (1 - f)) + 8; one more fits once 10 * (1 - f) < 2, i.e. f > 0.8 (48 s; the
    // exact boundary millisecond is up to floating point, so the test pins the neighbourhood).
    const d = await l.check({ scopes: s, now: T0 + W + 45_500 });
    expect(d).toMatchObject({ allowed: false, limit: 10, remaining: 0, retryAfterSeconds: 3 });
    expect(d.resetMs - (T0 + W + 48_000)).toBeGreaterThanOrEqual(0);
    expect(d.resetMs - (T0 + W + 48_000)).toBeLessThanOrEqual(1);
    expect((await l.check({ scopes: s, now: d.resetMs - 1 })).allowed).toBe(false);
    expect((await l.check({ scopes: s, now: d.resetMs })).allowed).toBe(true);
  });

  it('keeps a limit of 1 per minute usable (the previous share is rounded down)', async () => {
    const l = limiter();
    const s: ScopeLimit[] = [{ scope: 'key', id: 'k', rpm: 1 }];
    expect(await run(l, 2, s, T0 + 30_000)).toBe(1);
    // The current window alone is full: capacity frees just after it ends.
    expect(await l.check({ scopes: s, now: T0 + 40_000 })).toMatchObject({ allowed: false, resetMs: T0 + W + 1, retryAfterSeconds: 21 });
    expect(await run(l, 1, s, T0 + W)).toBe(0);
    expect(await run(l, 2, s, T0 + W + 1)).toBe(1);
  });

  it('frees capacity at the promised reset, not a millisecond earlier', async () => {
    // Random traffic; after every rejection the reported reset must be the first moment that passes.
    const rand = seeded(7);
    let rejections = 0;
    for (let round = 0; round < 200; round++) {
      const l = limiter();
      const s: ScopeLimit[] = [{ scope: 'key', id: 'k', rpm: 1 + Math.floor(rand() * 20), tpm: 100 + Math.floor(rand() * 5000) }];
      let now = T0 + Math.floor(rand() * W);
      for (let i = 0; i < 40; i++) {
        now += Math.floor(rand() * 5_000);
        const tokens = Math.floor(rand() * 400);
        const d = await l.check({ scopes: s, now, estimatedTokens: tokens });
        if (d.allowed) continue;
        rejections++;
        expect(d.resetMs).toBeGreaterThan(now);
        expect((await l.check({ scopes: s, now: d.resetMs - 1, estimatedTokens: tokens })).allowed).toBe(false);
        expect((await l.check({ scopes: s, now: d.resetMs, estimatedTokens: tokens })).allowed).toBe(true);
        break;
      }
    }
    expect(rejections).toBeGreaterThan(100);
  });

  it('forgets everything after two idle windows', async () => {
    const l = limiter();
    const s: ScopeLimit[] = [{ scope: 'key', id: 'k', rpm: 2 }];
    expect(await run(l, 3, s, T0)).toBe(2);
    expect(await run(l, 3, s, T0 + 2 * W)).toBe(2);
  });

  it('describes the tightest scope when allowed, and the one that frees last when rejected', async () => {
    const l = limiter();
    const roomy = { scope: 'org', id: 'o', rpm: 100 } as const;
    const tight = { scope: 'key', id: 'k', rpm: 4, tpm: 1000 } as const;
    const d = await l.check({ scopes: [roomy, tight], now: T0 + 10_000, estimatedTokens: 100 });
    // requests: 3/4 left (75%), tokens 900/1000 (90%), org 99%: the key's requests win.
    expect(d).toEqual({ allowed: true, limit: 4, remaining: 3, resetMs: T0 + W });

    // a: a token budget overrun (settled after the response) still decaying from the previous window.
    const a = { scope: 'org', id: 'a', tpm: 1000 } as const;
    await l.check({ scopes: [a], now: T0, estimatedTokens: 1000 });
    await l.settleTokens([a], 1000, T0);
    // b: a full current window.
    const b = { scope: 'key', id: 'b', rpm: 5 } as const;
    await run(l, 5, [b], T0 + W + 10_000);
    const onlyA = await l.check({ scopes: [a], now: T0 + W + 30_000 });
    expect(onlyA).toMatchObject({ allowed: false, limitedBy: { scope: 'org', id: 'a', kind: 'tokens' }, resetMs: T0 + W + 30_001 });
    for (const scopes of [[a, b], [b, a]]) {
      const r = await l.check({ scopes, now: T0 + W + 30_000 });
      // Both are full; b frees later (after its window), so it is the one reported.
      expect(r).toMatchObject({ allowed: false, limitedBy: { scope: 'key', id: 'b', kind: 'requests' }, limit: 5, resetMs: T0 + 2 * W + 1 });
    }
  });

  it('ignores scopes without a positive limit', async () => {
    const l = limiter();
    const d = await l.check({ scopes: [{ scope: 'key', id: 'k' }, { scope: 'org', id: 'o', rpm: 0, tpm: -1 }], now: T0 });
    expect(d).toEqual({ allowed: true, limit: Infinity, remaining: Infinity, resetMs: T0 });
  });

  it('settles tokens after the response, in both directions', async () => {
    const l = limiter();
    const s: ScopeLimit[] = [{ scope: 'key', id: 'k', tpm: 1000 }];
    expect((await l.check({ scopes: s, now: T0, estimatedTokens: 900 })).allowed).toBe(true);
    expect((await l.check({ scopes: s, now: T0, estimatedTokens: 200 })).allowed).toBe(false);
    await l.settleTokens(s, 100 - 900, T0); // used 100, not 900
    expect(await l.check({ scopes: s, now: T0, estimatedTokens: 200 })).toMatchObject({ allowed: true, remaining: 700 });
    await l.settleTokens(s, 650, T0); // a long answer: 300 + 650 used
    expect((await l.check({ scopes: s, now: T0, estimatedTokens: 100 })).allowed).toBe(false);
  });

  it('spills a refund that crosses the window boundary into the previous window', async () => {
    const l = limiter();
    const s: ScopeLimit[] = [{ scope: 'key', id: 'k', tpm: 1000 }];
    await l.check({ scopes: s, now: T0 + 59_000, estimatedTokens: 1000 });
    // The response ends in the next window: the refund must still free the 900 tokens.
    await l.settleTokens(s, -900, T0 + W);
    expect(await l.check({ scopes: s, now: T0 + W, estimatedTokens: 800 })).toMatchObject({ allowed: true, remaining: 100 });
    // A refund for a counter that no longer exists creates nothing.
    await l.settleTokens([{ scope: 'key', id: 'gone' }], -50, T0 + W);
    expect(l.size).toBe(1);
  });

  it('sweeps counters idle for two windows, by itself and on demand', async () => {
    const l = limiter();
    for (let i = 0; i < 100; i++) await l.check({ scopes: [{ scope: 'key', id: `k${i}`, rpm: 5 }], now: T0 });
    expect(l.size).toBe(100);
    // One window later they still matter (the previous window counts).
    expect(l.sweep(T0 + W)).toBe(0);
    expect(l.sweep(T0 + 2 * W)).toBe(100);
    expect(l.size).toBe(0);

    for (let i = 0; i < 100; i++) await l.check({ scopes: [{ scope: 'org', id: `o${i}`, rpm: 5 }], now: T0 + 2 * W });
    // The first check of a later window sweeps without being asked.
    await l.check({ scopes: [{ scope: 'org', id: 'fresh', rpm: 5 }], now: T0 + 4 * W });
    expect(l.size).toBe(1);
  });
});
