'use client';

import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { CodeBlock } from '@/components/ui/code-block';
import { DescriptionList } from '@/components/ui/description-list';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { SeverityBadge } from '@/components/ui/severity-badge';
import { useLogs } from '@/lib/client/analytics-queries';
import { ApiError, errorMessage } from '@/lib/client/api';
import { fullDateTime } from '@/lib/client/format';
import { usePolicy, useViolation } from '@/lib/client/governance-queries';
import type { ViolationDetail } from '@/lib/client/governance-types';
import { typeLabel } from '@/lib/client/violation-filters';

function Source({ v }: { v: ViolationDetail }) {
  const policy = usePolicy(v.policy_id ?? undefined);
  if (v.policy_id) {
    const name = policy.data?.name ?? (policy.error instanceof ApiError && policy.error.status === 404 ? 'a deleted policy' : 'policy');
    return (
      <span>
        Policy{' '}
        <Link href={`/policies/${v.policy_id}`} className="text-indigo-700 underline">
          {name}
        </Link>
        {v.model_version ? <span className="text-slate-500"> ({v.model_version})</span> : null}
      </span>
    );
  }
  return (
    <span>
      Detector <code className="font-mono text-xs">{v.detector ?? 'unknown'}</code>
      {v.model_version ? <span className="text-slate-500"> ({v.model_version})</span> : null}
    </span>
  );
}

function RequestLink({ requestId }: { requestId: string | null }) {
  const logs = useLogs({ request_id: requestId ?? undefined }, undefined, 5);
  if (!requestId) return <span className="text-slate-400">—</span>;
  const row = logs.data?.items[0];
  return (
    <span className="break-all">
      {row ? (
        <Link href={`/logs/${row.id}`} className="font-mono text-xs text-indigo-700 underline">
          {requestId}
        </Link>
      ) : (
        <code className="font-mono text-xs">{requestId}</code>
      )}
      {logs.data && !row ? <span className="block text-xs text-slate-500">The request row is not written yet or was not recorded.</span> : null}
    </span>
  );
}

function Detail({ v }: { v: ViolationDetail }) {
  const preview = v.redacted_payload.original_prompt_preview;
  return (
    <div className="min-w-0 space-y-6">
      <Panel title="What was found">
        <DescriptionList
          items={[
            ['Severity', <SeverityBadge key="s" severity={v.severity} />],
            ['Type', typeLabel(v.type)],
            ['Description', v.description],
            ['Where', v.direction === 'response' ? 'In the response from the provider' : 'In the request (prompt or tool result)'],
            ['Action taken', <span key="a" className="flex flex-wrap gap-1.5"><Badge tone={v.auto_blocked ? 'danger' : 'neutral'}>{v.action}</Badge>{v.auto_blocked ? <Badge tone="danger">blocked automatically</Badge> : null}{v.shadow ? <Badge>shadow mode: nothing was changed</Badge> : null}</span>],
            ['Fired by', <Source key="src" v={v} />],
            ['Request', <RequestLink key="r" requestId={v.usage_log_id} />],
            ['Agent · user', [v.agent_id, v.user_id].filter(Boolean).join(' · ') || null],
            ['Detected', fullDateTime(v.detected_at)],
          ]}
        />
      </Panel>
      <Panel title="Redacted preview" description="The text around the finding with every detected value replaced; the original value is never stored">
        {preview ? <CodeBlock label="Preview" code={preview} /> : <p className="text-sm text-slate-600">This finding has no text preview (for example a budget, rate-limit or model rule).</p>}
        {v.redacted_payload.entities_found.length ? (
          <ul className="mt-4 flex flex-wrap gap-2" aria-label="Entities found">
            {v.redacted_payload.entities_found.map((e, i) => (
              <li key={i}>
                <Badge tone="accent">
                  {e.type} · {Math.round(e.confidence * 100)}% confidence
                </Badge>
              </li>
            ))}
          </ul>
        ) : null}
      </Panel>
    </div>
  );
}

export function ViolationDetailPage({ id }: { id: string }) {
  const v = useViolation(id);
  const missing = v.error instanceof ApiError && v.error.status === 404;
  return (
    <>
      <PageHeader
        title={v.data ? typeLabel(v.data.type) : 'Violation'}
        description={v.data ? `${fullDateTime(v.data.detected_at)} · ${v.data.description}` : undefined}
        actions={
          <Link href="/violations" className={buttonClasses('secondary', 'sm')}>
            <ArrowLeftIcon className="size-4" />
            Violations
          </Link>
        }
      />
      {missing ? (
        <Alert tone="warning" title="No such violation">
          It does not exist in this organisation, or the link is wrong.
        </Alert>
      ) : (
        <QueryState pending={v.isPending} error={v.error ? errorMessage(v.error) : null} errorTitle="Could not load this violation" onRetry={() => void v.refetch()}>
          {() => <Detail v={v.data!} />}
        </QueryState>
      )}
    </>
  );
}
