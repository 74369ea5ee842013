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
import { useLog } from '@/lib/client/analytics-queries';
import { ApiError, errorMessage } from '@/lib/client/api';
import type { LogDetail } from '@/lib/client/analytics-types';
import { usdPrecise } from '@/lib/client/charts';
import { fullDateTime } from '@/lib/client/format';
import { DecisionBadge, StatusBadge } from './request-badges';
import { TimingBar } from './timing-bar';

const back = (
  <Link href="/logs" className={buttonClasses('secondary', 'sm')}>
    <ArrowLeftIcon className="size-4" />
    Request log
  </Link>
);

function Detail({ r }: { r: LogDetail }) {
  return (
    <div className="min-w-0 space-y-6">
      <div className="grid min-w-0 gap-6 lg:grid-cols-2">
        <Panel title="Request">
          <DescriptionList
            items={[
              ['Outcome', <StatusBadge key="s" status={r.status_code} errorCode={r.error_code} />],
              ['Gateway decision', <DecisionBadge key="d" decision={r.decision} />],
              ['Provider · model', `${r.provider} · ${r.model ?? 'unknown'}`],
              ['Endpoint', <code key="p" className="font-mono text-xs break-all">{`${r.method} ${r.path}`}</code>],
              ['Gateway key', r.api_key_name ? `${r.api_key_name} (${r.api_key})` : null],
              ['Streamed', r.stream ? 'Yes' : 'No'],
              ['Agent ID', r.agent_id],
              ['User ID', r.user_id ? `${r.user_id}${r.user_group ? ` (${r.user_group})` : ''}` : null],
              ['Request ID', <code key="id" className="font-mono text-xs break-all">{r.request_id}</code>],
              ['Received', fullDateTime(r.timestamp)],
            ]}
          />
        </Panel>
        <Panel title="Tokens and cost">
          <DescriptionList
            items={[
              ['Input tokens', r.prompt_tokens.toLocaleString('en')],
              ['Output tokens', r.completion_tokens.toLocaleString('en')],
              ['Cached input tokens', r.cached_tokens.toLocaleString('en')],
              ['Cache write tokens', r.cache_write_tokens.toLocaleString('en')],
              ['Cost', r.price_unknown ? <span key="c" className="text-amber-800">Unpriced: <Link href="/pricing" className="underline">set a price for {r.model}</Link></span> : usdPrecise(r.cost_usd)],
              ['Size in / out', `${r.request_size_bytes?.toLocaleString('en') ?? '—'} B / ${r.response_size_bytes?.toLocaleString('en') ?? '—'} B`],
            ]}
          />
        </Panel>
      </div>

      <Panel title="Timings" description="From the moment the gateway received the request to the last byte sent back">
        <TimingBar total={r.timings.total_ms} upstream={r.timings.upstream_ms} overhead={r.timings.overhead_ms} ttfb={r.timings.ttfb_ms} />
      </Panel>

      <Panel title={`Violations (${r.violations.length})`} description="What the guards and policies found in this request or its response">
        {r.violations.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing was detected.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="request-violations">
            {r.violations.map((v) => (
              <li key={v.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm first:pt-0 last:pb-0">
                <SeverityBadge severity={v.severity} />
                <Badge>{v.type}</Badge>
                <span className="text-slate-600">{v.direction} · {v.action}{v.shadow ? ' · shadow' : ''}</span>
                <Link href={`/violations/${v.id}`} className="min-w-0 basis-full break-words text-indigo-700 underline-offset-2 hover:underline sm:basis-0 sm:flex-1">
                  {v.description}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Panel>

      {r.approvals.length ? (
        <Panel title="Approval holds">
          <ul className="space-y-2 text-sm">
            {r.approvals.map((a) => (
              <li key={a.id}>
                <Badge tone={a.status === 'approved' || a.status === 'used' ? 'success' : a.status === 'denied' ? 'danger' : 'warning'}>{a.status}</Badge> <span className="text-slate-700">{a.kind === 'tool_call' ? 'Tool call' : 'Request'}: {a.reason}</span>
                {a.decision_note ? <span className="text-slate-500"> — “{a.decision_note}”</span> : null}
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}

      <Panel title="Prompt and response" description="Stored only when prompt storage is on, after masking, and deleted after the retention period">
        {r.prompt || r.response ? (
          <div className="space-y-4">
            {r.prompt ? <CodeBlock label="Prompt (masked)" code={r.prompt} /> : null}
            {r.response ? <CodeBlock label="Response (masked)" code={r.response} /> : null}
          </div>
        ) : (
          <p className="text-sm text-slate-600">
            Not stored for this request. Prompt storage is off by default; an admin can turn it on in <Link href="/settings" className="text-indigo-700 underline">Settings</Link>.
          </p>
        )}
      </Panel>

      {Object.keys(r.metadata).length ? <CodeBlock label="Metadata (X-Gateway-Metadata)" code={JSON.stringify(r.metadata, null, 2)} /> : null}
    </div>
  );
}

export function LogDetailPage({ id }: { id: string }) {
  const log = useLog(id);
  const notFound = log.error instanceof ApiError && log.error.status === 404;
  return (
    <>
      <PageHeader title="Request" description={log.data ? `${fullDateTime(log.data.timestamp)} · ${log.data.request_id}` : undefined} actions={back} />
      {notFound ? (
        <Alert tone="warning" title="No such request">
          It does not exist in this organisation. It may belong to another organisation, or the link is wrong.
        </Alert>
      ) : (
        <QueryState pending={log.isPending} error={log.error ? errorMessage(log.error) : null} errorTitle="Could not load this request" onRetry={() => void log.refetch()}>
          {() => <Detail r={log.data!} />}
        </QueryState>
      )}
    </>
  );
}
