'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { useSetPrice } from '@/lib/client/admin-queries';
import { ApiError, errorMessage } from '@/lib/client/api';
import type { PriceOverride } from '@/lib/client/governance-types';
import { PROVIDER_IDS, PROVIDERS } from '@/lib/providers/catalog';
import { priceFieldFromApi, priceFormToRequest, type PriceFormErrors, type PriceFormValues } from './price-form';

const FORM_ID = 'price-override-form';

/** Adds or edits one price override. `editing` fixes provider and model (they are the override's identity). */
export function PriceDialog({ initial, editing, onClose, onSaved }: { initial: PriceFormValues | null; editing: boolean; onClose: () => void; onSaved: (saved: PriceOverride) => void }) {
  const save = useSetPrice();
  const close = () => {
    if (save.isPending) return;
    save.reset();
    onClose();
  };
  return (
    <Dialog
      open={initial !== null}
      onClose={close}
      dismissible={!save.isPending}
      title={editing ? 'Edit price override' : 'Add a price override'}
      description="USD per million tokens. Applies to requests recorded from now on; earlier rows keep the cost they were recorded with."
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={save.isPending}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} loading={save.isPending}>
            Save price
          </Button>
        </>
      }
    >
      {initial ? <PriceForm initial={initial} editing={editing} save={save} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

function PriceForm({ initial, editing, save, onSaved }: { initial: PriceFormValues; editing: boolean; save: ReturnType<typeof useSetPrice>; onSaved: (saved: PriceOverride) => void }) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<PriceFormErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const set = (field: keyof PriceFormValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const mapped = priceFormToRequest(values);
    if ('errors' in mapped) return setErrors(mapped.errors);
    setErrors({});
    try {
      const saved = await save.mutateAsync(mapped.request);
      save.reset();
      onSaved(saved);
    } catch (error) {
      const field = error instanceof ApiError ? priceFieldFromApi(error.field) : undefined;
      if (field && error instanceof ApiError) setErrors({ [field]: error.fieldMessage });
      else setGeneral(errorMessage(error));
    }
  };

  return (
    <form id={FORM_ID} onSubmit={submit} className="space-y-5" noValidate>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Provider" error={errors.provider} hint="The provider segment the calls go through.">
          {(p) => (
            <Select {...p} value={values.provider} onChange={set('provider')} disabled={editing}>
              {PROVIDER_IDS.map((id) => (
                <option key={id} value={id}>
                  {PROVIDERS[id].label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Model" error={errors.model} hint="Exactly as recorded in the request log.">
          {(p) => <Input {...p} value={values.model} onChange={set('model')} readOnly={editing} autoComplete="off" spellCheck={false} className="font-mono" autoFocus={!editing} />}
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Input ($ / 1M tokens)" error={errors.input}>
          {(p) => <Input {...p} inputMode="decimal" value={values.input} onChange={set('input')} placeholder="2.50" autoComplete="off" autoFocus={editing} />}
        </Field>
        <Field label="Output ($ / 1M tokens)" error={errors.output}>
          {(p) => <Input {...p} inputMode="decimal" value={values.output} onChange={set('output')} placeholder="10" autoComplete="off" />}
        </Field>
        <Field label="Cached input ($ / 1M tokens)" optional error={errors.cachedInput} hint="Empty: same as input.">
          {(p) => <Input {...p} inputMode="decimal" value={values.cachedInput} onChange={set('cachedInput')} autoComplete="off" />}
        </Field>
        <Field label="Cache write ($ / 1M tokens)" optional error={errors.cacheWrite} hint="Empty: same as input.">
          {(p) => <Input {...p} inputMode="decimal" value={values.cacheWrite} onChange={set('cacheWrite')} autoComplete="off" />}
        </Field>
      </div>
      {general ? <Alert tone="error">{general}</Alert> : null}
    </form>
  );
}
