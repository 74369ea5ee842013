'use client';

import { useEffect, useMemo, useState } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { ScrollIcon } from '@/components/ui/icons';
import { Select } from '@/components/ui/input';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { LoadingBlock } from '@/components/ui/spinner';
import { useAudit, useMembers } from '@/lib/client/admin-queries';
import { errorMessage } from '@/lib/client/api';
import type { AuditEvent } from '@/lib/client/governance-types';
import { useMe } from '@/lib/client/queries';
import { roleAtLeast, ROLE_LABELS } from '@/lib/client/roles';
import { AUDIT_ACTION_GROUPS } from './audit-actions';
import { verifyPage, webCryptoSha256, type ChainStatus } from './audit-chain';
import { AuditTable } from './audit-table';

const PAGE_SIZE = 50;

export function AuditPage() {
  const me = useMe();
  const allowed = roleAtLeast(me.data?.role, 'admin');
  const [action, setAction] = useState('');
  const [offset, setOffset] = useState(0);
  const audit = useAudit(action || undefined, PAGE_SIZE, offset, allowed);
  const members = useMembers();
  const chain = useChainStatus(audit.data?.items, me.data?.organization.id, !action);

  const people = useMemo(() => new Map((members.data?.items ?? []).map((m) => [m.user_id, `${m.name} (${m.email})`])), [members.data]);

  if (me.isPending) return <LoadingBlock />;
  if (me.data && !allowed)
    return (
      <>
        <PageHeader title="Audit trail" />
        <Alert tone="info" title="Admins only">
          The audit trail can be read by admins and owners of this organisation. Your role is {ROLE_LABELS[me.data.role]}.
        </Alert>
      </>
    );

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change to this organisation and every request the gateway refused, newest first. Each entry carries a hash of its content and of the entry before it, so an edited or removed entry shows up; this page checks the hashes of what it shows."
      />
      <div className="min-w-0 space-y-4">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="sm:w-80">
            <label htmlFor="audit-action" className="block text-sm font-medium text-slate-800">
              Action
            </label>
            <Select
              id="audit-action"
              className="mt-1.5"
              value={action}
              onChange={(e) => {
                setAction(e.target.value);
                setOffset(0);
              }}
            >
              <option value="">All actions</option>
              {AUDIT_ACTION_GROUPS.map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {g.actions.map(([id, label]) => (
                    <option key={id} value={id}>
                      {label} ({id})
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          </div>
          {chain.summary ? (
            <p className="text-sm text-slate-600 sm:pb-2.5" role="status" data-testid="chain-summary">
              {chain.summary}
            </p>
          ) : null}
        </div>
        <QueryState pending={audit.isPending} error={audit.error ? errorMessage(audit.error) : null} errorTitle="Could not load the audit trail" onRetry={() => void audit.refetch()} loadingLabel="Loading the audit trail…">
          {() =>
            audit.data!.total === 0 ? (
              <EmptyState icon={<ScrollIcon className="size-6" />} title={action ? 'No entries for this action' : 'No audit entries yet'}>
                {action
                  ? 'Nothing of this kind has happened in this organisation. Choose “All actions” to see everything.'
                  : 'Entries appear here as soon as someone creates a key, changes a setting or a policy, or the gateway refuses a request.'}
              </EmptyState>
            ) : (
              <AuditTable
                events={audit.data!.items}
                chain={chain.status}
                people={people}
                footer={<Pagination label="Audit trail pages" offset={offset} limit={PAGE_SIZE} count={audit.data!.items.length} total={audit.data!.total} onChange={setOffset} />}
              />
            )
          }
        </QueryState>
      </div>
    </>
  );
}

/** Verifies the shown page's hashes in the background; the table shows "checking" until done. */
function useChainStatus(events: AuditEvent[] | undefined, orgId: string | undefined, contiguous: boolean) {
  const [result, setResult] = useState<{ for: AuditEvent[]; status: Map<number, ChainStatus> } | null>(null);
  useEffect(() => {
    if (!events || !orgId) return;
    let cancelled = false;
    void verifyPage(events, orgId, webCryptoSha256(), contiguous).then((status) => {
      if (!cancelled) setResult({ for: events, status });
    });
    return () => {
      cancelled = true;
    };
  }, [events, orgId, contiguous]);
  const status = result && result.for === events ? result.status : undefined;
  let summary: string | null = null;
  if (status && status.size) {
    const values = [...status.values()];
    const bad = values.filter((s) => s === 'mismatch' || s === 'broken_link').length;
    if (values.every((s) => s === 'unchecked')) summary = 'Hashes not checked: this browser offers Web Crypto only over HTTPS. Run npm run audit:verify on the server.';
    else if (bad) summary = `${bad} of ${values.length} entries on this page do not match their hash. Run npm run audit:verify on the server to find the first altered entry.`;
    else if (values.length === 1) summary = 'The entry on this page matches its hash.';
    else summary = `All ${values.length} entries on this page match their hashes${contiguous ? ' and link to each other' : ''}.`;
  }
  return { status, summary };
}
