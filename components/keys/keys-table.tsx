'use client';

import { Button } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { describeBudget, describeLimits, fullDateTime, relativeTime, shortDate } from '@/lib/client/format';
import type { GatewayKey, Page } from '@/lib/client/types';
import { KeyStatusBadge } from './key-status-badge';

const MAX_MODELS_SHOWN = 2;

function Models({ models }: { models: string[] }) {
  if (!models.length) return <span className="text-slate-500">All models</span>;
  const shown = models.slice(0, MAX_MODELS_SHOWN);
  const more = models.length - shown.length;
  return (
    <span className="flex flex-wrap gap-1" title={models.join(', ')}>
      {shown.map((m) => (
        <code key={m} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">
          {m}
        </code>
      ))}
      {more > 0 ? <span className="text-xs text-slate-500">+{more} more</span> : null}
    </span>
  );
}

/** Rate limits and budget in one cell, one line each. */
function Limits({ k }: { k: GatewayKey }) {
  const rate = describeLimits(k.rate_limit_rpm, k.rate_limit_tpm);
  const budget = describeBudget(k.budget_usd_daily, k.budget_usd_monthly);
  if (!rate && !budget) return <span className="text-slate-500">None</span>;
  return (
    <>
      {rate ? <span className="block">{rate}</span> : null}
      {budget ? <span className="block">{budget}</span> : null}
    </>
  );
}

export function KeysTable({ page, canManage, onRevoke, onPage }: { page: Page<GatewayKey>; canManage: boolean; onRevoke: (key: GatewayKey) => void; onPage: (offset: number) => void }) {
  return (
    <Table
      label="Gateway keys"
      footer={<Pagination label="Gateway key pages" offset={page.offset} limit={page.limit} count={page.items.length} total={page.total} onChange={onPage} />}
    >
      <THead>
        <Th>Name</Th>
        <Th>Key</Th>
        <Th>Status</Th>
        <Th>Models</Th>
        <Th>Limits</Th>
        <Th>Last used</Th>
        <Th>Created</Th>
        {canManage ? (
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        ) : null}
      </THead>
      <TBody>
        {page.items.map((key) => (
          <tr key={key.id} data-testid="key-row" className={key.status === 'active' ? undefined : 'bg-slate-50/60'}>
            <Td className="font-medium whitespace-nowrap text-slate-900">{key.name}</Td>
            <Td className="whitespace-nowrap">
              <code className="font-mono text-[13px] text-slate-800" data-testid="key-masked">
                {key.masked}
              </code>
            </Td>
            <Td className="whitespace-nowrap">
              <KeyStatusBadge status={key.status} />
              {key.expires_at && key.status === 'active' ? <p className="mt-1 text-xs text-slate-500">Expires {shortDate(key.expires_at)}</p> : null}
            </Td>
            <Td className="min-w-36">
              <Models models={key.models ?? []} />
            </Td>
            <Td className="whitespace-nowrap">
              <Limits k={key} />
            </Td>
            <Td className="whitespace-nowrap">
              <time dateTime={key.last_used_at ?? undefined} title={fullDateTime(key.last_used_at)}>
                {relativeTime(key.last_used_at)}
              </time>
            </Td>
            <Td className="whitespace-nowrap">
              <time dateTime={key.created_at} title={fullDateTime(key.created_at)}>
                {shortDate(key.created_at)}
              </time>
            </Td>
            {canManage ? (
              <Td className="text-right whitespace-nowrap">
                {key.status === 'active' ? (
                  <Button variant="ghostDanger" size="sm" onClick={() => onRevoke(key)}>
                    Revoke<span className="sr-only"> {key.name}</span>
                  </Button>
                ) : null}
              </Td>
            ) : null}
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
