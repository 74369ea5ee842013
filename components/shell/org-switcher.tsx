'use client';

import { useId } from 'react';
import { BuildingIcon } from '@/components/ui/icons';
import { Select } from '@/components/ui/input';
import { ROLE_LABELS } from '@/lib/client/roles';
import type { Me } from '@/lib/client/types';
import { useSwitchOrg } from './use-switch-org';

/** The active organisation: a select when the user belongs to several, else just its name. */
export function OrgSwitcher({ me }: { me: Me }) {
  const id = useId();
  const { switchTo, pending } = useSwitchOrg();
  if (me.organizations.length <= 1) {
    return (
      <p className="flex min-w-0 items-center gap-2 text-sm" data-testid="org-name">
        <BuildingIcon className="size-4 shrink-0 text-slate-400" />
        <span className="sr-only">Organisation: </span>
        <span className="truncate font-medium text-slate-900">{me.organization.name}</span>
      </p>
    );
  }
  return (
    <div className="flex min-w-0 items-center gap-2">
      <BuildingIcon className="size-4 shrink-0 text-slate-400" />
      <label htmlFor={id} className="sr-only">
        Organisation
      </label>
      <Select id={id} value={me.organization.id} disabled={pending} aria-busy={pending || undefined} onChange={(e) => void switchTo(e.target.value)} className="h-9 max-w-64 min-w-40">
        {me.organizations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name} ({ROLE_LABELS[org.role]})
          </option>
        ))}
      </Select>
    </div>
  );
}
