'use client';

import { useState } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PlusIcon } from '@/components/ui/icons';
import { Select } from '@/components/ui/input';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { useChangeRole, useMembers, useRemoveMember, useRevokeInvitation } from '@/lib/client/admin-queries';
import { errorMessage } from '@/lib/client/api';
import { fullDateTime, relativeTime, shortDate } from '@/lib/client/format';
import type { Member } from '@/lib/client/governance-types';
import { useMe } from '@/lib/client/queries';
import { grantableRoles, roleAtLeast, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from '@/lib/client/roles';
import { AddMemberDialog } from './add-member-dialog';

export function MembersPage() {
  const me = useMe();
  const myRole = me.data?.role;
  const canManage = roleAtLeast(myRole, 'admin') && me.data?.via === 'session';
  const members = useMembers();
  const change = useChangeRole();
  const remove = useRemoveMember();
  const revoke = useRevokeInvitation();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const mayTouch = (m: Member) => canManage && (m.role !== 'owner' || myRole === 'owner');

  return (
    <>
      <PageHeader
        title="Members"
        description="People who can sign in to this organisation, and what each may do. An organisation always keeps at least one owner."
        actions={
          canManage ? (
            <Button onClick={() => setAdding(true)}>
              <PlusIcon className="size-4" />
              Add member
            </Button>
          ) : null
        }
      />
      <div className="min-w-0 space-y-6">
        {!canManage && me.data ? <Alert tone="info">Your role ({ROLE_LABELS[me.data.role]}) can see the members but not change them. Admins and owners manage members.</Alert> : null}
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {change.error ? <Alert tone="error" title="The role was not changed">{errorMessage(change.error)}</Alert> : null}

        <QueryState pending={members.isPending} error={members.error ? errorMessage(members.error) : null} errorTitle="Could not load members" onRetry={() => void members.refetch()}>
          {() => (
            <>
              <Table label="Members">
                <THead>
                  <Th>Name</Th>
                  <Th>Role</Th>
                  <Th>Joined</Th>
                  <Th>Last sign-in</Th>
                  {canManage ? (
                    <Th>
                      <span className="sr-only">Actions</span>
                    </Th>
                  ) : null}
                </THead>
                <TBody>
                  {members.data!.items.map((m) => (
                    <tr key={m.user_id} data-testid="member-row">
                      <Td className="whitespace-nowrap">
                        <span className="font-medium text-slate-900">{m.name}</span>
                        {m.user_id === me.data?.user?.id ? <Badge className="ml-2">You</Badge> : null}
                        <span className="block text-xs text-slate-500">{m.email}</span>
                      </Td>
                      <Td className="whitespace-nowrap">
                        {mayTouch(m) ? (
                          <Select
                            aria-label={`Role of ${m.name}`}
                            value={m.role}
                            disabled={change.isPending}
                            onChange={(e) => {
                              setNotice(null);
                              change.mutate({ userId: m.user_id, role: e.target.value as Role }, { onSuccess: (r) => setNotice(`${r.name} is now ${ROLE_LABELS[r.role]}.`) });
                            }}
                            className="h-8 w-32"
                          >
                            {ROLES.filter((r) => grantableRoles(myRole).includes(r) || r === m.role).map((r) => (
                              <option key={r} value={r}>
                                {ROLE_LABELS[r]}
                              </option>
                            ))}
                          </Select>
                        ) : (
                          <Badge tone={m.role === 'owner' ? 'accent' : 'neutral'}>{ROLE_LABELS[m.role]}</Badge>
                        )}
                      </Td>
                      <Td className="whitespace-nowrap">{shortDate(m.joined_at)}</Td>
                      <Td className="whitespace-nowrap" title={fullDateTime(m.last_sign_in_at)}>
                        {relativeTime(m.last_sign_in_at)}
                      </Td>
                      {canManage ? (
                        <Td className="text-right whitespace-nowrap">
                          {mayTouch(m) ? (
                            <Button variant="ghostDanger" size="sm" onClick={() => setRemoving(m)}>
                              Remove<span className="sr-only"> {m.name}</span>
                            </Button>
                          ) : null}
                        </Td>
                      ) : null}
                    </tr>
                  ))}
                </TBody>
              </Table>

              {members.data!.invitations.length > 0 ? (
                <Panel title="Invitations" description="Waiting for these addresses to sign up">
                  <ul className="divide-y divide-slate-100">
                    {members.data!.invitations.map((i) => (
                      <li key={i.id} data-testid="invitation-row" className="flex flex-wrap items-center gap-3 py-2 text-sm first:pt-0 last:pb-0">
                        <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{i.email}</span>
                        <Badge>{ROLE_LABELS[i.role]}</Badge>
                        <span className="text-xs text-slate-500">invited {relativeTime(i.invited_at)}</span>
                        {canManage ? (
                          <Button variant="ghostDanger" size="sm" loading={revoke.isPending && revoke.variables === i.id} onClick={() => revoke.mutate(i.id)}>
                            Withdraw<span className="sr-only"> invitation for {i.email}</span>
                          </Button>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </Panel>
              ) : null}
            </>
          )}
        </QueryState>

        <Panel title="What each role may do">
          <ul className="grid gap-2 text-sm sm:grid-cols-2">
            {ROLES.map((r) => (
              <li key={r}>
                <span className="font-medium text-slate-900">{ROLE_LABELS[r]}</span> <span className="text-slate-600">— {ROLE_DESCRIPTIONS[r]}</span>
              </li>
            ))}
          </ul>
        </Panel>
      </div>

      <AddMemberDialog open={adding} onClose={() => setAdding(false)} myRole={myRole} onAdded={setNotice} />
      <ConfirmDialog
        open={removing !== null}
        onClose={() => {
          if (remove.isPending) return;
          remove.reset();
          setRemoving(null);
        }}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.user_id, {
            onSuccess: (r) => {
              setNotice(`${r.name} was removed.`);
              remove.reset();
              setRemoving(null);
            },
          })
        }
        title="Remove this member?"
        confirmLabel="Remove member"
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
      >
        {removing ? (
          <p>
            <span className="font-medium text-slate-900">{removing.name}</span> ({removing.email}) loses access to this organisation at once. Their keys and the audit trail stay.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
