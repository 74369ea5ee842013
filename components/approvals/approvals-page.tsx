'use client';

import { useState } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { ClockIcon } from '@/components/ui/icons';
import { Pagination } from '@/components/ui/pagination';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { Segmented } from '@/components/ui/segmented';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { errorMessage } from '@/lib/client/api';
import { fullDateTime, relativeTime } from '@/lib/client/format';
import { useApprovals, useDecideApproval } from '@/lib/client/governance-queries';
import type { ApprovalStatus } from '@/lib/client/governance-types';
import { useMe } from '@/lib/client/queries';
import { roleAtLeast } from '@/lib/client/roles';
import { ApprovalCard } from './approval-card';

const HISTORY: { id: ApprovalStatus | 'all'; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'approved', label: 'Approved' },
  { id: 'used', label: 'Used' },
  { id: 'denied', label: 'Denied' },
  { id: 'expired', label: 'Expired' },
];
const TONE: Record<ApprovalStatus, 'success' | 'danger' | 'warning' | 'neutral' | 'accent'> = { pending: 'warning', approved: 'success', used: 'accent', denied: 'danger', expired: 'neutral' };

export function ApprovalsPage() {
  const me = useMe();
  const canDecide = roleAtLeast(me.data?.role, 'admin');
  const waiting = useApprovals('pending', 50, 0);
  const [historyStatus, setHistoryStatus] = useState<ApprovalStatus | 'all'>('all');
  const [offset, setOffset] = useState(0);
  const history = useApprovals(historyStatus === 'all' ? undefined : historyStatus, 20, offset);
  const decide = useDecideApproval();
  const [done, setDone] = useState<{ id: string; decision: 'approve' | 'deny' } | null>(null);

  return (
    <>
      <PageHeader
        title="Approvals"
        description="Requests and tool calls that a policy holds for a person to decide. Once approved, the caller sends the same request again with X-Gateway-Approval-Id and that one request goes through."
      />
      <div className="min-w-0 space-y-6">
        {done ? (
          <Alert tone={done.decision === 'approve' ? 'success' : 'info'} title={done.decision === 'approve' ? 'Approved' : 'Denied'}>
            {done.decision === 'approve' ? (
              <>
                The caller can now retry with <code className="font-mono">X-Gateway-Approval-Id: {done.id}</code>.
              </>
            ) : (
              'A retry with this approval id is refused.'
            )}
          </Alert>
        ) : null}
        <section aria-labelledby="waiting-heading" className="space-y-3">
          <h2 id="waiting-heading" className="text-sm font-semibold text-slate-700">
            Waiting for a decision {waiting.data ? <span className="font-normal text-slate-500">({waiting.data.total})</span> : null}
          </h2>
          <QueryState pending={waiting.isPending} error={waiting.error ? errorMessage(waiting.error) : null} errorTitle="Could not load waiting approvals" onRetry={() => void waiting.refetch()}>
            {() =>
              waiting.data!.items.length === 0 ? (
                <EmptyState icon={<ClockIcon className="size-6" />} title="Nothing is waiting">
                  Holds appear here when a policy with the action “hold” matches a request or a tool call. This page checks for new ones every few seconds.
                </EmptyState>
              ) : (
                <div className="grid min-w-0 gap-4 xl:grid-cols-2">
                  {waiting.data!.items.map((a) => (
                    <ApprovalCard
                      key={a.id}
                      approval={a}
                      canDecide={canDecide}
                      pending={decide.isPending && decide.variables?.id === a.id ? decide.variables.decision : null}
                      error={decide.error && decide.variables?.id === a.id ? errorMessage(decide.error) : null}
                      onDecide={(decision, note) =>
                        decide.mutate(
                          { id: a.id, decision, note },
                          {
                            onSuccess: () => setDone({ id: a.id, decision }),
                          },
                        )
                      }
                    />
                  ))}
                </div>
              )
            }
          </QueryState>
        </section>

        <Panel
          title="History"
          description="Decided, used and expired holds, newest first"
          actions={
            <Segmented
              label="Show"
              value={historyStatus}
              options={HISTORY}
              onChange={(s) => {
                setHistoryStatus(s);
                setOffset(0);
              }}
              size="xs"
            />
          }
          bodyClassName="p-0 sm:p-0"
        >
          <QueryState pending={history.isPending} error={history.error ? errorMessage(history.error) : null} errorTitle="Could not load the history" onRetry={() => void history.refetch()}>
            {() => {
              const items = history.data!.items.filter((a) => historyStatus !== 'all' || a.status !== 'pending');
              if (items.length === 0) return <p className="px-5 py-8 text-center text-sm text-slate-600">No decided holds yet.</p>;
              return (
                <Table label="Approval history" footer={<Pagination label="History pages" offset={history.data!.offset} limit={history.data!.limit} count={history.data!.items.length} total={history.data!.total} onChange={setOffset} />}>
                  <THead>
                    <Th>Held</Th>
                    <Th>What</Th>
                    <Th>Status</Th>
                    <Th>Decided</Th>
                    <Th>Note</Th>
                  </THead>
                  <TBody>
                    {items.map((a) => (
                      <tr key={a.id} data-testid="approval-history-row">
                        <Td className="whitespace-nowrap" title={fullDateTime(a.created_at)}>
                          {relativeTime(a.created_at)}
                        </Td>
                        <Td className="min-w-56">
                          <span className="font-medium text-slate-900">{a.kind === 'tool_call' ? `Tool call: ${a.context.tool ?? ''}` : `Request: ${a.context.model ?? a.context.provider ?? ''}`}</span>
                          {a.reason ? <span className="block text-xs text-slate-500">{a.reason}</span> : null}
                        </Td>
                        <Td>
                          <Badge tone={TONE[a.status]}>{a.status}</Badge>
                        </Td>
                        <Td className="whitespace-nowrap">{a.decided_at ? fullDateTime(a.decided_at) : '—'}</Td>
                        <Td className="min-w-40 text-slate-600">{a.decision_note ?? '—'}</Td>
                      </tr>
                    ))}
                  </TBody>
                </Table>
              );
            }}
          </QueryState>
        </Panel>
      </div>
    </>
  );
}
