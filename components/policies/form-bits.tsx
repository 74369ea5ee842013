'use client';

import type { ReactNode } from 'react';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { cn, focusRing } from '@/components/ui/cn';
import { errorAt, getIn, type FieldErrors, type PolicyDraft } from '@/lib/client/policy-form';

/** What every field of the editor gets: the draft, a setter by path, the errors, and whether it may change. */
export interface FieldsProps {
  draft: PolicyDraft;
  set: (path: (string | number)[], value: unknown) => void;
  errors: FieldErrors;
  readOnly: boolean;
}

export const at = (draft: PolicyDraft, path: string) => getIn(draft, path.split('.'));
export const err = (errors: FieldErrors, path: string) => errorAt(errors, path);

export function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

/** A select over fixed options; the empty option (when given) means "not set". */
export function SelectField({ label, hint, path, options, empty, f }: { label: string; hint?: ReactNode; path: string; options: readonly { id: string; label: string }[]; empty?: string; f: FieldsProps }) {
  return (
    <Field label={label} hint={hint} error={err(f.errors, path)} optional={empty !== undefined}>
      {(control) => (
        <Select {...control} value={str(at(f.draft, path))} disabled={f.readOnly} onChange={(e) => f.set(path.split('.'), e.target.value === '' ? undefined : e.target.value)}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

export function Checkbox({ label, hint, checked, onChange, disabled }: { label: string; hint?: string; checked: boolean; onChange: (v: boolean) => void; disabled?: boolean }) {
  return (
    <label className={cn('flex items-start gap-2.5 text-sm', disabled ? 'cursor-not-allowed' : 'cursor-pointer')}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} className={cn('mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-indigo-600', focusRing)} />
      <span>
        <span className="font-medium text-slate-800">{label}</span>
        {hint ? <span className="block text-slate-500">{hint}</span> : null}
      </span>
    </label>
  );
}

/** A group of related fields under a legend. */
export function FieldGroup({ legend, children, className }: { legend: string; children: ReactNode; className?: string }) {
  return (
    <fieldset className={cn('min-w-0 space-y-4', className)}>
      <legend className="mb-3 text-sm font-semibold text-slate-900">{legend}</legend>
      {children}
    </fieldset>
  );
}

export const opts = (ids: readonly string[], labels?: Record<string, string>) => ids.map((id) => ({ id, label: labels?.[id] ?? id }));
