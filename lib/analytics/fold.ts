import { emptyBuckets, percentileFromBuckets } from '@/lib/usage/histogram';

/**
 * Pure folding of grouped rollup rows (db/queries/analytics.ts) into what the analytics API
 * answers: totals, percentiles from summed histograms, top-N groups with the rest as "other".
 */
export interface Measures {
  requests: number;
  errors: number;
  blocked: number;
  unpriced: number;
  tokensIn: number;
  tokensOut: number;
  tokensCached: number;
  costUsd: number;
  latencyMsSum: number;
  overheadMsSum: number;
  buckets: number[];
}

const ADDITIVE = ['requests', 'errors', 'blocked', 'unpriced', 'tokensIn', 'tokensOut', 'tokensCached', 'costUsd', 'latencyMsSum', 'overheadMsSum'] as const;

export function emptyMeasures(): Measures {
  return { requests: 0, errors: 0, blocked: 0, unpriced: 0, tokensIn: 0, tokensOut: 0, tokensCached: 0, costUsd: 0, latencyMsSum: 0, overheadMsSum: 0, buckets: emptyBuckets() };
}

export function addInto(target: Measures, row: Measures): Measures {
  for (const k of ADDITIVE) target[k] += row[k];
  for (let i = 0; i < target.buckets.length; i++) target.buckets[i] += row.buckets[i] ?? 0;
  return target;
}

export function total(rows: Measures[]): Measures {
  return rows.reduce((acc, r) => addInto(acc, r), emptyMeasures());
}

/** Rows folded by a key (rows whose key is undefined are skipped). Insertion order is kept. */
export function groupBy<R extends Measures>(rows: R[], keyOf: (row: R) => string | undefined): Map<string, Measures> {
  const out = new Map<string, Measures>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    let m = out.get(key);
    if (!m) out.set(key, (m = emptyMeasures()));
    addInto(m, row);
  }
  return out;
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** The public (snake_case) numbers for one set of measures. Costs keep 6 decimals (fractions of a cent add up). */
export function describe(m: Measures) {
  const p50 = percentileFromBuckets(m.buckets, 0.5);
  const p95 = percentileFromBuckets(m.buckets, 0.95);
  return {
    requests: m.requests,
    errors: m.errors,
    blocked: m.blocked,
    unpriced: m.unpriced,
    error_rate_pct: m.requests ? round((m.errors / m.requests) * 100, 2) : 0,
    tokens_in: m.tokensIn,
    tokens_out: m.tokensOut,
    tokens_cached: m.tokensCached,
    cost_usd: round(m.costUsd, 6),
    avg_latency_ms: m.requests ? round(m.latencyMsSum / m.requests, 1) : null,
    p50_latency_ms: p50 === null ? null : round(p50, 1),
    p95_latency_ms: p95 === null ? null : round(p95, 1),
    avg_overhead_ms: m.requests ? round(m.overheadMsSum / m.requests, 2) : null,
  };
}

export const OTHER = '__other__';

/**
 * The `limit` largest groups by cost (then requests), the rest folded into OTHER. Ranking by
 * cost first because spend is what the charts are about; requests break ties and rank unpriced models.
 */
export function topGroups(groups: Map<string, Measures>, limit: number): { keep: string[]; other: boolean } {
  const ranked = [...groups.entries()].sort((a, b) => b[1].costUsd - a[1].costUsd || b[1].requests - a[1].requests || a[0].localeCompare(b[0]));
  return { keep: ranked.slice(0, limit).map(([k]) => k), other: ranked.length > limit };
}

/** A count map (`{gpt-4o: 12}`), largest first, as the seeds' by_provider / by_model shape. */
export function countMap(groups: Map<string, Measures>): Record<string, number> {
  return Object.fromEntries([...groups.entries()].sort((a, b) => b[1].requests - a[1].requests).map(([k, m]) => [k, m.requests]));
}
