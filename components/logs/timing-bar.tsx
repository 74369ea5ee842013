import { msTick } from '@/lib/client/charts';

/**
 * Where the time went: the gateway's own overhead and the provider's time, drawn to scale and
 * written out (the drawing only repeats the numbers).
 */
export function TimingBar({ total, upstream, overhead, ttfb }: { total: number; upstream: number | null; overhead: number | null; ttfb: number | null }) {
  const parts = [
    { label: 'Gateway', value: overhead ?? 0, className: 'bg-emerald-500' },
    { label: 'Provider', value: upstream ?? 0, className: 'bg-indigo-500 bg-[repeating-linear-gradient(45deg,transparent,transparent_4px,rgba(255,255,255,.25)_4px,rgba(255,255,255,.25)_8px)]' },
  ];
  const sum = Math.max(total, parts.reduce((n, p) => n + p.value, 0), 1);
  return (
    <div className="space-y-3">
      <div className="flex h-3 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        {parts.map((p) => (
          <div key={p.label} className={p.className} style={{ width: `${(p.value / sum) * 100}%` }} />
        ))}
      </div>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {[
          ['Total', total],
          ['Provider (upstream)', upstream],
          ['Gateway overhead', overhead],
          ['Time to first byte', ttfb],
        ].map(([label, v]) => (
          <div key={label as string}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="font-mono text-slate-900 tabular-nums">{v === null || v === undefined ? '—' : (v as number) < 10 ? `${Number((v as number).toFixed(2))} ms` : msTick(v as number)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
