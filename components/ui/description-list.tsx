import type { ReactNode } from 'react';
import { cn } from './cn';

/** Label / value pairs in two columns (one on narrow screens). Empty values show a dash. */
export function DescriptionList({ items, className }: { items: [ReactNode, ReactNode][]; className?: string }) {
  return (
    <dl className={cn('grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2', className)}>
      {items.map(([label, value], i) => (
        <div key={i} className="min-w-0">
          <dt className="text-xs font-medium text-slate-500">{label}</dt>
          <dd className="mt-0.5 break-words text-slate-900">{value === null || value === undefined || value === '' ? <span className="text-slate-400">—</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
