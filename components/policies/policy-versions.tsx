'use client';

import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { CodeBlock } from '@/components/ui/code-block';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { cn, focusRing } from '@/components/ui/cn';
import { Alert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/client/api';
import { fullDateTime, relativeTime } from '@/lib/client/format';
import type { Policy, PolicyBody } from '@/lib/client/governance-types';
import { draftToJson, pickBody } from '@/lib/client/policy-form';
import { usePolicyVersions, useSavePolicy } from '@/lib/client/policy-queries';

/** Every saved version, newest first; an admin can bring an older one back (as a new version). */
export function PolicyVersions({ policy, canManage, onRestored }: { policy: Policy; canManage: boolean; onRestored: (saved: Policy, from: number) => void }) {
  const versions = usePolicyVersions(policy.id);
  const save = useSavePolicy();
  const [restoring, setRestoring] = useState<number | null>(null);
  return (
    <Panel title="Version history" description={`Currently version ${policy.version}. Every save adds a version.`} testId="policy-versions" className="self-start">
      {save.error ? <Alert tone="error" title="Could not restore" className="mb-4">{errorMessage(save.error)}</Alert> : null}
      <QueryState pending={versions.isPending} error={versions.error ? errorMessage(versions.error) : null} errorTitle="Could not load versions" onRetry={() => void versions.refetch()}>
        {() => (
          <ol className="divide-y divide-slate-100">
            {versions.data?.items.map((v) => (
              <li key={v.version} className="py-3 first:pt-0 last:pb-0">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-medium text-slate-900">Version {v.version}</span>
                    {v.version === policy.version ? <Badge tone="accent">current</Badge> : null}
                    {v.deleted ? <Badge tone="danger">deleted</Badge> : null}
                    <time dateTime={v.created_at} title={fullDateTime(v.created_at)} className="text-slate-500">
                      {relativeTime(v.created_at)}
                    </time>
                  </p>
                  {canManage && v.version !== policy.version && !v.deleted ? (
                    <Button
                      variant="secondary"
                      size="sm"
                      loading={save.isPending && restoring === v.version}
                      onClick={async () => {
                        setRestoring(v.version);
                        try {
                          const saved = await save.mutateAsync({ id: policy.id, body: pickBody(v.policy as unknown as Record<string, unknown>) as Partial<PolicyBody> });
                          onRestored(saved, v.version);
                        } catch {
                          // Shown above from save.error.
                        }
                      }}
                    >
                      Restore version {v.version}
                    </Button>
                  ) : null}
                </div>
                <details className="group mt-2">
                  <summary className={cn('cursor-pointer rounded text-sm text-indigo-700 select-none', focusRing)}>Show version {v.version} as JSON</summary>
                  <div className="mt-2">
                    <CodeBlock code={draftToJson(v.policy as unknown as Record<string, unknown>)} label={`Version ${v.version}`} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </Panel>
  );
}
