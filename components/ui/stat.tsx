import type { ReactNode } from 'react';
import { cn } from './cn';

/** One key figure: a label, the value, and a line of context. Used inside a `<dl>` grid (StatGrid). */
export function Stat({ label, value, hint, testId, tone = 'neutral' }: { label: ReactNode; value: ReactNode; hint?: ReactNode; testId?: string; tone?: 'neutral' | 'warning' | 'danger' }) {
  return (
    <div className="min-w-0 rounded-xl bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200" data-testid={testId}>
      <dt className="truncate text-xs font-medium text-slate-600">{label}</dt>
      <dd className={cn('mt-1 truncate text-xl font-semibold tracking-tight tabular-nums', tone === 'danger' ? 'text-red-700' : tone === 'warning' ? 'text-amber-800' : 'text-slate-900')}>{value}</dd>
      {hint ? <dd className="mt-0.5 truncate text-xs text-slate-500">{hint}</dd> : null}
    </div>
  );
}

export function StatGrid({ children, label, className }: { children: ReactNode; label: string; className?: string }) {
  return (
    <dl aria-label={label} className={cn('grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6', className)}>
      {children}
    </dl>
  );
}
