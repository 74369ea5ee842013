import Link from 'next/link';
import type { ReactNode } from 'react';
import { TimeChart, type TimeChartProps } from '@/components/charts/time-chart';
import { QueryState } from '@/components/ui/query-state';
import { isEmptyChart } from '@/lib/client/charts';

/**
 * A chart inside a panel with its data's three states, and an empty state that says what to do
 * next instead of drawing an empty frame.
 */
export function ChartBody({ pending, error, onRetry, chart, empty }: { pending: boolean; error: string | null; onRetry: () => void; chart: () => TimeChartProps; empty?: ReactNode }) {
  return (
    <QueryState pending={pending} error={error} errorTitle="Could not load this chart" onRetry={onRetry} loadingLabel="Loading chart…">
      {() => {
        const props = chart();
        if (isEmptyChart(props.rows))
          return (
            <div className="flex flex-col items-center justify-center rounded-lg border border-dashed border-slate-300 px-4 py-10 text-center text-sm text-slate-600" style={{ minHeight: props.height ?? 240 }}>
              {empty ?? (
                <>
                  <p className="font-medium text-slate-800">Nothing in this period yet</p>
                  <p className="mt-1 max-w-sm">
                    Requests appear here within seconds of passing through the gateway. <Link href="/get-started" className="text-indigo-700 underline">Send a test request</Link> or widen the time range.
                  </p>
                </>
              )}
            </div>
          );
        return <TimeChart {...props} />;
      }}
    </QueryState>
  );
}
