'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ListIcon } from '@/components/ui/icons';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { useLogs } from '@/lib/client/analytics-queries';
import { errorMessage } from '@/lib/client/api';
import { countActive, LOG_FILTER_FIELDS, readLogFilters, toApiFilters, type LogFilterValues } from '@/lib/client/log-filters';
import { useKeys } from '@/lib/client/queries';
import { LogFiltersForm } from './log-filters-form';
import { LogsTable } from './logs-table';

const PAGE = 50;

export function LogsPage() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const values = readLogFilters(params);
  const filterKey = LOG_FILTER_FIELDS.map((f) => values[f] ?? '').join('|');
  // Cursors of the pages before this one, so "Newer" can go back (the API pages forward only).
  const [pages, setPages] = useState<{ key: string; cursors: (string | undefined)[] }>({ key: filterKey, cursors: [undefined] });
  const cursors = pages.key === filterKey ? pages.cursors : [undefined];
  const cursor = cursors.at(-1);
  const logs = useLogs(toApiFilters(values), cursor, PAGE);
  const keys = useKeys(100, 0);

  const apply = (v: LogFilterValues) => {
    const next = new URLSearchParams();
    for (const f of LOG_FILTER_FIELDS) if (v[f]?.trim()) next.set(f, v[f]!.trim());
    const qs = next.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };

  const index = cursors.length - 1;
  const footer = logs.data ? (
    <nav aria-label="Request log pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600" aria-live="polite">
        {logs.data.items.length === 0
          ? 'No requests'
          : `Showing ${index * PAGE + 1}–${index * PAGE + logs.data.items.length} of ${logs.data.total_exact ? logs.data.total.toLocaleString('en') : `${logs.data.total.toLocaleString('en')}+`}`}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" disabled={index === 0} onClick={() => setPages({ key: filterKey, cursors: cursors.slice(0, -1) })}>
          Newer
        </Button>
        <Button variant="secondary" size="sm" disabled={!logs.data.next_cursor} onClick={() => setPages({ key: filterKey, cursors: [...cursors, logs.data!.next_cursor!] })}>
          Older
        </Button>
      </div>
    </nav>
  ) : null;

  return (
    <>
      <PageHeader
        title="Request log"
        description="Every call through the gateway, newest first: outcome, model, key, tokens, cost, latency and what the guards decided. Prompts are shown only when your organisation stores them (Settings)."
        actions={
          <Button variant="secondary" size="sm" onClick={() => void logs.refetch()} loading={logs.isFetching && !logs.isPending}>
            Refresh
          </Button>
        }
      />
      <div className="min-w-0 space-y-6">
        <Panel title="Filters" description={countActive(values) ? `${countActive(values)} active` : 'Showing every request'}>
          <LogFiltersForm key={filterKey} value={values} keys={keys.data?.items ?? []} onApply={apply} />
        </Panel>
        <QueryState pending={logs.isPending} error={logs.error ? errorMessage(logs.error) : null} errorTitle="Could not load the request log" onRetry={() => void logs.refetch()} loadingLabel="Loading requests…">
          {() =>
            logs.data!.items.length === 0 ? (
              <EmptyState icon={<ListIcon className="size-6" />} title={countActive(values) ? 'No request matches these filters' : 'No requests yet'}>
                {countActive(values)
                  ? 'Clear a filter or widen the dates.'
                  : 'Point an SDK at the gateway with one of your gateway keys (see Get started). Each call appears here within a second or two.'}
              </EmptyState>
            ) : (
              <LogsTable items={logs.data!.items} footer={footer} />
            )
          }
        </QueryState>
      </div>
    </>
  );
}
