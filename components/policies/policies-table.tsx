'use client';

import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { fullDateTime, relativeTime } from '@/lib/client/format';
import type { Policy } from '@/lib/client/governance-types';
import { describePolicy, describeScope, isPolicyKind, KIND_INFO } from '@/lib/client/policy-form';
import type { PolicySwitch } from '@/lib/client/policy-queries';
import { Switch } from './switch';

export function ModeBadge({ mode }: { mode: string }) {
  return mode === 'shadow' ? <Badge tone="warning" dot>Shadow</Badge> : <Badge tone="accent" dot>Enforce</Badge>;
}

export function EnabledBadge({ active }: { active: boolean }) {
  return active ? <Badge tone="success" dot>Enabled</Badge> : <Badge dot>Disabled</Badge>;
}

export function kindLabel(kind: string): string {
  return isPolicyKind(kind) ? KIND_INFO[kind].label : kind;
}

/** The organisation's policies by priority; admins flip Enabled and Shadow right in the row. */
export function PoliciesTable({ policies, canManage, onSwitch, busyId }: { policies: Policy[]; canManage: boolean; onSwitch: (policy: Policy, patch: PolicySwitch) => void; busyId: string | null }) {
  return (
    <Table label="Policies">
      <THead>
        <Th>Name</Th>
        <Th>Kind · action</Th>
        <Th>Applies to</Th>
        <Th>Priority</Th>
        <Th>Mode</Th>
        <Th>Enabled</Th>
        <Th>Version</Th>
      </THead>
      <TBody>
        {policies.map((p) => (
          <tr key={p.id} data-testid="policy-row" className={p.is_active ? undefined : 'bg-slate-50/60'}>
            <Td className="min-w-48">
              <Link href={`/policies/${p.id}`} className="font-medium text-indigo-700 underline-offset-2 hover:underline">
                {p.name}
              </Link>
              <p className="mt-0.5 line-clamp-2 max-w-sm text-xs break-words text-slate-500">{describePolicy(p)}</p>
            </Td>
            <Td className="whitespace-nowrap">
              <span className="block">{kindLabel(p.kind)}</span>
              <code className="font-mono text-xs text-slate-600">{p.action}</code>
            </Td>
            <Td className="min-w-28 text-xs">{describeScope(p.scope)}</Td>
            <Td className="tabular-nums">{p.priority}</Td>
            <Td className="whitespace-nowrap">
              {canManage ? (
                <Switch label={`Shadow mode for ${p.name}`} hideLabel stateLabels={['Shadow', 'Enforce']} checked={p.mode === 'shadow'} disabled={busyId === p.id} onChange={(v) => onSwitch(p, { mode: v ? 'shadow' : 'enforce' })} />
              ) : (
                <ModeBadge mode={p.mode} />
              )}
            </Td>
            <Td className="whitespace-nowrap">
              {canManage ? (
                <Switch label={`Enabled: ${p.name}`} hideLabel stateLabels={['Enabled', 'Disabled']} checked={p.is_active} disabled={busyId === p.id} onChange={(v) => onSwitch(p, { is_active: v })} />
              ) : (
                <EnabledBadge active={p.is_active} />
              )}
            </Td>
            <Td className="whitespace-nowrap">
              <span className="block tabular-nums">v{p.version}</span>
              <time dateTime={p.updated_at} title={`Updated ${fullDateTime(p.updated_at)}`} className="text-xs text-slate-500">
                <span className="sr-only">updated </span>
                {relativeTime(p.updated_at)}
              </time>
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
