'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ArrowLeftIcon, TrashIcon } from '@/components/ui/icons';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { LoadingBlock } from '@/components/ui/spinner';
import { ApiError, errorMessage } from '@/lib/client/api';
import { fullDateTime } from '@/lib/client/format';
import type { Policy } from '@/lib/client/governance-types';
import { draftFromPolicy, isPolicyKind, KIND_INFO, newDraft } from '@/lib/client/policy-form';
import { useDeletePolicy, usePolicy } from '@/lib/client/policy-queries';
import { useMe } from '@/lib/client/queries';
import { roleAtLeast } from '@/lib/client/roles';
import { PolicyEditor } from './policy-editor';
import { EnabledBadge, kindLabel, ModeBadge } from './policies-table';
import { PolicyVersions } from './policy-versions';

function BackLink() {
  return (
    <Link href="/policies" className="mb-4 inline-flex items-center gap-1.5 rounded text-sm text-slate-600 hover:text-slate-900">
      <ArrowLeftIcon className="size-4" /> All policies
    </Link>
  );
}

/** /policies/new: an empty policy of the kind in `?kind=` (a content rule by default). */
export function NewPolicyPage() {
  const me = useMe();
  const router = useRouter();
  const kindParam = useSearchParams().get('kind');
  const kind = isPolicyKind(kindParam) ? kindParam : 'content_rule';
  if (me.isPending) return <LoadingBlock label="Loading…" />;
  const canManage = roleAtLeast(me.data?.role, 'admin');
  return (
    <>
      <BackLink />
      <PageHeader title="New policy" description={`${KIND_INFO[kind].label}: ${KIND_INFO[kind].description.toLowerCase()}. Change the kind below, or write the policy as JSON.`} />
      {canManage ? (
        <Panel title="Definition">
          <PolicyEditor initial={newDraft(kind)} readOnly={false} onSaved={(p) => router.push(`/policies/${p.id}?saved=created`)} />
        </Panel>
      ) : (
        <Alert tone="info">Your role ({me.data?.role ?? 'unknown'}) cannot create policies. Ask an admin or owner of this organisation.</Alert>
      )}
    </>
  );
}

/** /policies/{id}: the policy, its editor (read-only below admin), its versions, and delete. */
export function EditPolicyPage({ id }: { id: string }) {
  const me = useMe();
  const router = useRouter();
  const saved = useSearchParams().get('saved');
  const canManage = roleAtLeast(me.data?.role, 'admin');
  const policy = usePolicy(id);
  const remove = useDeletePolicy();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(saved === 'created' ? 'Policy created. It applies on every gateway instance within moments.' : null);

  const notFound = policy.error instanceof ApiError && policy.error.status === 404;
  return (
    <>
      <BackLink />
      <QueryState pending={policy.isPending} error={policy.error ? (notFound ? 'This policy does not exist or was deleted.' : errorMessage(policy.error)) : null} errorTitle="Could not load the policy" onRetry={() => void policy.refetch()}>
        {() => {
          const p = policy.data as Policy;
          return (
            <>
              <PageHeader
                title={p.name}
                description={
                  <span className="flex flex-wrap items-center gap-2">
                    <span>{kindLabel(p.kind)}</span>
                    <span aria-hidden="true">·</span>
                    <span data-testid="policy-version">Version {p.version}</span>
                    <ModeBadge mode={p.mode} />
                    <EnabledBadge active={p.is_active} />
                    <span className="text-slate-500">Updated {fullDateTime(p.updated_at)}</span>
                  </span>
                }
                actions={
                  <>
                    <Link href="/policies/playground" className={buttonClasses('secondary')}>
                      Test in playground
                    </Link>
                    {canManage ? (
                      <Button variant="secondary" className="text-red-700" onClick={() => setConfirming(true)}>
                        <TrashIcon className="size-4" /> Delete
                      </Button>
                    ) : null}
                  </>
                }
              />
              {!canManage && me.data ? (
                <Alert tone="info" className="mb-6">
                  Your role ({me.data.role}) can view this policy but not change it.
                </Alert>
              ) : null}
              {notice ? (
                <Alert tone="success" className="mb-6">
                  {notice}
                </Alert>
              ) : null}
              <div className="grid min-w-0 gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
                <Panel title="Definition">
                  <PolicyEditor key={`${p.id}:${p.version}`} initial={draftFromPolicy(p)} policyId={p.id} readOnly={!canManage} onSaved={(s) => setNotice(`Saved as version ${s.version}.`)} />
                </Panel>
                <PolicyVersions policy={p} canManage={canManage} onRestored={(s, from) => setNotice(`Version ${from} restored as version ${s.version}.`)} />
              </div>
              <ConfirmDialog
                open={confirming}
                onClose={() => {
                  if (remove.isPending) return;
                  remove.reset();
                  setConfirming(false);
                }}
                onConfirm={async () => {
                  try {
                    await remove.mutateAsync(p.id);
                    router.push('/policies');
                  } catch {
                    // Shown in the dialog from remove.error.
                  }
                }}
                title="Delete this policy?"
                confirmLabel="Delete policy"
                pending={remove.isPending}
                error={remove.error ? errorMessage(remove.error) : null}
              >
                <p>
                  <span className="font-medium text-slate-900">{p.name}</span> stops applying on every gateway instance within moments. Its version history stays readable in the audit trail. To pause it instead, switch it off.
                </p>
              </ConfirmDialog>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
