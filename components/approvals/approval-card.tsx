'use client';

import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DescriptionList } from '@/components/ui/description-list';
import { Textarea } from '@/components/ui/input';
import { fullDateTime, relativeTime } from '@/lib/client/format';
import type { Approval } from '@/lib/client/governance-types';

/** One held request or tool call with what a reviewer needs to decide, and the decision buttons. */
export function ApprovalCard({ approval, canDecide, pending, error, onDecide }: { approval: Approval; canDecide: boolean; pending: 'approve' | 'deny' | null; error: string | null; onDecide: (decision: 'approve' | 'deny', note: string) => void }) {
  const [note, setNote] = useState('');
  const noteId = useId();
  const c = approval.context;
  const isTool = approval.kind === 'tool_call';
  const preview = isTool ? c.arguments_preview : c.preview;
  return (
    <article aria-label={`${isTool ? 'Tool call' : 'Request'} waiting for approval`} data-testid="approval-card" className="min-w-0 rounded-xl bg-white shadow-sm ring-1 ring-amber-300">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-4 py-3 sm:px-5">
        <Badge tone="warning" dot>
          Waiting
        </Badge>
        <h3 className="text-sm font-semibold text-slate-900">{isTool ? `Tool call: ${c.tool ?? 'unknown tool'}` : `Request to ${c.provider ?? 'a provider'}${c.model ? ` · ${c.model}` : ''}`}</h3>
        <span className="ml-auto text-xs text-slate-600">
          held {relativeTime(approval.created_at)} · <span title={fullDateTime(approval.expires_at)}>expires {relativeTime(approval.expires_at)}</span>
        </span>
      </header>
      <div className="space-y-4 px-4 py-4 sm:px-5">
        {approval.reason ? <p className="text-sm text-slate-800">{approval.reason}</p> : null}
        <DescriptionList
          items={[
            ['Provider · model', [c.provider, c.model].filter(Boolean).join(' · ') || null],
            ['Agent · user', [c.agent_id, c.user_id].filter(Boolean).join(' · ') || null],
            ['Policies', c.policies?.map((p) => p.name).join(', ') || null],
            ['Request ID', approval.request_id ? <code key="r" className="font-mono text-xs break-all">{approval.request_id}</code> : null],
          ]}
        />
        {preview ? (
          <div>
            <p className="text-xs font-medium text-slate-500">{isTool ? 'Arguments (redacted)' : 'Last user message (redacted)'}</p>
            <pre tabIndex={0} aria-label="Preview" className="mt-1 max-h-40 overflow-auto rounded-md bg-slate-50 p-3 font-mono text-xs whitespace-pre-wrap text-slate-800 ring-1 ring-slate-200">
              {preview}
            </pre>
          </div>
        ) : null}
        {canDecide ? (
          <div className="space-y-2">
            <label htmlFor={noteId} className="block text-xs font-medium text-slate-700">
              Note for the audit trail <span className="font-normal text-slate-500">(optional)</span>
            </label>
            <Textarea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} className="min-h-16" maxLength={1000} />
            {error ? <Alert tone="error">{error}</Alert> : null}
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => onDecide('approve', note)} loading={pending === 'approve'} disabled={pending !== null}>
                Approve
              </Button>
              <Button variant="danger" onClick={() => onDecide('deny', note)} loading={pending === 'deny'} disabled={pending !== null}>
                Deny
              </Button>
            </div>
          </div>
        ) : (
          <p className="text-sm text-slate-600">An admin or owner of this organisation decides.</p>
        )}
      </div>
    </article>
  );
}
