'use client';

import Link from 'next/link';
import { useState } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PlusIcon, ScaleIcon } from '@/components/ui/icons';
import { QueryState } from '@/components/ui/query-state';
import { errorMessage } from '@/lib/client/api';
import type { Policy } from '@/lib/client/governance-types';
import { useMe } from '@/lib/client/queries';
import { usePolicies, useSwitchPolicy, type PolicySwitch } from '@/lib/client/policy-queries';
import { roleAtLeast } from '@/lib/client/roles';
import { PoliciesTable } from './policies-table';

export function PoliciesPage() {
  const me = useMe();
  const canManage = roleAtLeast(me.data?.role, 'admin');
  const policies = usePolicies();
  const toggle = useSwitchPolicy();
  const [switchError, setSwitchError] = useState<string | null>(null);

  const onSwitch = (policy: Policy, patch: PolicySwitch) => {
    setSwitchError(null);
    toggle.mutate({ id: policy.id, patch }, { onError: (error) => setSwitchError(`${policy.name}: ${errorMessage(error)}`) });
  };

  const newButton = canManage ? (
    <Link href="/policies/new" className={buttonClasses('primary')}>
      <PlusIcon className="size-4" />
      New policy
    </Link>
  ) : null;

  return (
    <>
      <PageHeader
        title="Policies"
        description="Rules every request and response through the gateway is checked against: which models, how much spend, what content, which tool calls, and what to do with personal data and prompt injection. Lower priority numbers run first."
        actions={
          <>
            <Link href="/policies/playground" className={buttonClasses('secondary')}>
              Open playground
            </Link>
            {policies.data && policies.data.total > 0 ? newButton : null}
          </>
        }
      />
      {!canManage && me.data ? (
        <Alert tone="info" className="mb-6">
          Your role ({me.data.role}) can view policies and use the playground, but only admins and owners can change policies.
        </Alert>
      ) : null}
      {switchError ? (
        <Alert tone="error" title="The change was not saved" className="mb-6">
          {switchError}
        </Alert>
      ) : null}
      <QueryState pending={policies.isPending} error={policies.error ? errorMessage(policies.error) : null} errorTitle="Could not load policies" onRetry={() => void policies.refetch()} loadingLabel="Loading policies…">
        {() =>
          policies.data && policies.data.total > 0 ? (
            <PoliciesTable policies={policies.data.items} canManage={canManage} onSwitch={onSwitch} busyId={toggle.isPending ? (toggle.variables?.id ?? null) : null} />
          ) : (
            <EmptyState icon={<ScaleIcon className="size-6" />} title="No policies yet" action={newButton}>
              {canManage
                ? 'Traffic passes through unchecked. Create a policy to allow only some models, cap spend, redact or block content, gate tool calls, or act on prompt injection. Start it in shadow mode to see what it would do first.'
                : 'Traffic passes through unchecked. Ask an admin or owner of this organisation to create a policy.'}
            </EmptyState>
          )
        }
      </QueryState>
    </>
  );
}
