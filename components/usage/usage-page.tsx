'use client';

import { ChartBody } from '@/components/analytics/chart-body';
import { PeriodPicker } from '@/components/analytics/period-picker';
import { UsageStats } from '@/components/analytics/usage-stats';
import { PageHeader } from '@/components/shell/page-header';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ChartIcon, DownloadIcon } from '@/components/ui/icons';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { Segmented } from '@/components/ui/segmented';
import { useBreakdown, useStats, useUsageSeries } from '@/lib/client/analytics-queries';
import type { Breakdown, UsageGroup } from '@/lib/client/analytics-types';
import { errorMessage } from '@/lib/client/api';
import { breakdownCsv, breakdownFilename } from '@/lib/client/breakdown-csv';
import { countTick, errorRows, latencyRows, msTick, stackedUsage, tokenRows, usdPrecise, usdTick, type StackMetric } from '@/lib/client/charts';
import { downloadText } from '@/lib/client/download';
import { describeRange } from '@/lib/client/periods';
import { useRangeParam } from '@/lib/client/use-range';
import { BreakdownTable } from './breakdown-table';

const GROUPS: { id: Exclude<UsageGroup, 'none'>; label: string }[] = [
  { id: 'model', label: 'Model' },
  { id: 'provider', label: 'Provider' },
  { id: 'key', label: 'Key' },
];
const METRICS: { id: StackMetric; label: string }[] = [
  { id: 'cost_usd', label: 'Spend' },
  { id: 'requests', label: 'Requests' },
  { id: 'tokens', label: 'Tokens' },
];
const TABLES: { id: Breakdown['group_by']; label: string }[] = [
  { id: 'model', label: 'By model' },
  { id: 'key', label: 'By key' },
  { id: 'model_key', label: 'Model × key' },
  { id: 'provider', label: 'By provider' },
];

const pick = <T extends string>(value: string | null, options: { id: T }[], fallback: T): T => (options.some((o) => o.id === value) ? (value as T) : fallback);

