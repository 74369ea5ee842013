import { usdPrecise } from '@/lib/client/charts';

export interface TopItem {
  id: string;
  label: string;
  sublabel?: string | null;
  cost: number;
  requests: number;
  unpriced: number;
}

/** A ranked list with a proportional bar; the numbers are always written out beside it. */
export function TopList({ items, empty, label }: { items: TopItem[]; empty: string; label: string }) {
  if (items.length === 0) return <p className="py-6 text-center text-sm text-slate-500">{empty}</p>;
  const max = Math.max(...items.map((i) => i.cost), 0);
  return (
    <ol className="space-y-3" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="min-w-0">
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="min-w-0 truncate font-medium text-slate-800" title={item.label}>
              {item.label}
              {item.sublabel ? <span className="ml-1.5 font-normal text-slate-500">{item.sublabel}</span> : null}
            </span>
            <span className="shrink-0 font-mono text-slate-900 tabular-nums">{usdPrecise(item.cost)}</span>
          </div>
          <div className="mt-1 flex items-center gap-2">
            <div className="h-1.5 flex-1 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              <div className="h-full rounded-full bg-indigo-500" style={{ width: `${max > 0 ? Math.max(2, (item.cost / max) * 100) : 0}%` }} />
            </div>
            <span className="shrink-0 text-xs text-slate-500">
              {item.requests.toLocaleString('en')} req{item.unpriced ? ` · ${item.unpriced} unpriced` : ''}
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
}
