'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { ApiError, errorMessage } from '@/lib/client/api';
import { useCreateToken } from '@/lib/client/queries';
import { grantableRoles, ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from '@/lib/client/roles';
import type { ManagementToken } from '@/lib/client/types';

const FORM_ID = 'create-token-form';

function TokenForm({ roles, onSubmit, errors }: { roles: Role[]; onSubmit: (name: string, role: Role) => void; errors: { name?: string; role?: string } }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(roles.includes('admin') ? 'admin' : roles[roles.length - 1]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(name, role);
  };
  return (
    <form id={FORM_ID} onSubmit={submit} className="space-y-5" noValidate>
      <Field label="Name" error={errors.name} hint="Where it is used, e.g. github-actions or terraform.">
        {(p) => <Input {...p} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoComplete="off" autoFocus />}
      </Field>
      <Field label="Role" error={errors.role} hint="A token can never have more power than you do.">
        {(p) => (
          <Select {...p} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}: {ROLE_DESCRIPTIONS[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </form>
  );
}

export function CreateTokenDialog({ open, onClose, myRole, onCreated }: { open: boolean; onClose: () => void; myRole: Role | undefined; onCreated: (token: string, created: ManagementToken) => void }) {
  const create = useCreateToken(onCreated);
  const [errors, setErrors] = useState<{ name?: string; role?: string }>({});
  const [generalError, setGeneralError] = useState<string | null>(null);

  const close = () => {
    if (create.isPending) return;
    create.reset();
    setErrors({});
    setGeneralError(null);
    onClose();
  };

  const submit = async (name: string, role: Role) => {
    setGeneralError(null);
    if (!name.trim()) {
      setErrors({ name: 'Give the token a name.' });
      return;
    }
    setErrors({});
    try {
      await create.mutateAsync({ name: name.trim(), role });
      create.reset();
    } catch (error) {
      if (error instanceof ApiError && (error.field === 'name' || error.field === 'role')) setErrors({ [error.field]: error.fieldMessage });
      else setGeneralError(errorMessage(error));
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!create.isPending}
      title="Create an API token"
      description="For scripts and CI that manage this organisation through the management API. You will see the token once."
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} loading={create.isPending}>
            Create token
          </Button>
        </>
      }
    >
      <div className="space-y-5">
        {generalError ? <Alert tone="error">{generalError}</Alert> : null}
        <TokenForm roles={grantableRoles(myRole)} errors={errors} onSubmit={(n, r) => void submit(n, r)} />
      </div>
    </Dialog>
  );
}
