'use client';

import Link from 'next/link';
import { ChartBody } from '@/components/analytics/chart-body';
import { TopList } from '@/components/analytics/top-list';
import { UsageStats } from '@/components/analytics/usage-stats';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClasses } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { useStats, useUsageSeries } from '@/lib/client/analytics-queries';
import { errorMessage } from '@/lib/client/api';
import { stackedUsage, usdPrecise, usdTick } from '@/lib/client/charts';
import { todayRange } from '@/lib/client/periods';
import { useCredentials, useKeys, useMe } from '@/lib/client/queries';
import { setupSteps } from '@/lib/client/setup';
import { isProviderId, type ProviderId } from '@/lib/providers/catalog';
import { Quickstart } from './quickstart';
import { SetupChecklist } from './setup-checklist';

const WEEK = { period: '7d' as const };

export function OverviewPage() {
  const me = useMe();
  const credentials = useCredentials();
  const keys = useKeys(100, 0);
  const today = useStats(todayRange());
  const week = useStats(WEEK, { top: 5 });
  const spend = useUsageSeries(WEEK, 'model');
  const providers = [...new Set((credentials.data?.items ?? []).map((c) => c.provider))].filter((p): p is ProviderId => isProviderId(p));
  const setupDone = credentials.data && keys.data ? setupSteps({ credentials: credentials.data.items, keysTotal: keys.data.total, keys: keys.data.items }).every((s) => s.done) : true;

  return (
    <>
      <PageHeader
        title={me.data ? me.data.organization.name : 'Overview'}
        description="Today and the last 7 days of traffic through your gateway: requests, spend, errors and what the guards stopped."
        actions={
          <Link href="/usage" className={buttonClasses('secondary', 'sm')}>
            Spend &amp; usage
          </Link>
        }
      />
      <div className="min-w-0 space-y-6">
        {!setupDone ? (
          <div className="max-w-4xl space-y-6">
            <SetupChecklist />
            <Quickstart providers={providers} />
          </div>
        ) : null}

        <section aria-labelledby="today-heading" className="space-y-2">
          <h2 id="today-heading" className="text-sm font-semibold text-slate-700">
            Today <span className="font-normal text-slate-500">since midnight, your time</span>
          </h2>
          <QueryState pending={today.isPending} error={today.error ? errorMessage(today.error) : null} errorTitle="Could not load today's figures" onRetry={() => void today.refetch()}>
            {() => <UsageStats stats={today.data!} label="Today" testId="today" />}
          </QueryState>
        </section>

        <section aria-labelledby="week-heading" className="space-y-2">
          <h2 id="week-heading" className="text-sm font-semibold text-slate-700">
            Last 7 days
          </h2>
          <QueryState pending={week.isPending} error={week.error ? errorMessage(week.error) : null} errorTitle="Could not load the last 7 days" onRetry={() => void week.refetch()}>
            {() => <UsageStats stats={week.data!} label="Last 7 days" testId="week" />}
          </QueryState>
        </section>

        <Panel title="Spend over the last 7 days" description={spend.data ? `Per UTC day, by model · total ${usdPrecise(spend.data.points.reduce((n, p) => n + p.cost_usd, 0))}` : 'Per UTC day, by model'} testId="overview-spend-chart">
          <ChartBody
            pending={spend.isPending}
            error={spend.error ? errorMessage(spend.error) : null}
            onRetry={() => void spend.refetch()}
            chart={() => {
              const { rows, keys: series } = stackedUsage(spend.data!, 'cost_usd');
              return { rows, keys: series, bucket: spend.data!.bucket, kind: 'bar', format: usdTick, unit: 'USD', summary: `Spend per day over the last 7 days by model; ${series.length} models shown.` };
            }}
          />
        </Panel>

        <div className="grid min-w-0 gap-6 lg:grid-cols-2">
          <Panel title="Top models by spend" description="Last 7 days" testId="top-models">
            <QueryState pending={week.isPending} error={week.error ? errorMessage(week.error) : null} errorTitle="Could not load top models" onRetry={() => void week.refetch()}>
              {() => (
                <TopList
                  label="Top models by spend"
                  empty="No model has been called in the last 7 days."
                  items={week.data!.top_models.map((m) => ({ id: m.model, label: m.model, sublabel: m.provider, cost: m.cost_usd, requests: m.requests, unpriced: m.unpriced }))}
                />
              )}
            </QueryState>
          </Panel>
          <Panel title="Top keys by spend" description="Last 7 days" testId="top-keys">
            <QueryState pending={week.isPending} error={week.error ? errorMessage(week.error) : null} errorTitle="Could not load top keys" onRetry={() => void week.refetch()}>
              {() => (
                <TopList
                  label="Top keys by spend"
                  empty="No gateway key has been used in the last 7 days."
                  items={week.data!.top_keys.map((k) => ({ id: k.api_key.id ?? 'none', label: k.api_key.name, sublabel: k.api_key.masked, cost: k.cost_usd, requests: k.requests, unpriced: k.unpriced }))}
                />
              )}
            </QueryState>
          </Panel>
        </div>
      </div>
    </>
  );
}
