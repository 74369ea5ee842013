'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { useAddMember } from '@/lib/client/admin-queries';
import { ApiError, errorMessage } from '@/lib/client/api';
import { grantableRoles, ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from '@/lib/client/roles';

const FORM_ID = 'add-member-form';

/** Adds a person by e-mail: at once if they have an account, else as an invitation they accept by signing up. */
export function AddMemberDialog({ open, onClose, myRole, onAdded }: { open: boolean; onClose: () => void; myRole: Role | undefined; onAdded: (message: string) => void }) {
  const add = useAddMember();
  const roles = grantableRoles(myRole);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [errors, setErrors] = useState<{ email?: string; role?: string }>({});
  const [general, setGeneral] = useState<string | null>(null);

  const close = () => {
    if (add.isPending) return;
    add.reset();
    setEmail('');
    setErrors({});
    setGeneral(null);
    onClose();
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setGeneral(null);
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) return setErrors({ email: 'Enter an e-mail address such as ada@example.com.' });
    setErrors({});
    try {
      const result = await add.mutateAsync({ email: email.trim(), role });
      onAdded(result.member ? `${result.member.name} (${result.member.email}) joined as ${ROLE_LABELS[result.member.role]}.` : `${email.trim()} has no account yet: they join as ${ROLE_LABELS[role]} when they sign up with this address.`);
      add.reset();
      setEmail('');
      onClose();
    } catch (error) {
      if (error instanceof ApiError && (error.field === 'email' || error.field === 'role')) setErrors({ [error.field]: error.fieldMessage });
      else setGeneral(errorMessage(error));
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!add.isPending}
      title="Add a member"
      description="Someone who already has an account joins at once. Anyone else is invited and joins when they sign up with this e-mail address."
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={add.isPending}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} loading={add.isPending}>
            Add member
          </Button>
        </>
      }
    >
      <form id={FORM_ID} onSubmit={submit} className="space-y-5" noValidate>
        <Field label="E-mail" error={errors.email}>
          {(p) => <Input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" autoFocus />}
        </Field>
        <Field label="Role" error={errors.role} hint="You can give at most your own role.">
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
        {general ? <Alert tone="error">{general}</Alert> : null}
      </form>
    </Dialog>
  );
}
