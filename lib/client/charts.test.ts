import { describe, expect, it } from 'vitest';
import type { UsagePoint, UsageSeries, ViolationSeries } from './analytics-types';
import { bucketTimes, errorRows, isEmptyChart, latencyRows, msTick, OTHER_COLOR, SEVERITY_COLORS, stackedUsage, timeTick, toCsv, tokenRows, usdPrecise, usdTick, violationRows } from './charts';

const point = (t: string, over: Partial<UsagePoint> = {}): UsagePoint => ({
  t,
  requests: 2,
  errors: 1,
  blocked: 0,
  error_rate_pct: 50,
  cost_usd: 0.5,
  tokens_in: 100,
  tokens_out: 40,
  tokens_cached: 30,
  avg_latency_ms: 300,
  p50_latency_ms: 250,
  p95_latency_ms: 900,
  avg_overhead_ms: 1.5,
  by_group: {},
  ...over,
});

const series = (over: Partial<UsageSeries> = {}): UsageSeries => ({
  series: 'usage',
  start: '2026-11-20T10:00:00.000Z',
  end: '2026-11-20T14:00:00.000Z',
  bucket: 'hour',
  tz: 'UTC',
  group_by: 'none',
  groups: [],
  points: [point('2026-11-20T11:00:00.000Z')],
  ...over,
});

describe('bucketTimes', () => {
  it('covers the range in even steps, days on UTC midnights', () => {
    expect(bucketTimes('2026-11-20T10:00:00Z', '2026-11-20T13:00:00Z', 'hour').map((t) => new Date(t).toISOString().slice(11, 13))).toEqual(['10', '11', '12']);
    const days = bucketTimes('2026-11-20T10:00:00Z', '2026-11-23T11:00:00Z', 'day').map((t) => new Date(t).toISOString());
    expect(days).toEqual(['2026-11-20T00:00:00.000Z', '2026-11-21T00:00:00.000Z', '2026-11-22T00:00:00.000Z', '2026-11-23T00:00:00.000Z']);
  });
});

describe('stackedUsage', () => {
  it('fills quiet buckets with zeros and keeps one total series when ungrouped', () => {
    const { rows, keys } = stackedUsage(series(), 'cost_usd');
    expect(keys.map((k) => k.label)).toEqual(['Spend']);
    expect(rows.map((r) => r.total)).toEqual([0, 0.5, 0, 0]);
    expect(stackedUsage(series(), 'tokens').rows[1].total).toBe(140);
  });

  it('stacks per group, greys out "Other" and reads each metric', () => {
    const s = series({
      group_by: 'model',
      groups: [
        { id: 'gpt-4o', label: 'gpt-4o' },
        { id: '__other__', label: 'Other' },
      ],
      points: [point('2026-11-20T10:00:00.000Z', { by_group: { 'gpt-4o': { cost_usd: 0.4, requests: 1, tokens: 90 }, __other__: { cost_usd: 0.1, requests: 1, tokens: 50 } } })],
    });
    const cost = stackedUsage(s, 'cost_usd');
    expect(cost.keys[1]).toEqual({ id: '__other__', label: 'Other', color: OTHER_COLOR });
    expect(cost.rows[0]).toEqual({ t: Date.parse('2026-11-20T10:00:00Z'), 'gpt-4o': 0.4, __other__: 0.1 });
    expect(stackedUsage(s, 'requests').rows[0]['gpt-4o']).toBe(1);
    expect(stackedUsage(s, 'tokens').rows[1]).toMatchObject({ 'gpt-4o': 0, __other__: 0 });
  });
});

describe('tokens, latency and errors', () => {
  it('splits cached input out of the prompt count', () => {
    expect(tokenRows(series()).rows[1]).toMatchObject({ input: 70, cached: 30, output: 40 });
  });

  it('leaves gaps (null) rather than zeros where nothing was measured', () => {
    const latency = latencyRows(series());
    expect(latency[0]).toMatchObject({ p50: null, p95: null, overhead: null });
    expect(latency[1]).toMatchObject({ p50: 250, p95: 900, overhead: 1.5 });
    const errors = errorRows(series());
    expect(errors.map((r) => r.error_rate)).toEqual([null, 50, null, null]);
  });

  it('knows an all-quiet chart', () => {
    expect(isEmptyChart(stackedUsage(series({ points: [] }), 'cost_usd').rows)).toBe(true);
    expect(isEmptyChart(latencyRows(series({ points: [] })))).toBe(true);
    expect(isEmptyChart(stackedUsage(series(), 'cost_usd').rows)).toBe(false);
  });
});

describe('violationRows', () => {
  it('colours severities by meaning and names them', () => {
    const v: ViolationSeries = {
      series: 'violations',
      start: '2026-11-20T00:00:00Z',
      end: '2026-11-22T00:00:00Z',
      bucket: 'day',
      tz: 'UTC',
      group_by: 'severity',
      groups: [
        { id: 'critical', label: 'critical' },
        { id: 'low', label: 'low' },
      ],
      points: [{ t: '2026-11-21T00:00:00.000Z', total: 3, by_group: { critical: 1, low: 2 } }],
    };
    const { rows, keys } = violationRows(v);
    expect(keys).toEqual([
      { id: 'critical', label: 'Critical', color: SEVERITY_COLORS.critical },
      { id: 'low', label: 'Low', color: SEVERITY_COLORS.low },
    ]);
    expect(rows).toEqual([
      { t: Date.parse('2026-11-20T00:00:00Z'), critical: 0, low: 0 },
      { t: Date.parse('2026-11-21T00:00:00Z'), critical: 1, low: 2 },
    ]);
  });
});

describe('formatting', () => {
  it('formats axis ticks with units', () => {
    expect(usdTick(0)).toBe('$0');
    expect(usdTick(0.0512)).toBe('$0.051');
    expect(usdTick(2.5)).toBe('$2.5');
    expect(usdTick(42.4)).toBe('$42');
    expect(usdTick(12_300)).toBe('$12.3K');
    expect(msTick(250)).toBe('250 ms');
    expect(msTick(1500)).toBe('1.5 s');
    expect(timeTick(Date.parse('2026-11-21T00:00:00Z'), 'day')).toBe('21 Nov');
  });

  it('keeps small amounts readable', () => {
    expect(usdPrecise(0.000123)).toBe('$0.000123');
    expect(usdPrecise(12.3456)).toBe('$12.35');
    expect(usdPrecise(null)).toBe('—');
  });

  it('writes CSV that quotes separators and defuses formulas', () => {
    const csv = toCsv(
      [
        { header: 'model', value: (r: { model: string }) => r.model },
        { header: 'cost', value: (r: { cost: number | null }) => r.cost },
      ],
      [
        { model: 'gpt-4o, mini', cost: 1.5 },
        { model: '=HYPERLINK("x")', cost: null },
      ],
    );
    expect(csv).toBe('model,cost\r\n"gpt-4o, mini",1.5\r\n"\'=HYPERLINK(""x"")",\r\n');
  });
});