export function UsagePage() {
  const { range, custom, setPeriod, setCustom, setParam, params } = useRangeParam('7d');
  const groupBy = pick(params.get('group'), GROUPS, 'model');
  const metric = pick(params.get('metric'), METRICS, 'cost_usd');
  const table = pick(params.get('table'), TABLES, 'model');
  const stats = useStats(range);
  const grouped = useUsageSeries(range, groupBy);
  const totals = useUsageSeries(range, 'none');
  const breakdown = useBreakdown(range, table);
  const rangeText = describeRange(range);
  const bucketText = (b: 'hour' | 'day' | undefined) => (b === 'day' ? 'per UTC day' : 'per hour');
  const metricFormat = metric === 'cost_usd' ? usdTick : countTick;
  const metricUnit = metric === 'cost_usd' ? 'USD' : metric === 'requests' ? 'requests' : 'tokens';
  const groupLabel = GROUPS.find((g) => g.id === groupBy)!.label.toLowerCase();

  const chartState = (q: typeof totals) => ({ pending: q.isPending, error: q.error ? errorMessage(q.error) : null, onRetry: () => void q.refetch() });

  return (
    <>
      <PageHeader title="Spend & usage" description={`${rangeText}. Costs are list prices (or your own, under Pricing) applied to the tokens each provider reported.`} actions={<PeriodPicker range={range} custom={custom} onPeriod={setPeriod} onCustom={setCustom} />} />
      <div className="min-w-0 space-y-6">
        <QueryState pending={stats.isPending} error={stats.error ? errorMessage(stats.error) : null} errorTitle="Could not load the totals" onRetry={() => void stats.refetch()}>
          {() => <UsageStats stats={stats.data!} label={`Totals, ${rangeText}`} testId="usage" latency />}
        </QueryState>

        <Panel
          title={`${METRICS.find((m) => m.id === metric)!.label} by ${groupLabel}`}
          description={grouped.data ? grouped.data.groups.length > 8 ? `${bucketText(grouped.data.bucket)} · the 8 largest ${groupLabel}s by spend, the rest as Other` : bucketText(grouped.data.bucket) : undefined}
          actions={
            <>
              <Segmented label="Measure" value={metric} options={METRICS} onChange={(m) => setParam('metric', m)} size="xs" />
              <Segmented label="Group by" value={groupBy} options={GROUPS} onChange={(g) => setParam('group', g)} size="xs" />
            </>
          }
          testId="usage-stacked-chart"
        >
          <ChartBody
            {...chartState(grouped)}
            chart={() => {
              const { rows, keys } = stackedUsage(grouped.data!, metric);
              return { rows, keys, bucket: grouped.data!.bucket, kind: 'bar', format: metricFormat, unit: metricUnit, summary: `${metricUnit} ${bucketText(grouped.data!.bucket)} by ${groupLabel}, ${rangeText}.` };
            }}
          />
        </Panel>

        <div className="grid min-w-0 gap-6 xl:grid-cols-2">
          <Panel title="Tokens" description={totals.data ? `Input (uncached and cached) and output, ${bucketText(totals.data.bucket)}` : undefined} testId="usage-tokens-chart">
            <ChartBody
              {...chartState(totals)}
              chart={() => {
                const { rows, keys } = tokenRows(totals.data!);
                return { rows, keys, bucket: totals.data!.bucket, kind: 'bar', format: countTick, unit: 'tokens', summary: `Input, cached and output tokens ${bucketText(totals.data!.bucket)}, ${rangeText}.` };
              }}
            />
          </Panel>
          <Panel title="Latency" description="p50 and p95 of the whole call, and the time spent in the gateway itself (average)" testId="usage-latency-chart">
            <ChartBody
              {...chartState(totals)}
              chart={() => ({
                rows: latencyRows(totals.data!),
                keys: [
                  { id: 'p50', label: 'p50 latency', color: '#0072B2' },
                  { id: 'p95', label: 'p95 latency', color: '#D55E00' },
                  { id: 'overhead', label: 'Gateway overhead (avg)', color: '#009E73' },
                ],
                bucket: totals.data!.bucket,
                kind: 'line',
                format: msTick,
                unit: 'ms',
                summary: `Latency p50 and p95 and gateway overhead ${bucketText(totals.data!.bucket)}, ${rangeText}.`,
              })}
            />
          </Panel>
          <Panel title="Error rate" description="Share of requests that failed (HTTP 4xx/5xx or a gateway refusal)" testId="usage-errors-chart">
            <ChartBody
              {...chartState(totals)}
              chart={() => ({
                rows: errorRows(totals.data!),
                keys: [{ id: 'error_rate', label: 'Error rate', color: '#D55E00' }],
                bucket: totals.data!.bucket,
                kind: 'line',
                format: (v) => `${Number(v.toFixed(1))}%`,
                unit: '%',
                summary: `Error rate ${bucketText(totals.data!.bucket)}, ${rangeText}.`,
              })}
            />
          </Panel>
        </div>

        <Panel
          title="Spend table"
          description={breakdown.data ? `${rangeText} · ${breakdown.data.items.length} ${breakdown.data.items.length === 1 ? 'row' : 'rows'}${breakdown.data.truncated ? ' (the 500 largest)' : ''} · total ${usdPrecise(breakdown.data.items.reduce((n, r) => n + r.cost_usd, 0))}` : rangeText}
          actions={
            <>
              <Segmented label="Table rows" value={table} options={TABLES} onChange={(t) => setParam('table', t)} size="xs" />
              <Button variant="secondary" size="sm" disabled={!breakdown.data?.items.length} onClick={() => breakdown.data && downloadText(breakdownFilename(breakdown.data), breakdownCsv(breakdown.data))}>
                <DownloadIcon className="size-4" />
                Export CSV
              </Button>
            </>
          }
          bodyClassName="p-0 sm:p-0"
          testId="usage-table"
        >
          <div className="p-4 sm:p-5">
            <QueryState pending={breakdown.isPending} error={breakdown.error ? errorMessage(breakdown.error) : null} errorTitle="Could not load the table" onRetry={() => void breakdown.refetch()}>
              {() =>
                breakdown.data!.items.length === 0 ? (
                  <EmptyState icon={<ChartIcon className="size-6" />} title="No usage in this period">
                    Send a request through the gateway with one of your keys (see Get started), or choose a longer time range.
                  </EmptyState>
                ) : (
                  <BreakdownTable data={breakdown.data!} />
                )
              }
            </QueryState>
          </div>
        </Panel>
      </div>
    </>
  );
}
