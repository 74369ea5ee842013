'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import type { GatewayKey } from '@/lib/client/types';
import { VIOLATION_ACTIONS, VIOLATION_FILTER_FIELDS, VIOLATION_TYPES, type ViolationFilterValues } from '@/lib/client/violation-filters';

export function ViolationFiltersForm({ value, keys, onApply }: { value: ViolationFilterValues; keys: GatewayKey[]; onApply: (v: ViolationFilterValues) => void }) {
  const [draft, setDraft] = useState<ViolationFilterValues>(value);
  const set = (f: keyof ViolationFilterValues) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [f]: e.target.value }));
  const active = VIOLATION_FILTER_FIELDS.filter((f) => value[f]).length;
  const label = 'block text-xs font-medium text-slate-700';
  const select = (f: keyof ViolationFilterValues, text: string, any: string, options: { id: string; label: string }[]) => (
    <div>
      <label htmlFor={`violation-filter-${f}`} className={label}>
        {text}
      </label>
      <Select id={`violation-filter-${f}`} value={draft[f] ?? ''} onChange={set(f)} className="mt-1 h-9">
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
  return (
    <form
      aria-label="Filter violations"
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      {select('type', 'Type', 'Any type', VIOLATION_TYPES)}
      {select('severity', 'Severity', 'Any severity', ['critical', 'high', 'medium', 'low'].map((s) => ({ id: s, label: s[0].toUpperCase() + s.slice(1) })))}
      {select('direction', 'Direction', 'Requests and responses', [
        { id: 'request', label: 'Request (prompt)' },
        { id: 'response', label: 'Response' },
      ])}
      {select('action', 'Action taken', 'Any action', VIOLATION_ACTIONS.map((a) => ({ id: a, label: a })))}
      {select('api_key', 'Gateway key', 'Any key', keys.map((k) => ({ id: k.id, label: `${k.name} (${k.masked})` })))}
      <div>
        <label htmlFor="violation-filter-from" className={label}>
          From (day)
        </label>
        <Input id="violation-filter-from" type="date" value={draft.from ?? ''} onChange={set('from')} className="mt-1 h-9" />
      </div>
      <div>
        <label htmlFor="violation-filter-to" className={label}>
          To (day, inclusive)
        </label>
        <Input id="violation-filter-to" type="date" value={draft.to ?? ''} onChange={set('to')} className="mt-1 h-9" />
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <Button type="submit" size="sm">
          Apply filters
        </Button>
        {active ? (
          <Button
            type="button"
            size="sm"
            variant="ghost"
            onClick={() => {
              setDraft({});
              onApply({});
            }}
          >
            Clear all ({active})
          </Button>
        ) : null}
      </div>
    </form>
  );
}
