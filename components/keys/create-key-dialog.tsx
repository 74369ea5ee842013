'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { ApiError, errorMessage } from '@/lib/client/api';
import { EMPTY_KEY_FORM, keyFieldFromApi, keyFormToRequest, type KeyFormErrors, type KeyFormValues } from '@/lib/client/key-form';
import { useCreateKey } from '@/lib/client/queries';
import type { GatewayKey } from '@/lib/client/types';

const FORM_ID = 'create-key-form';

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function EnvironmentChoice({ value, onChange }: { value: 'live' | 'test'; onChange: (v: 'live' | 'test') => void }) {
  const options = [
    { value: 'live' as const, title: 'Live', prefix: 'gw_live_', text: 'For production traffic.' },
    { value: 'test' as const, title: 'Test', prefix: 'gw_test_', text: 'For development and CI.' },
  ];
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">Environment</legend>
      <div className="mt-1.5 grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label
            key={o.value}
            className={cn(
              'flex cursor-pointer gap-3 rounded-lg px-3 py-2.5 ring-1 ring-inset has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600',
              value === o.value ? 'bg-indigo-50 ring-indigo-600' : 'ring-slate-300 hover:bg-slate-50',
            )}
          >
            <input type="radio" name="environment" value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="mt-1 accent-indigo-600" />
            <span className="text-sm">
              <span className="font-medium text-slate-900">{o.title}</span> <code className="font-mono text-xs text-slate-600">{o.prefix}…</code>
              <span className="block text-slate-600">{o.text}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function CreateKeyForm({ onSubmit }: { onSubmit: (values: KeyFormValues, setErrors: (e: KeyFormErrors) => void) => void }) {
  const [values, setValues] = useState<KeyFormValues>(EMPTY_KEY_FORM);
  const [errors, setErrors] = useState<KeyFormErrors>({});
  const set = (field: keyof KeyFormValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values, setErrors);
  };

  return (
    <form id={FORM_ID} onSubmit={submit} className="space-y-5" noValidate>
      <Field label="Name" error={errors.name} hint="What uses this key, e.g. support-agent or ci.">
        {(p) => <Input {...p} value={values.name} onChange={set('name')} maxLength={100} autoComplete="off" autoFocus />}
      </Field>
      <EnvironmentChoice value={values.environment} onChange={(environment) => setValues((v) => ({ ...v, environment }))} />
      <Field label="Expires on" optional error={errors.expiresOn} hint="The key stops working at the end of this day. Leave empty for no expiry.">
        {(p) => <Input {...p} type="date" min={todayIso()} value={values.expiresOn} onChange={set('expiresOn')} className="sm:max-w-56" />}
      </Field>
      <Field label="Allowed models" optional error={errors.models} hint="Comma-separated model ids or globs, such as gpt-4o*, claude-3-5-*. Empty allows every model.">
        {(p) => <Input {...p} value={values.models} onChange={set('models')} placeholder="gpt-4o*, claude-3-5-*" autoComplete="off" spellCheck={false} className="font-mono" />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Requests per minute" optional error={errors.rpm}>
          {(p) => <Input {...p} inputMode="numeric" value={values.rpm} onChange={set('rpm')} placeholder="No limit" autoComplete="off" />}
        </Field>
        <Field label="Tokens per minute" optional error={errors.tpm}>
          {(p) => <Input {...p} inputMode="numeric" value={values.tpm} onChange={set('tpm')} placeholder="No limit" autoComplete="off" />}
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Budget (USD)" optional error={errors.budget} hint="Requests are refused once the key has spent this much.">
          {(p) => <Input {...p} inputMode="decimal" value={values.budget} onChange={set('budget')} placeholder="No budget" autoComplete="off" />}
        </Field>
        <Field label="Budget period" error={errors.budgetPeriod}>
          {(p) => (
            <Select {...p} value={values.budgetPeriod} onChange={set('budgetPeriod')}>
              <option value="day">Per day</option>
              <option value="month">Per month</option>
            </Select>
          )}
        </Field>
      </div>
    </form>
  );
}

/**
 * The create-key form. On success the parent gets the full key through `onCreated` (to show once)
 * and this dialog closes; the key itself never reaches react-query's cache.
 */
export function CreateKeyDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (key: string, created: GatewayKey) => void }) {
  const create = useCreateKey(onCreated);
  const [generalError, setGeneralError] = useState<string | null>(null);

  const close = () => {
    if (create.isPending) return;
    create.reset();
    setGeneralError(null);
    onClose();
  };

  const submit = async (values: KeyFormValues, setErrors: (e: KeyFormErrors) => void) => {
    setGeneralError(null);
    const mapped = keyFormToRequest(values);
    if ('errors' in mapped) {
      setErrors(mapped.errors);
      return;
    }
    setErrors({});
    try {
      await create.mutateAsync(mapped.request);
      create.reset();
    } catch (error) {
      const field = error instanceof ApiError ? keyFieldFromApi(error.field) : undefined;
      if (field && error instanceof ApiError) setErrors({ [field]: error.fieldMessage });
      else setGeneralError(errorMessage(error));
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!create.isPending}
      size="lg"
      title="Create a gateway key"
      description="Your agents send this key instead of the provider's. You will see it once, right after creating it."
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} loading={create.isPending}>
            Create key
          </Button>
        </>
      }
    >
      <div className="space-y-5">
        {generalError ? <Alert tone="error">{generalError}</Alert> : null}
        <CreateKeyForm onSubmit={(values, setErrors) => void submit(values, setErrors)} />
      </div>
    </Dialog>
  );
}
