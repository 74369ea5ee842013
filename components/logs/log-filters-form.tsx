'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import type { GatewayKey } from '@/lib/client/types';
import { countActive, type LogFilterField, type LogFilterValues } from '@/lib/client/log-filters';
import { PROVIDERS, PROVIDER_IDS } from '@/lib/providers/catalog';

const STATUSES = [
  { id: 'ok', label: 'Succeeded' },
  { id: 'error', label: 'Failed or refused' },
  { id: 'blocked', label: 'Blocked by a guard' },
];
const DECISIONS = [
  { id: 'allow', label: 'Allowed' },
  { id: 'mask', label: 'Masked' },
  { id: 'block', label: 'Blocked' },
  { id: 'hold', label: 'Held for approval' },
];

/** The request log's filters: edited locally, applied together (one URL change, one query). */
export function LogFiltersForm({ value, keys, onApply, idPrefix = 'log' }: { value: LogFilterValues; keys: GatewayKey[]; onApply: (v: LogFilterValues) => void; idPrefix?: string }) {
  const [draft, setDraft] = useState<LogFilterValues>(value);
  const set = (f: LogFilterField) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [f]: e.target.value }));
  const id = (f: string) => `${idPrefix}-filter-${f}`;
  const label = 'block text-xs font-medium text-slate-700';
  return (
    <form
      aria-label="Filter requests"
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <div>
        <label htmlFor={id('key')} className={label}>
          Gateway key
        </label>
        <Select id={id('key')} value={draft.api_key ?? ''} onChange={set('api_key')} className="mt-1 h-9">
          <option value="">Any key</option>
          {keys.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name} ({k.masked})
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor={id('provider')} className={label}>
          Provider
        </label>
        <Select id={id('provider')} value={draft.provider ?? ''} onChange={set('provider')} className="mt-1 h-9">
          <option value="">Any provider</option>
          {PROVIDER_IDS.map((p) => (
            <option key={p} value={p}>
              {PROVIDERS[p].label}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor={id('model')} className={label}>
          Model
        </label>
        <Input id={id('model')} value={draft.model ?? ''} onChange={set('model')} placeholder="e.g. gpt-4o-mini" className="mt-1 h-9" autoComplete="off" />
      </div>
      <div>
        <label htmlFor={id('status')} className={label}>
          Outcome
        </label>
        <Select id={id('status')} value={draft.status ?? ''} onChange={set('status')} className="mt-1 h-9">
          <option value="">Any outcome</option>
          {STATUSES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor={id('decision')} className={label}>
          Gateway decision
        </label>
        <Select id={id('decision')} value={draft.decision ?? ''} onChange={set('decision')} className="mt-1 h-9">
          <option value="">Any decision</option>
          {DECISIONS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor={id('request')} className={label}>
          Request ID
        </label>
        <Input id={id('request')} value={draft.request_id ?? ''} onChange={set('request_id')} placeholder="X-Request-ID" className="mt-1 h-9 font-mono" autoComplete="off" />
      </div>
      <div>
        <label htmlFor={id('from')} className={label}>
          From (day)
        </label>
        <Input id={id('from')} type="date" value={draft.from ?? ''} onChange={set('from')} className="mt-1 h-9" />
      </div>
      <div>
        <label htmlFor={id('to')} className={label}>
          To (day, inclusive)
        </label>
        <Input id={id('to')} type="date" value={draft.to ?? ''} onChange={set('to')} className="mt-1 h-9" />
      </div>
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit" size="sm">
          Apply filters
        </Button>
        {countActive(value) > 0 ? (
          <Button
            type="button"
            size="sm"
            variant="ghost"
            onClick={() => {
              setDraft({});
              onApply({});
            }}
          >
            Clear all ({countActive(value)})
          </Button>
        ) : null}
      </div>
    </form>
  );
}
