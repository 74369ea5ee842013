'use client';

import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { bucketLabel, timeTick, type ChartRow, type SeriesKey } from '@/lib/client/charts';

/**
 * A time chart that only draws what it is given (rows prepared by lib/client/charts.ts): stacked
 * bars for amounts, lines for rates and latencies. Axes carry units; the legend names every
 * series with a swatch and (for lines) a dash pattern, so colour is not the only signal; the
 * figure has a text summary for screen readers.
 */
export interface TimeChartProps {
  rows: ChartRow[];
  keys: SeriesKey[];
  bucket: 'hour' | 'day';
  kind: 'bar' | 'line';
  /** Formats y values on the axis and in the tooltip. */
  format: (v: number) => string;
  /** Unit shown above the y axis ("USD", "requests", "ms"). */
  unit: string;
  summary: string;
  height?: number;
}

const DASHES = ['', '6 3', '2 3', '10 4 2 4'];

function TooltipBody({ active, payload, label, keys, bucket, format }: { active?: boolean; payload?: { dataKey?: unknown; value?: unknown }[]; label?: unknown; keys: SeriesKey[]; bucket: 'hour' | 'day'; format: (v: number) => string }) {
  if (!active || !payload?.length) return null;
  const values = new Map(payload.map((p) => [String(p.dataKey), p.value as number | null]));
  const shown = keys.filter((k) => values.has(k.id));
  const total = shown.reduce((n, k) => n + (values.get(k.id) ?? 0), 0);
  return (
    <div className="max-w-72 rounded-md bg-white px-3 py-2 text-xs shadow-lg ring-1 ring-slate-200">
      <p className="mb-1 font-medium text-slate-900">{bucketLabel(Number(label), bucket)}</p>
      <ul className="space-y-0.5">
        {[...shown].reverse().map((k) => (
          <li key={k.id} className="flex items-center gap-2">
            <span aria-hidden="true" className="size-2 shrink-0 rounded-sm" style={{ background: k.color }} />
            <span className="min-w-0 flex-1 truncate text-slate-600">{k.label}</span>
            <span className="font-mono text-slate-900 tabular-nums">{values.get(k.id) === null ? '—' : format(values.get(k.id) ?? 0)}</span>
          </li>
        ))}
      </ul>
      {shown.length > 1 && payload.length > 1 && values.get(shown[0].id) !== null ? (
        <p className="mt-1 flex justify-between border-t border-slate-100 pt-1 text-slate-600">
          <span>Total</span>
          <span className="font-mono text-slate-900 tabular-nums">{format(total)}</span>
        </p>
      ) : null}
    </div>
  );
}

export function ChartLegend({ keys, kind }: { keys: SeriesKey[]; kind: 'bar' | 'line' }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Legend">
      {keys.map((k, i) => (
        <li key={k.id} className="flex min-w-0 items-center gap-1.5">
          {kind === 'bar' ? (
            <span aria-hidden="true" className="size-2.5 shrink-0 rounded-sm" style={{ background: k.color }} />
          ) : (
            <svg aria-hidden="true" width="18" height="6" className="shrink-0">
              <line x1="0" y1="3" x2="18" y2="3" stroke={k.color} strokeWidth="2.5" strokeDasharray={DASHES[i % DASHES.length]} />
            </svg>
          )}
          <span className="max-w-48 truncate" title={k.label}>
            {k.label}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Width of the value axis, wide enough for its longest tick label: the ticks are estimated as
 * "nice" steps (1, 2, 2.5, 5 × 10^n) up to the largest value (stacked for bars), as the chart picks them.
 */
export function valueAxisWidth(rows: ChartRow[], keys: SeriesKey[], kind: 'bar' | 'line', format: (v: number) => string): number {
  let max = 0;
  for (const row of rows) {
    const values = keys.map((k) => Number(row[k.id]) || 0);
    max = Math.max(max, kind === 'bar' ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values));
  }
  const labels = [format(0)];
  if (max > 0) {
    const rough = max / 4;
    const power = 10 ** Math.floor(Math.log10(rough));
    const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
    for (let v = step, i = 0; v < max + step && i < 12; v += step, i++) labels.push(format(Number(v.toPrecision(12))));
  }
  const longest = Math.max(...labels.map((l) => l.length));
  // ~6.5 px per character at 11 px, plus the tick gap.
  return Math.min(110, Math.max(40, Math.ceil(longest * 6.5) + 14));
}

export function TimeChart({ rows, keys, bucket, kind, format, unit, summary, height = 240 }: TimeChartProps) {
  const axis = { stroke: '#94a3b8', fontSize: 11, tickLine: false } as const;
  const yWidth = valueAxisWidth(rows, keys, kind, format);
  const common = (
    <>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="t" type="category" tickFormatter={(t: number) => timeTick(t, bucket)} {...axis} minTickGap={24} />
      <YAxis tickFormatter={format} {...axis} width={yWidth} allowDecimals label={{ value: unit, position: 'insideTopLeft', offset: -2, dy: -14, dx: 8, fontSize: 11, fill: '#64748b' }} />
      <Tooltip content={<TooltipBody keys={keys} bucket={bucket} format={format} />} cursor={{ fill: 'rgba(148,163,184,0.15)' }} isAnimationActive={false} />
    </>
  );
  return (
    <figure className="min-w-0 space-y-3">
      <div role="img" aria-label={summary} className="w-full" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%" minWidth={0}>
          {kind === 'bar' ? (
            <BarChart data={rows} margin={{ top: 18, right: 8, bottom: 0, left: 0 }}>
              {common}
              {keys.map((k) => (
                <Bar key={k.id} dataKey={k.id} name={k.label} stackId="a" fill={k.color} isAnimationActive={false} maxBarSize={36} />
              ))}
            </BarChart>
          ) : (
            <LineChart data={rows} margin={{ top: 18, right: 8, bottom: 0, left: 0 }}>
              {common}
              {keys.map((k, i) => (
                <Line key={k.id} dataKey={k.id} name={k.label} stroke={k.color} strokeWidth={2} strokeDasharray={DASHES[i % DASHES.length]} dot={rows.length < 40 ? { r: 2.5 } : false} connectNulls={false} isAnimationActive={false} />
              ))}
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
      <figcaption>
        <ChartLegend keys={keys} kind={kind} />
      </figcaption>
    </figure>
  );
}
