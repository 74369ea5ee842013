'use client';

import { useState, type FormEvent } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { QueryState } from '@/components/ui/query-state';
import { useSettings, useUpdateSettings } from '@/lib/client/admin-queries';
import { ApiError, errorMessage } from '@/lib/client/api';
import type { Settings } from '@/lib/client/governance-types';
import { useMe } from '@/lib/client/queries';
import { roleAtLeast, ROLE_LABELS } from '@/lib/client/roles';
import { formToPatch, isDirty, settingsToForm, type SettingsFormErrors, type SettingsFormValues } from './settings-form';
import { DataSection, FailureSection, IdentitySection, RateLimitSection } from './settings-sections';

export function SettingsPage() {
  const me = useMe();
  const settings = useSettings();
  const canEdit = roleAtLeast(me.data?.role, 'admin');
  return (
    <>
      <PageHeader title="Settings" description="How the gateway behaves for this organisation: failures, stored data, default rate limits and end-user identity." />
      {me.data && !canEdit ? (
        <Alert tone="info" className="mb-6">
          Your role ({ROLE_LABELS[me.data.role]}) can see these settings but not change them. Admins and owners change settings.
        </Alert>
      ) : null}
      <QueryState pending={settings.isPending} error={settings.error ? errorMessage(settings.error) : null} errorTitle="Could not load settings" onRetry={() => void settings.refetch()} loadingLabel="Loading settings…">
        {() => <SettingsForm settings={settings.data!} readOnly={!canEdit} />}
      </QueryState>
    </>
  );
}

function SettingsForm({ settings, readOnly }: { settings: Settings; readOnly: boolean }) {
  const update = useUpdateSettings();
  const [saved, setSaved] = useState<SettingsFormValues>(() => settingsToForm(settings));
  const [values, setValues] = useState<SettingsFormValues>(saved);
  const [secretSet, setSecretSet] = useState(Boolean(settings.identity?.hmac_secret_set));
  const [errors, setErrors] = useState<SettingsFormErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const dirty = isDirty(values, saved);

  const set = (patch: Partial<SettingsFormValues>) => {
    setNotice(null);
    setValues((v) => ({ ...v, ...patch }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (readOnly) return;
    setGeneral(null);
    setNotice(null);
    const mapped = formToPatch(values, secretSet);
    if ('errors' in mapped) {
      setErrors(mapped.errors);
      setGeneral(`Check the ${Object.keys(mapped.errors).length === 1 ? 'field' : `${Object.keys(mapped.errors).length} fields`} marked below.`);
      return;
    }
    setErrors({});
    try {
      const result = await update.mutateAsync(mapped.patch);
      update.reset();
      const next = settingsToForm(result);
      setSaved(next);
      setValues(next);
      setSecretSet(Boolean(result.identity?.hmac_secret_set));
      setNotice('Settings saved. The gateway applies them within seconds.');
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field !== 'body') {
        setErrors({ [error.field]: error.fieldMessage });
        setGeneral(`Not saved: ${error.message}`);
      } else setGeneral(errorMessage(error));
    }
  };

  return (
    <form onSubmit={submit} noValidate className="min-w-0 space-y-6" aria-label="Organisation settings">
      <FailureSection values={values} set={set} errors={errors} readOnly={readOnly} />
      <DataSection values={values} set={set} errors={errors} readOnly={readOnly} />
      <RateLimitSection values={values} set={set} errors={errors} readOnly={readOnly} />
      <IdentitySection values={values} set={set} errors={errors} readOnly={readOnly} secretSet={secretSet} />
      {readOnly ? null : (
        <div className="sticky bottom-0 z-10 space-y-3 rounded-xl border border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:px-5">
          {general ? <Alert tone="error">{general}</Alert> : null}
          {notice ? <Alert tone="success">{notice}</Alert> : null}
          <div className="flex flex-wrap items-center justify-end gap-3">
            <p className="mr-auto text-sm text-slate-600" aria-live="polite">
              {dirty ? 'You have unsaved changes.' : 'No unsaved changes.'}
            </p>
            <Button
              variant="secondary"
              disabled={!dirty || update.isPending}
              onClick={() => {
                setValues(saved);
                setErrors({});
                setGeneral(null);
              }}
            >
              Discard changes
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!dirty}>
              Save settings
            </Button>
          </div>
        </div>
      )}
    </form>
  );
}
