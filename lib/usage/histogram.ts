/**
 * Fixed latency buckets (upper bounds in ms; the last is open-ended), shared by the rollups and
 * the dashboards, so percentiles can be estimated from hourly rollups without scanning requests.
 */
export const LATENCY_BOUNDS_MS = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000, 60_000, Infinity];

export function bucketIndex(ms: number): number {
  for (let i = 0; i < LATENCY_BOUNDS_MS.length; i++) if (ms <= LATENCY_BOUNDS_MS[i]) return i;
  return LATENCY_BOUNDS_MS.length - 1;
}

export function emptyBuckets(): number[] {
  return new Array(LATENCY_BOUNDS_MS.length).fill(0);
}

/** Percentile (0..1) estimated by linear interpolation inside the bucket that holds it. */
export function percentileFromBuckets(buckets: number[], p: number): number | null {
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = p * total;
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    if (seen + buckets[i] >= rank && buckets[i] > 0) {
      const lower = i === 0 ? 0 : LATENCY_BOUNDS_MS[i - 1];
      const upper = Number.isFinite(LATENCY_BOUNDS_MS[i]) ? LATENCY_BOUNDS_MS[i] : lower * 2;
      return lower + ((rank - seen) / buckets[i]) * (upper - lower);
    }
    seen += buckets[i];
  }
  return LATENCY_BOUNDS_MS[LATENCY_BOUNDS_MS.length - 2];
}
