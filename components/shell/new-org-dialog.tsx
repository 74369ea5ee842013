'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { ApiError, errorMessage } from '@/lib/client/api';
import { useCreateOrganization } from '@/lib/client/queries';
import { useSwitchOrg } from './use-switch-org';

/** Creates an organisation owned by the user and switches to it. */
export function NewOrgDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const create = useCreateOrganization();
  const { switchTo, pending: switching } = useSwitchOrg();
  const busy = create.isPending || switching;

  const close = () => {
    if (busy) return;
    setName('');
    setFieldError(undefined);
    create.reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setFieldError('Give the organisation a name.');
      return;
    }
    setFieldError(undefined);
    try {
      const org = await create.mutateAsync(name.trim());
      await switchTo(org.id, '/overview');
      setName('');
      create.reset();
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.field === 'name') setFieldError(error.fieldMessage);
    }
  };

  const generalError = create.error && !(create.error instanceof ApiError && create.error.field === 'name') ? errorMessage(create.error) : null;

  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!busy}
      title="New organisation"
      description="A separate workspace with its own keys, credentials and policies. You will be its owner."
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" form="new-org-form" loading={busy}>
            Create organisation
          </Button>
        </>
      }
    >
      <form id="new-org-form" onSubmit={submit} className="space-y-4" noValidate>
        <Field label="Organisation name" error={fieldError}>
          {(p) => <Input {...p} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoComplete="organization" autoFocus />}
        </Field>
        {generalError ? <Alert tone="error">{generalError}</Alert> : null}
      </form>
    </Dialog>
  );
}
