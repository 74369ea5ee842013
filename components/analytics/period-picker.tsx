'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Segmented } from '@/components/ui/segmented';
import type { PeriodId } from '@/lib/client/analytics-types';
import { customRange, PERIOD_OPTIONS, type RangeParams } from '@/lib/client/periods';

/** 24h / 7d / 30d / 90d, or a custom pair of dates (validated before it is applied). */
export function PeriodPicker({ range, custom, onPeriod, onCustom }: { range: RangeParams; custom: { from: string; to: string } | null; onPeriod: (p: PeriodId) => void; onCustom: (from: string, to: string) => void }) {
  const [open, setOpen] = useState(Boolean(custom));
  const [from, setFrom] = useState(custom?.from ?? '');
  const [to, setTo] = useState(custom?.to ?? '');
  const [error, setError] = useState<string | null>(null);
  const options = [...PERIOD_OPTIONS.map((p) => ({ id: p.id as string, label: p.label, title: p.long })), { id: 'custom', label: 'Custom', title: 'Choose dates' }];
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <Segmented
        label="Time range"
        value={custom || open ? 'custom' : range.period}
        options={options}
        onChange={(id) => {
          if (id === 'custom') setOpen(true);
          else {
            setOpen(false);
            setError(null);
            onPeriod(id as PeriodId);
          }
        }}
      />
      {open ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const result = customRange(from, to);
            if ('error' in result) return setError(result.error);
            setError(null);
            onCustom(from, to);
          }}
        >
          <label className="text-xs text-slate-600">
            From
            <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} className="mt-0.5 h-8 w-36" aria-invalid={error ? true : undefined} />
          </label>
          <label className="text-xs text-slate-600">
            To
            <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} className="mt-0.5 h-8 w-36" aria-invalid={error ? true : undefined} />
          </label>
          <Button type="submit" size="sm" variant="secondary">
            Apply
          </Button>
          {error ? (
            <p role="alert" className="w-full text-xs text-red-700">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
