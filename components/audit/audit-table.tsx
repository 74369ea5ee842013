'use client';

import { Fragment, useState, type ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { cn, focusRing } from '@/components/ui/cn';
import { DescriptionList } from '@/components/ui/description-list';
import { AlertIcon, CheckCircleIcon, ChevronDownIcon } from '@/components/ui/icons';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { fullDateTime, relativeTime } from '@/lib/client/format';
import type { AuditEvent } from '@/lib/client/governance-types';
import { actionLabel, actionTone, actorTypeLabel } from './audit-actions';
import { CHAIN_LABELS, type ChainStatus } from './audit-chain';

const COLUMNS = 6;

function ChainBadge({ status }: { status: ChainStatus | undefined }) {
  if (!status) return <span className="text-xs text-slate-500">Checking…</span>;
  if (status === 'verified')
    return (
      <span className="inline-flex items-center gap-1 text-xs text-emerald-800">
        <CheckCircleIcon className="size-4" />
        {CHAIN_LABELS.verified}
      </span>
    );
  if (status === 'unchecked') return <span className="text-xs text-slate-500">{CHAIN_LABELS.unchecked}</span>;
  return (
    <span className="inline-flex items-center gap-1 text-xs font-medium text-red-700">
      <AlertIcon className="size-4" />
      {CHAIN_LABELS[status]}
    </span>
  );
}

function actorText(e: AuditEvent, people: Map<string, string>): { main: string; sub?: string } {
  if (e.actor.type === 'user' && e.actor.id) return { main: people.get(e.actor.id) ?? 'Former member', sub: people.has(e.actor.id) ? undefined : e.actor.id };
  return { main: actorTypeLabel(e.actor.type), sub: e.actor.id ?? undefined };
}

function Details({ e, people }: { e: AuditEvent; people: Map<string, string> }) {
  const actor = actorText(e, people);
  const items: [ReactNode, ReactNode][] = [
    ['Entry', `#${e.id}`],
    ['Time', `${fullDateTime(e.created_at)} (${e.created_at})`],
    ['Action', <code key="a" className="font-mono text-[13px]">{e.action}</code>],
    ['Actor', `${actorTypeLabel(e.actor.type)}: ${actor.main}${e.actor.id ? ` · ${e.actor.id}` : ''}`],
    ['Target', e.target ? `${e.target.type}${e.target.id ? `: ${e.target.id}` : ''}` : null],
    ['IP address', e.ip],
    ['User agent', e.user_agent],
  ];
  const hasDetails = Object.keys(e.details ?? {}).length > 0;
  return (
    <div className="space-y-4">
      <DescriptionList items={items} />
      <div className="min-w-0">
        <p className="text-xs font-medium text-slate-500">Details</p>
        {hasDetails ? (
          <pre className="mt-1 max-h-64 overflow-auto rounded-md bg-slate-50 p-3 font-mono text-xs text-slate-800 ring-1 ring-slate-200 ring-inset" tabIndex={0} aria-label={`Details of entry ${e.id}`}>
            {JSON.stringify(e.details, null, 2)}
          </pre>
        ) : (
          <p className="mt-1 text-sm text-slate-500">None recorded.</p>
        )}
      </div>
      <div className="grid gap-3 text-xs sm:grid-cols-2">
        <div className="min-w-0">
          <p className="font-medium text-slate-500">Hash</p>
          <code className="block font-mono break-all text-slate-700">{e.hash}</code>
        </div>
        <div className="min-w-0">
          <p className="font-medium text-slate-500">Previous entry’s hash</p>
          <code className="block font-mono break-all text-slate-700">{e.prev_hash}</code>
        </div>
      </div>
    </div>
  );
}

export function AuditTable({ events, chain, people, footer }: { events: AuditEvent[]; chain: Map<number, ChainStatus> | undefined; people: Map<string, string>; footer: ReactNode }) {
  const [open, setOpen] = useState<Set<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Table label="Audit entries" footer={footer}>
      <THead>
        <Th>When</Th>
        <Th>Action</Th>
        <Th>Actor</Th>
        <Th>Target</Th>
        <Th className="hidden xl:table-cell">Source</Th>
        <Th>Integrity</Th>
      </THead>
      <TBody>
        {events.map((e) => {
          const expanded = open.has(e.id);
          const actor = actorText(e, people);
          return (
            <Fragment key={e.id}>
              <tr data-testid="audit-row" className={expanded ? 'bg-slate-50' : undefined}>
                <Td className="whitespace-nowrap">
                  <button
                    type="button"
                    onClick={() => toggle(e.id)}
                    aria-expanded={expanded}
                    aria-controls={`audit-detail-${e.id}`}
                    className={cn('inline-flex items-center gap-1.5 rounded text-left text-slate-800 hover:text-indigo-700', focusRing)}
                  >
                    <ChevronDownIcon aria-hidden="true" className={cn('size-4 shrink-0 transition-transform', expanded ? 'rotate-0' : '-rotate-90')} />
                    <span title={fullDateTime(e.created_at)}>{relativeTime(e.created_at)}</span>
                    <span className="sr-only">{expanded ? ', hide details' : ', show details'}</span>
                  </button>
                </Td>
                <Td className="whitespace-nowrap">
                  <Badge tone={actionTone(e.action)}>{actionLabel(e.action)}</Badge>
                  <code className="mt-0.5 block font-mono text-xs text-slate-500">{e.action}</code>
                </Td>
                <Td className="max-w-44">
                  <span className="block truncate text-slate-900">{actor.main}</span>
                  <span className="block text-xs text-slate-500">{actorTypeLabel(e.actor.type)}</span>
                </Td>
                <Td className="max-w-40">
                  {e.target ? (
                    <>
                      <span className="block text-slate-900">{e.target.type}</span>
                      {e.target.id ? <code className="block truncate font-mono text-xs text-slate-500" title={e.target.id}>{e.target.id}</code> : null}
                    </>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </Td>
                <Td className="hidden max-w-48 xl:table-cell">
                  {e.ip || e.user_agent ? (
                    <>
                      {e.ip ? <span className="block font-mono text-xs text-slate-800">{e.ip}</span> : null}
                      {e.user_agent ? <span className="block truncate text-xs text-slate-500" title={e.user_agent}>{e.user_agent}</span> : null}
                    </>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </Td>
                <Td className="whitespace-nowrap">
                  <ChainBadge status={chain?.get(e.id)} />
                </Td>
              </tr>
              {expanded ? (
                <tr id={`audit-detail-${e.id}`} data-testid="audit-detail" className="bg-slate-50">
                  <td colSpan={COLUMNS} className="px-4 pt-1 pb-5">
                    <Details e={e} people={people} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </TBody>
    </Table>
  );
}
