'use client';

import { cn, focusRing } from '@/components/ui/cn';

/**
 * An on/off switch (role=switch): Space or Enter flips it, its state is read out, and the word
 * beside it ("On" / "Off", or the caller's words) says the state without relying on colour.
 */
export function Switch({
  checked,
  onChange,
  label,
  stateLabels = ['On', 'Off'],
  disabled,
  id,
  describedBy,
  hideLabel,
}: {
  checked: boolean;
  onChange: (next: boolean) => void;
  /** The accessible name; shown beside the switch unless `hideLabel`. */
  label: string;
  stateLabels?: [on: string, off: string];
  disabled?: boolean;
  id?: string;
  describedBy?: string;
  hideLabel?: boolean;
}) {
  return (
    <span className="inline-flex items-center gap-2">
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-label={label}
        aria-describedby={describedBy}
        disabled={disabled}
        onClick={() => onChange(!checked)}
        className={cn(
          'relative inline-flex h-6 w-11 shrink-0 items-center rounded-full ring-1 ring-inset transition-colors disabled:cursor-not-allowed disabled:opacity-50',
          focusRing,
          checked ? 'bg-indigo-600 ring-indigo-700' : 'bg-slate-200 ring-slate-300',
        )}
      >
        <span aria-hidden="true" className={cn('inline-block size-5 rounded-full bg-white shadow ring-1 ring-slate-300 transition-transform', checked ? 'translate-x-5.5' : 'translate-x-0.5')} />
      </button>
      <span aria-hidden="true" className="text-sm text-slate-700">
        {hideLabel ? null : <span className="font-medium text-slate-800">{label} </span>}
        <span className={checked ? 'font-semibold' : undefined}>{checked ? stateLabels[0] : stateLabels[1]}</span>
      </span>
    </span>
  );
}
