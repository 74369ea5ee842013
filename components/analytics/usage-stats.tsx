import Link from 'next/link';
import { Stat, StatGrid } from '@/components/ui/stat';
import type { Stats } from '@/lib/client/analytics-types';
import { msTick, usdPrecise } from '@/lib/client/charts';
import { compactNumber } from '@/lib/client/format';

const pct = (n: number) => `${n.toFixed(n > 0 && n < 10 ? 1 : 0)}%`;
/** A hint that wraps onto a second line in a narrow tile rather than being cut off. */
const wrap = (text: string) => <span className="block whitespace-normal">{text}</span>;

/** The key figures of a period: requests, spend, tokens, error rate, blocked, violations. */
export function UsageStats({ stats, label, testId, latency }: { stats: Stats; label: string; testId: string; latency?: boolean }) {
  const v = stats.violations;
  return (
    <StatGrid label={label}>
      <Stat testId={`${testId}-requests`} label="Requests" value={compactNumber(stats.total_requests)} hint={`${stats.total_requests.toLocaleString('en')} calls`} />
      <Stat
        testId={`${testId}-spend`}
        label="Spend"
        value={usdPrecise(stats.total_cost_usd)}
        hint={stats.unpriced_requests ? <Link href="/pricing" className="text-amber-800 underline">{`${stats.unpriced_requests} unpriced`}</Link> : 'all requests priced'}
      />
      <Stat testId={`${testId}-tokens`} label="Tokens" value={compactNumber(stats.total_tokens.total)} hint={`${compactNumber(stats.total_tokens.prompt)} in · ${compactNumber(stats.total_tokens.completion)} out`} />
      <Stat testId={`${testId}-errors`} label="Error rate" value={pct(stats.error_rate_pct)} hint={`${stats.errors.toLocaleString('en')} failed`} tone={stats.error_rate_pct >= 5 ? 'warning' : 'neutral'} />
      {latency ? (
        <Stat testId={`${testId}-latency`} label="Latency p50 / p95" value={stats.p50_latency_ms === null ? '—' : msTick(stats.p50_latency_ms)} hint={stats.p95_latency_ms === null ? 'no requests' : wrap(`p95 ${msTick(stats.p95_latency_ms)} · overhead ${stats.avg_overhead_ms ?? 0} ms`)} />
      ) : (
        <Stat testId={`${testId}-blocked`} label="Blocked" value={stats.blocked.toLocaleString('en')} hint={wrap('refused by a guard or policy')} />
      )}
      <Stat
        testId={`${testId}-violations`}
        label="Violations"
        value={v.total.toLocaleString('en')}
        hint={wrap(`${v.critical} critical · ${v.high} high · ${v.by_severity.medium} medium · ${v.by_severity.low} low`)}
        tone={v.critical > 0 ? 'danger' : 'neutral'}
      />
    </StatGrid>
  );
}
