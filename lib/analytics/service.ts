import { aggregateUsage, countViolations, keyLabels, NO_KEY, type UsageFilter } from '@/db/queries/analytics';
import type { Db } from '@/db';
import type { OrgId } from '@/db/tenant';
import { countMap, describe, groupBy, OTHER, topGroups, total } from './fold';
import { resolveRange, safeTimeZone, type Bucket, type Period } from './range';

/**
 * The analytics API's answers, assembled from grouped rollups. Every function reads
 * `usage_hourly` once (plus one violations aggregate), so cost grows with the number of
 * hours x models x keys in the window, not with the number of requests.
 */

export interface RangeParams {
  period?: Period;
  start_date?: string;
  end_date?: string;
  tz?: string;
  bucket?: Bucket;
}

const iso = (d: Date) => d.toISOString();
const label = (model: string | undefined) => (model ? model : '(unknown model)');

function keyView(id: string, labels: Map<string, { name: string; masked: string; status: string }>) {
  const l = labels.get(id);
  if (id === NO_KEY) return { id: null, name: 'No key', masked: null, status: null };
  return { id, name: l?.name ?? 'Deleted key', masked: l?.masked ?? null, status: l?.status ?? null };
}

export async function usageStats(db: Db, orgId: OrgId, params: RangeParams & { top?: number }) {
  const range = resolveRange(params);
  const tz = safeTimeZone(params.tz);
  const window = { start: range.start, end: range.end, tz };
  const [rows, violationRows] = await Promise.all([aggregateUsage(db, orgId, window, ['provider', 'model', 'key']), countViolations(db, orgId, window, ['type', 'severity'])]);
  const all = describe(total(rows));
  const byProvider = groupBy(rows, (r) => r.provider);
  const byModel = groupBy(rows, (r) => label(r.model));
  const byKey = groupBy(rows, (r) => r.key);
  const top = params.top ?? 5;
  const labels = await keyLabels(db, orgId, topGroups(byKey, top).keep);

  const live = violationRows.filter((v) => !v.shadow);
  const byType: Record<string, number> = {};
  const bySeverity: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const v of live) {
    byType[v.type!] = (byType[v.type!] ?? 0) + v.count;
    bySeverity[v.severity!] = (bySeverity[v.severity!] ?? 0) + v.count;
  }
  // The model's provider, for the top-models list (a model name is served by one provider in practice).
  const providerOf = new Map(rows.map((r) => [label(r.model), r.provider]));

  return {
    period: range.period,
    start: iso(range.start),
    end: iso(range.end),
    total_requests: all.requests,
    total_cost_usd: all.cost_usd,
    total_tokens: { prompt: all.tokens_in, completion: all.tokens_out, cached: all.tokens_cached, total: all.tokens_in + all.tokens_out },
    avg_latency_ms: all.avg_latency_ms,
    p50_latency_ms: all.p50_latency_ms,
    p95_latency_ms: all.p95_latency_ms,
    avg_overhead_ms: all.avg_overhead_ms,
    error_rate_pct: all.error_rate_pct,
    errors: all.errors,
    blocked: all.blocked,
    unpriced_requests: all.unpriced,
    by_provider: countMap(byProvider),
    by_model: countMap(byModel),
    violations: {
      total: live.reduce((a, v) => a + v.count, 0),
      by_type: byType,
      by_severity: bySeverity,
      critical: bySeverity.critical,
      high: bySeverity.high,
      shadow: violationRows.filter((v) => v.shadow).reduce((a, v) => a + v.count, 0),
    },
    top_models: topGroups(byModel, top).keep.map((model) => {
      const d = describe(byModel.get(model)!);
      return { model, provider: providerOf.get(model) ?? null, requests: d.requests, cost_usd: d.cost_usd, tokens: d.tokens_in + d.tokens_out, unpriced: d.unpriced };
    }),
    top_keys: topGroups(byKey, top).keep.map((id) => {
      const d = describe(byKey.get(id)!);
      return { api_key: keyView(id, labels), requests: d.requests, cost_usd: d.cost_usd, tokens: d.tokens_in + d.tokens_out, unpriced: d.unpriced };
    }),
  };
}

type UsageGroup = 'none' | 'model' | 'provider' | 'key';

