import type { UsageSeries, ViolationSeries } from './analytics-types';

/**
 * Chart data preparers: pure functions from API answers to the rows recharts draws. Missing
 * buckets are filled (with zeros for counts, gaps for latency) so a quiet hour shows as quiet
 * rather than being skipped, and the x axis keeps even steps.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A palette that stays distinguishable for the common colour-vision deficiencies (Okabe–Ito
 * order, then Tableau tones). Legends and tooltips name every series, so colour is never the
 * only way to tell them apart.
 */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8c6d31', '#7f3c8d', '#3969ac', '#11a579', '#f2b701', '#e73f74'];
export const OTHER_COLOR = '#94a3b8';

export const SEVERITY_COLORS: Record<string, string> = { critical: '#b91c1c', high: '#ea580c', medium: '#ca8a04', low: '#64748b' };

export interface SeriesKey {
  id: string;
  label: string;
  color: string;
}

export type ChartRow = { t: number } & Record<string, number | null>;

/** Bucket start times covering [start, end): every hour, or every UTC midnight (the API's day buckets). */
export function bucketTimes(startIso: string, endIso: string, bucket: 'hour' | 'day'): number[] {
  const step = bucket === 'hour' ? HOUR : DAY;
  const first = Math.floor(Date.parse(startIso) / step) * step;
  const end = Date.parse(endIso);
  const out: number[] = [];
  for (let t = first; t < end && out.length < 5000; t += step) out.push(t);
  return out;
}

function keysOf(groups: { id: string; label: string }[]): SeriesKey[] {
  return groups.map((g, i) => ({ id: g.id, label: g.label, color: g.id === '__other__' ? OTHER_COLOR : SERIES_COLORS[i % SERIES_COLORS.length] }));
}

export type StackMetric = 'cost_usd' | 'requests' | 'tokens';

/** One row per bucket with a value per group (or `total` when ungrouped), zeros where nothing happened. */
export function stackedUsage(series: UsageSeries, metric: StackMetric): { rows: ChartRow[]; keys: SeriesKey[] } {
  const grouped = series.group_by !== 'none' && series.groups.length > 0;
  const keys = grouped ? keysOf(series.groups) : [{ id: 'total', label: metric === 'cost_usd' ? 'Spend' : metric === 'requests' ? 'Requests' : 'Tokens', color: SERIES_COLORS[0] }];
  const byT = new Map(series.points.map((p) => [Date.parse(p.t), p]));
  const rows = bucketTimes(series.start, series.end, series.bucket).map((t) => {
    const p = byT.get(t);
    const row: ChartRow = { t };
    for (const k of keys) {
      if (!p) row[k.id] = 0;
      else if (!grouped) row[k.id] = metric === 'tokens' ? p.tokens_in + p.tokens_out : p[metric];
      else row[k.id] = p.by_group[k.id]?.[metric] ?? 0;
    }
    return row;
  });
  return { rows, keys };
}

/** Input split into uncached and cached (providers count cached tokens inside the prompt), and output. */
export function tokenRows(series: UsageSeries): { rows: ChartRow[]; keys: SeriesKey[] } {
  const keys: SeriesKey[] = [
    { id: 'input', label: 'Input (uncached)', color: SERIES_COLORS[0] },
    { id: 'cached', label: 'Input (cached)', color: SERIES_COLORS[4] },
    { id: 'output', label: 'Output', color: SERIES_COLORS[1] },
  ];
  const byT = new Map(series.points.map((p) => [Date.parse(p.t), p]));
  const rows = bucketTimes(series.start, series.end, series.bucket).map((t) => {
    const p = byT.get(t);
    return { t, input: p ? Math.max(0, p.tokens_in - p.tokens_cached) : 0, cached: p?.tokens_cached ?? 0, output: p?.tokens_out ?? 0 };
  });
  return { rows, keys };
}

