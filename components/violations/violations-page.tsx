'use client';

import Link from 'next/link';
import { ChartBody } from '@/components/analytics/chart-body';
import { PeriodPicker } from '@/components/analytics/period-picker';
import { PageHeader } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { focusRing } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { ShieldAlertIcon } from '@/components/ui/icons';
import { Pagination } from '@/components/ui/pagination';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { Segmented } from '@/components/ui/segmented';
import { SeverityBadge } from '@/components/ui/severity-badge';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { useViolationSeries } from '@/lib/client/analytics-queries';
import { errorMessage } from '@/lib/client/api';
import { countTick, violationRows } from '@/lib/client/charts';
import { fullDateTime } from '@/lib/client/format';
import { useViolations } from '@/lib/client/governance-queries';
import { describeRange } from '@/lib/client/periods';
import { useKeys } from '@/lib/client/queries';
import { useRangeParam } from '@/lib/client/use-range';
import { readViolationFilters, toViolationQuery, typeLabel, VIOLATION_FILTER_FIELDS, type ViolationFilterValues } from '@/lib/client/violation-filters';
import { ViolationFiltersForm } from './violation-filters-form';

const PAGE = 25;
const time = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function ViolationsPage() {
  const { range, custom, setPeriod, setCustom, params, setParam, setParams } = useRangeParam('7d');
  const trendBy = params.get('trend') === 'type' ? 'type' : 'severity';
  const trend = useViolationSeries(range, trendBy);
  const values = readViolationFilters(params);
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const list = useViolations(toViolationQuery(values), PAGE, offset);
  const keys = useKeys(100, 0);
  const keyName = new Map((keys.data?.items ?? []).map((k) => [k.id, k.name]));
  const filterKey = VIOLATION_FILTER_FIELDS.map((f) => values[f] ?? '').join('|');
  const active = VIOLATION_FILTER_FIELDS.filter((f) => values[f]).length;

  const apply = (v: ViolationFilterValues) => {
    const next: Record<string, string | null> = { offset: null };
    for (const f of VIOLATION_FILTER_FIELDS) next[f] = v[f]?.trim() || null;
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title="Violations"
        description="What the guards and policies detected: personal data, secrets, prompt injection, denied tools and policy rules, with the action taken. Values are never stored, only redacted previews."
        actions={<PeriodPicker range={range} custom={custom} onPeriod={setPeriod} onCustom={setCustom} />}
      />
      <div className="min-w-0 space-y-6">
        <Panel
          title={`Trend by ${trendBy}`}
          description={`${describeRange(range)}, ${trend.data?.bucket === 'hour' ? 'per hour' : 'per UTC day'}; shadow-mode findings are not counted`}
          actions={<Segmented label="Trend by" value={trendBy} options={[{ id: 'severity', label: 'Severity' }, { id: 'type', label: 'Type' }]} onChange={(v) => setParam('trend', v)} size="xs" />}
          testId="violations-trend"
        >
          <ChartBody
            pending={trend.isPending}
            error={trend.error ? errorMessage(trend.error) : null}
            onRetry={() => void trend.refetch()}
            empty={
              <>
                <p className="font-medium text-slate-800">No violations in this period</p>
                <p className="mt-1 max-w-sm">
                  Nothing was detected. <Link href="/policies" className="text-indigo-700 underline">Policies</Link> decide what counts: try one in the playground.
                </p>
              </>
            }
            chart={() => {
              const { rows, keys: series } = violationRows(trend.data!);
              return { rows, keys: series.map((k) => (trendBy === 'type' ? { ...k, label: typeLabel(k.id) } : k)), bucket: trend.data!.bucket, kind: 'bar', format: countTick, unit: 'violations', summary: `Violations by ${trendBy}, ${describeRange(range)}.` };
            }}
          />
        </Panel>

        <Panel title="Filters" description={active ? `${active} active` : 'Showing every violation, newest first'}>
          <ViolationFiltersForm key={filterKey} value={values} keys={keys.data?.items ?? []} onApply={apply} />
        </Panel>

        <QueryState pending={list.isPending} error={list.error ? errorMessage(list.error) : null} errorTitle="Could not load violations" onRetry={() => void list.refetch()} loadingLabel="Loading violations…">
          {() =>
            list.data!.total === 0 ? (
              <EmptyState icon={<ShieldAlertIcon className="size-6" />} title={active ? 'No violation matches these filters' : 'No violations recorded'}>
                {active ? 'Clear a filter or widen the dates.' : 'When a guard masks personal data, blocks an injection or a policy denies a tool call, it is listed here with the request it belongs to.'}
              </EmptyState>
            ) : (
              <Table label="Violations" footer={<Pagination label="Violation pages" offset={list.data!.offset} limit={list.data!.limit} count={list.data!.items.length} total={list.data!.total} onChange={(o) => setParam('offset', o ? String(o) : null)} />}>
                <THead>
                  <Th>Detected</Th>
                  <Th>Severity</Th>
                  <Th>Type</Th>
                  <Th>What happened</Th>
                  <Th>Action</Th>
                  <Th>Key</Th>
                </THead>
                <TBody>
                  {list.data!.items.map((v) => (
                    <tr key={v.id} data-testid="violation-row" className="hover:bg-slate-50">
                      <Td className="whitespace-nowrap">
                        <Link href={`/violations/${v.id}`} className={`rounded font-medium text-indigo-700 underline-offset-2 hover:underline ${focusRing}`} title={fullDateTime(v.detected_at)}>
                          {time(v.detected_at)}
                          <span className="sr-only">, violation details</span>
                        </Link>
                      </Td>
                      <Td className="whitespace-nowrap">
                        <SeverityBadge severity={v.severity} />
                      </Td>
                      <Td className="whitespace-nowrap">{typeLabel(v.type)}</Td>
                      <Td className="max-w-md min-w-64">
                        <span className="line-clamp-2">{v.description}</span>
                        <span className="text-xs text-slate-500">{v.direction === 'response' ? 'In the response' : 'In the request'}</span>
                      </Td>
                      <Td className="whitespace-nowrap">
                        <Badge tone={v.auto_blocked || v.action === 'block' || v.action === 'deny' ? 'danger' : 'neutral'}>{v.action}</Badge>
                        {v.shadow ? <Badge className="ml-1">shadow</Badge> : null}
                      </Td>
                      <Td className="whitespace-nowrap">{v.api_key_id ? (keyName.get(v.api_key_id) ?? 'Deleted key') : '—'}</Td>
                    </tr>
                  ))}
                </TBody>
              </Table>
            )
          }
        </QueryState>
      </div>
    </>
  );
}
