'use client';

import { cn, focusRing } from './cn';

/**
 * A small set of mutually exclusive choices as toggle buttons (each reachable with Tab, the
 * chosen one marked with aria-pressed and a visible fill, not colour alone: it is also bold).
 */
export function Segmented<T extends string>({ label, value, options, onChange, size = 'sm' }: { label: string; value: T | undefined; options: { id: T; label: string; title?: string }[]; onChange: (id: T) => void; size?: 'sm' | 'xs' }) {
  return (
    <div role="group" aria-label={label} className="inline-flex flex-wrap rounded-md bg-slate-100 p-0.5 ring-1 ring-slate-200 ring-inset">
      {options.map((o) => {
        const on = o.id === value;
        return (
          <button
            key={o.id}
            type="button"
            aria-pressed={on}
            title={o.title}
            onClick={() => onChange(o.id)}
            className={cn(
              'rounded px-2.5 whitespace-nowrap transition-colors',
              size === 'sm' ? 'h-7 text-sm' : 'h-6 text-xs',
              focusRing,
              on ? 'bg-white font-semibold text-slate-900 shadow-sm ring-1 ring-slate-300' : 'text-slate-600 hover:text-slate-900',
            )}
          >
            {o.label}
          </button>
        );
      })}
    </div>
  );
}
