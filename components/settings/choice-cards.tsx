'use client';

import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

/**
 * Mutually exclusive options as labelled radio cards (arrow keys move between them, the chosen one
 * has a filled radio and a ring, so colour is never the only sign).
 */
export function ChoiceCards<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  disabled,
  columns = 2,
  describedBy,
}: {
  legend: ReactNode;
  name: string;
  value: T;
  options: { value: T; title: string; text: ReactNode }[];
  onChange: (value: T) => void;
  disabled?: boolean;
  columns?: 2 | 3;
  describedBy?: string;
}) {
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className={cn('mt-1.5 grid gap-2', columns === 3 ? 'sm:grid-cols-3' : 'sm:grid-cols-2')}>
        {options.map((o) => (
          <label
            key={o.value}
            className={cn(
              'flex gap-3 rounded-lg px-3 py-2.5 ring-1 ring-inset has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600',
              disabled ? 'cursor-not-allowed opacity-80' : 'cursor-pointer',
              value === o.value ? 'bg-indigo-50 ring-2 ring-indigo-600' : 'ring-slate-300 hover:bg-slate-50',
            )}
          >
            <input type="radio" name={name} value={o.value} checked={value === o.value} disabled={disabled} onChange={() => onChange(o.value)} className="mt-1 accent-indigo-600" />
            <span className="min-w-0 text-sm">
              <span className="font-medium text-slate-900">{o.title}</span>
              <span className="block text-slate-600">{o.text}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
