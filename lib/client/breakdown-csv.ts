import type { Breakdown, BreakdownRow } from './analytics-types';
import { toCsv } from './charts';

/** The spend table as CSV, with the same columns as on screen plus the ones that did not fit. */
export function breakdownCsv(data: Breakdown): string {
  const col = (header: string, value: (r: BreakdownRow) => string | number | null | undefined) => ({ header, value: value as (row: never) => string | number | null | undefined });
  return toCsv(
    [
      col('provider', (r) => r.provider),
      col('model', (r) => r.model),
      col('key_name', (r) => r.api_key?.name),
      col('key', (r) => r.api_key?.masked),
      col('requests', (r) => r.requests),
      col('errors', (r) => r.errors),
      col('blocked', (r) => r.blocked),
      col('error_rate_pct', (r) => r.error_rate_pct),
      col('tokens_in', (r) => r.tokens_in),
      col('tokens_out', (r) => r.tokens_out),
      col('tokens_cached', (r) => r.tokens_cached),
      col('cost_usd', (r) => r.cost_usd),
      col('unpriced_requests', (r) => r.unpriced),
      col('latency_p50_ms', (r) => r.p50_latency_ms),
      col('latency_p95_ms', (r) => r.p95_latency_ms),
      col('gateway_overhead_avg_ms', (r) => r.avg_overhead_ms),
    ],
    data.items,
  );
}

export function breakdownFilename(data: Breakdown): string {
  return `spend-by-${data.group_by.replace('_', '-')}-${data.start.slice(0, 10)}-to-${data.end.slice(0, 10)}.csv`;
}