export async function usageTimeseries(db: Db, orgId: OrgId, params: RangeParams & { group_by: UsageGroup; top: number; filter?: UsageFilter }) {
  const range = resolveRange(params);
  const tz = safeTimeZone(params.tz);
  const dim = params.group_by === 'none' ? undefined : params.group_by;
  const rows = await aggregateUsage(db, orgId, { start: range.start, end: range.end, bucket: range.bucket, tz }, dim ? ['t', dim] : ['t'], params.filter);
  const keyOf = (r: (typeof rows)[number]) => (dim === 'model' ? label(r.model) : dim === 'provider' ? r.provider : dim === 'key' ? r.key : undefined);
  const { keep, other } = dim ? topGroups(groupBy(rows, keyOf), params.top) : { keep: [], other: false };
  const kept = new Set(keep);
  const labels = dim === 'key' ? await keyLabels(db, orgId, keep) : new Map();
  const groups = keep.map((id) => ({ id, label: dim === 'key' ? keyView(id, labels).name : id }));
  if (other) groups.push({ id: OTHER, label: 'Other' });

  const byTime = groupBy(rows, (r) => String(r.t));
  const rowsAt = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = rowsAt.get(String(r.t));
    if (list) list.push(r);
    else rowsAt.set(String(r.t), [r]);
  }
  const points = [...byTime.entries()]
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([t, m]) => {
      const d = describe(m);
      const perGroup = dim ? groupBy(rowsAt.get(t) ?? [], (r) => (kept.has(keyOf(r)!) ? keyOf(r) : OTHER)) : new Map();
      return {
        t: new Date(Number(t)).toISOString(),
        requests: d.requests,
        errors: d.errors,
        blocked: d.blocked,
        error_rate_pct: d.error_rate_pct,
        cost_usd: d.cost_usd,
        tokens_in: d.tokens_in,
        tokens_out: d.tokens_out,
        tokens_cached: d.tokens_cached,
        avg_latency_ms: d.avg_latency_ms,
        p50_latency_ms: d.p50_latency_ms,
        p95_latency_ms: d.p95_latency_ms,
        avg_overhead_ms: d.avg_overhead_ms,
        by_group: Object.fromEntries([...perGroup.entries()].map(([g, gm]) => [g, { cost_usd: describe(gm).cost_usd, requests: gm.requests, tokens: gm.tokensIn + gm.tokensOut }])),
      };
    });
  return { series: 'usage', start: iso(range.start), end: iso(range.end), bucket: range.bucket, tz, group_by: params.group_by, groups, points };
}

export async function violationTimeseries(db: Db, orgId: OrgId, params: RangeParams & { group_by: 'none' | 'type' | 'severity' }) {
  const range = resolveRange(params);
  const tz = safeTimeZone(params.tz);
  const dim = params.group_by === 'none' ? undefined : params.group_by;
  const rows = (await countViolations(db, orgId, { start: range.start, end: range.end, bucket: range.bucket, tz }, dim ? ['t', dim] : ['t'])).filter((r) => !r.shadow);
  const totals = new Map<string, number>();
  for (const r of rows) if (dim) totals.set(r[dim]!, (totals.get(r[dim]!) ?? 0) + r.count);
  const order = dim === 'severity' ? ['critical', 'high', 'medium', 'low'].filter((s) => totals.has(s)) : [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const byTime = new Map<number, { total: number; by_group: Record<string, number> }>();
  for (const r of rows) {
    let p = byTime.get(r.t!);
    if (!p) byTime.set(r.t!, (p = { total: 0, by_group: {} }));
    p.total += r.count;
    if (dim) p.by_group[r[dim]!] = (p.by_group[r[dim]!] ?? 0) + r.count;
  }
  const points = [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([t, p]) => ({ t: new Date(t).toISOString(), total: p.total, by_group: p.by_group }));
  return { series: 'violations', start: iso(range.start), end: iso(range.end), bucket: range.bucket, tz, group_by: params.group_by, groups: order.map((id) => ({ id, label: id })), points };
}

export async function usageBreakdown(db: Db, orgId: OrgId, params: RangeParams & { group_by: 'model' | 'provider' | 'key' | 'model_key'; filter?: UsageFilter }) {
  const range = resolveRange(params);
  const dims = params.group_by === 'model' ? (['provider', 'model'] as const) : params.group_by === 'provider' ? (['provider'] as const) : params.group_by === 'key' ? (['key'] as const) : (['provider', 'model', 'key'] as const);
  const parts = await aggregateUsage(db, orgId, { start: range.start, end: range.end }, [...dims], params.filter);
  // The daily and hourly parts of the range come back separately: fold them per group.
  const folded = groupBy(parts, (r) => `${r.provider}|${r.model}|${r.key}`);
  const first = new Map(parts.map((r) => [`${r.provider}|${r.model}|${r.key}`, r]));
  const rows = [...folded.entries()].map(([k, m]) => ({ ...m, provider: first.get(k)!.provider, model: first.get(k)!.model, key: first.get(k)!.key }));
  const labels = dims.includes('key' as never) ? await keyLabels(db, orgId, rows.map((r) => r.key!)) : new Map();
  const items = rows
    .map((r) => ({
      provider: r.provider ?? null,
      model: r.model === undefined ? null : label(r.model),
      api_key: r.key === undefined ? null : keyView(r.key, labels),
      ...describe(r),
    }))
    .sort((a, b) => b.cost_usd - a.cost_usd || b.requests - a.requests)
    .slice(0, 500);
  return { start: iso(range.start), end: iso(range.end), group_by: params.group_by, items, truncated: rows.length > 500 };
}
