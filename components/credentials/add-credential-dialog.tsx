'use client';

import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { ApiError, errorMessage } from '@/lib/client/api';
import { credentialFields, credentialFormToRequest, initialCredentialValues, type CredentialField } from '@/lib/client/credential-form';
import { useCreateCredential } from '@/lib/client/queries';
import { isProviderId, PROVIDER_IDS, PROVIDERS, type ProviderId } from '@/lib/providers/catalog';
import type { ProviderCredential } from '@/lib/client/types';

const FORM_ID = 'add-credential-form';
const MAX_KEY_FILE_BYTES = 64 * 1024;

function SecretInput({ field, value, onChange, control }: { field: CredentialField; value: string; onChange: (v: string) => void; control: { id: string } }) {
  const [fileError, setFileError] = useState<string | null>(null);
  if (field.input === 'textarea') {
    const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0];
      event.target.value = '';
      if (!file) return;
      if (file.size > MAX_KEY_FILE_BYTES) {
        setFileError('That file is too large to be a service-account key.');
        return;
      }
      setFileError(null);
      onChange(await file.text());
    };
    return (
      <div className="space-y-2">
        <Textarea {...control} value={value} onChange={(e) => onChange(e.target.value)} placeholder={field.placeholder} autoComplete="off" spellCheck={false} className="min-h-32 font-mono text-xs" />
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${control.id}-file`} className="text-sm text-slate-600">
            Or choose the key file:
          </label>
          <input id={`${control.id}-file`} type="file" accept="application/json,.json" onChange={(e) => void readFile(e)} className="text-sm text-slate-700 file:mr-3 file:rounded-md file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 file:ring-1 file:ring-slate-300 file:ring-inset hover:file:bg-slate-50" />
        </div>
        {fileError ? <p className="text-sm text-red-700">{fileError}</p> : null}
      </div>
    );
  }
  return (
    <Input
      {...control}
      type={field.input === 'password' ? 'password' : field.input === 'url' ? 'url' : 'text'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={field.placeholder}
      // Password managers must not offer to save or fill provider secrets.
      autoComplete={field.input === 'password' ? 'new-password' : 'off'}
      data-1p-ignore
      data-lpignore="true"
      spellCheck={false}
      className={field.input === 'password' || field.input === 'url' ? 'font-mono' : undefined}
    />
  );
}

function CredentialForm({ onSubmit }: { onSubmit: (provider: ProviderId, name: string, values: Record<string, string>, setErrors: (e: Record<string, string>) => void) => void }) {
  const [provider, setProvider] = useState<ProviderId>('openai');
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>(() => initialCredentialValues('openai'));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const changeProvider = (next: string) => {
    if (!isProviderId(next)) return;
    setProvider(next);
    // Secrets typed for one provider are not carried over to another.
    setValues(initialCredentialValues(next));
    setErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(provider, name, values, setErrors);
  };

  return (
    <form id={FORM_ID} onSubmit={submit} className="space-y-5" noValidate autoComplete="off">
      <Field label="Provider" error={errors.provider}>
        {(p) => (
          <Select {...p} value={provider} onChange={(e) => changeProvider(e.target.value)}>
            {PROVIDER_IDS.map((id) => (
              <option key={id} value={id}>
                {PROVIDERS[id].label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Name" optional error={errors.name} hint='Tells credentials for the same provider apart. Defaults to "default".'>
        {(p) => <Input {...p} value={name} onChange={(e) => setName(e.target.value)} placeholder="default" maxLength={64} autoComplete="off" />}
      </Field>
      {credentialFields(provider).map((field) => (
        <Field key={`${provider}-${field.name}`} label={field.label} optional={!field.required} error={errors[field.name]} hint={field.hint}>
          {(p) => <SecretInput field={field} control={p} value={values[field.name] ?? ''} onChange={(v) => setValues((prev) => ({ ...prev, [field.name]: v }))} />}
        </Field>
      ))}
    </form>
  );
}

/** Adds a provider credential. The secret leaves the browser once and is never shown again. */
export function AddCredentialDialog({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (credential: ProviderCredential) => void }) {
  const create = useCreateCredential();
  const [generalError, setGeneralError] = useState<string | null>(null);

  const close = () => {
    if (create.isPending) return;
    create.reset();
    setGeneralError(null);
    onClose();
  };

  const submit = async (provider: ProviderId, name: string, values: Record<string, string>, setErrors: (e: Record<string, string>) => void) => {
    setGeneralError(null);
    const mapped = credentialFormToRequest(provider, name, values);
    if ('errors' in mapped) {
      setErrors(mapped.errors);
      return;
    }
    setErrors({});
    try {
      const saved = await create.mutateAsync(mapped.request);
      // Drop the mutation (its variables hold the secret) now that it has done its job.
      create.reset();
      setGeneralError(null);
      onSaved(saved);
    } catch (error) {
      const field = error instanceof ApiError ? error.field?.split('.')[0] : undefined;
      const known = field && (field === 'name' || field === 'provider' || credentialFields(provider).some((f) => f.name === field));
      if (known && error instanceof ApiError) setErrors({ [field]: error.fieldMessage });
      // A second credential with the same name for a provider: say so beside the name.
      else if (error instanceof ApiError && error.code === 'conflict') setErrors({ name: `${error.message}. Choose another name.` });
      else setGeneralError(errorMessage(error));
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!create.isPending}
      size="lg"
      title="Add a provider credential"
      description="Stored encrypted (AES-256-GCM). The gateway uses it to call the provider for you; after saving, only its last four characters are shown."
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} loading={create.isPending}>
            Save credential
          </Button>
        </>
      }
    >
      <div className="space-y-5">
        {generalError ? <Alert tone="error">{generalError}</Alert> : null}
        <CredentialForm onSubmit={(...args) => void submit(...args)} />
      </div>
    </Dialog>
  );
}
