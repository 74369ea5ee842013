'use client';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { fullDateTime, relativeTime, shortDate } from '@/lib/client/format';
import { ROLE_LABELS } from '@/lib/client/roles';
import type { ManagementToken } from '@/lib/client/types';
import { tokenStatus } from '@/lib/client/format';

const STATUS = {
  active: { tone: 'success', label: 'Active' },
  revoked: { tone: 'danger', label: 'Revoked' },
  expired: { tone: 'warning', label: 'Expired' },
} as const;

export function TokensTable({ items, onRevoke }: { items: ManagementToken[]; onRevoke: (t: ManagementToken) => void }) {
  return (
    <Table label="API tokens">
      <THead>
        <Th>Name</Th>
        <Th>Token</Th>
        <Th>Role</Th>
        <Th>Status</Th>
        <Th>Last used</Th>
        <Th>Created</Th>
        <Th>
          <span className="sr-only">Actions</span>
        </Th>
      </THead>
      <TBody>
        {items.map((t) => {
          const status = tokenStatus(t);
          return (
            <tr key={t.id} data-testid="token-row">
              <Td className="font-medium whitespace-nowrap text-slate-900">{t.name}</Td>
              <Td className="whitespace-nowrap">
                <code className="font-mono text-[13px] text-slate-800">{t.masked}</code>
              </Td>
              <Td className="whitespace-nowrap">{ROLE_LABELS[t.role] ?? t.role}</Td>
              <Td className="whitespace-nowrap">
                <Badge tone={STATUS[status].tone} dot>
                  {STATUS[status].label}
                </Badge>
              </Td>
              <Td className="whitespace-nowrap">
                <time dateTime={t.last_used_at ?? undefined} title={fullDateTime(t.last_used_at)}>
                  {relativeTime(t.last_used_at)}
                </time>
              </Td>
              <Td className="whitespace-nowrap">
                <time dateTime={t.created_at} title={fullDateTime(t.created_at)}>
                  {shortDate(t.created_at)}
                </time>
              </Td>
              <Td className="text-right whitespace-nowrap">
                {status === 'active' ? (
                  <Button variant="ghostDanger" size="sm" onClick={() => onRevoke(t)}>
                    Revoke<span className="sr-only"> {t.name}</span>
                  </Button>
                ) : null}
              </Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