/** p50, p95 and gateway overhead per bucket; null (a gap) where there were no requests. */
export function latencyRows(series: UsageSeries): ChartRow[] {
  const byT = new Map(series.points.map((p) => [Date.parse(p.t), p]));
  return bucketTimes(series.start, series.end, series.bucket).map((t) => {
    const p = byT.get(t);
    return { t, p50: p?.p50_latency_ms ?? null, p95: p?.p95_latency_ms ?? null, overhead: p?.avg_overhead_ms ?? null };
  });
}

/** Error rate (%) per bucket, null where there were no requests (0 % of nothing is not a measurement). */
export function errorRows(series: UsageSeries): ChartRow[] {
  const byT = new Map(series.points.map((p) => [Date.parse(p.t), p]));
  return bucketTimes(series.start, series.end, series.bucket).map((t) => {
    const p = byT.get(t);
    return { t, error_rate: p && p.requests > 0 ? p.error_rate_pct : null, errors: p?.errors ?? 0, blocked: p?.blocked ?? 0 };
  });
}

export function violationRows(series: ViolationSeries): { rows: ChartRow[]; keys: SeriesKey[] } {
  const keys =
    series.group_by === 'severity'
      ? series.groups.map((g) => ({ id: g.id, label: g.label[0].toUpperCase() + g.label.slice(1), color: SEVERITY_COLORS[g.id] ?? OTHER_COLOR }))
      : keysOf(series.groups.map((g) => ({ id: g.id, label: g.label })));
  const byT = new Map(series.points.map((p) => [Date.parse(p.t), p]));
  const rows = bucketTimes(series.start, series.end, series.bucket).map((t) => {
    const p = byT.get(t);
    const row: ChartRow = { t };
    for (const k of keys) row[k.id] = p?.by_group[k.id] ?? 0;
    return row;
  });
  return { rows, keys };
}

/** True when a prepared chart has nothing but zeros and gaps. */
export function isEmptyChart(rows: ChartRow[]): boolean {
  return rows.every((r) => Object.entries(r).every(([k, v]) => k === 't' || !v));
}

/** X-axis labels: local clock time for hours (with the date at midnight), the UTC date for days. */
export function timeTick(t: number, bucket: 'hour' | 'day'): string {
  const d = new Date(t);
  if (bucket === 'day') return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  if (d.getHours() === 0) return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  return d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** The tooltip's heading for a bucket. */
export function bucketLabel(t: number, bucket: 'hour' | 'day'): string {
  const d = new Date(t);
  if (bucket === 'day') return `${d.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })} (UTC day)`;
  const end = new Date(t + HOUR);
  return `${d.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' })}, ${d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}–${end.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}

/** Axis values: "$0", "$0.05", "$12", "$1.2K". */
export function usdTick(v: number): string {
  if (v === 0) return '$0';
  if (Math.abs(v) >= 1000) return `$${new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(v)}`;
  if (Math.abs(v) >= 10) return `$${Math.round(v)}`;
  if (Math.abs(v) >= 1) return `$${v.toFixed(1).replace(/\.0$/, '')}`;
  return `$${Number(v.toPrecision(2))}`;
}

export function countTick(v: number): string {
  return new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(v);
}

export function msTick(v: number): string {
  return v >= 1000 ? `${Number((v / 1000).toPrecision(2))} s` : `${Math.round(v)} ms`;
}

/** Precise money for tables and tooltips: small amounts keep their significant digits ($0.000123). */
export function usdPrecise(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v === 0) return '$0.00';
  if (Math.abs(v) < 0.01) return `$${Number(v.toPrecision(3))}`;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
}

/** RFC 4180 CSV; cells that start with =, +, - or @ are prefixed so spreadsheets do not run them as formulas. */
export function toCsv(columns: { header: string; value: (row: never) => string | number | null | undefined }[], rows: unknown[]): string {
  const cell = (v: string | number | null | undefined) => {
    if (v === null || v === undefined) return '';
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row as never))).join(','));
  return lines.join('\r\n') + '\r\n';
}
