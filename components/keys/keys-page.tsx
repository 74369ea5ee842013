'use client';

import { useState } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { KeyIcon, PlusIcon } from '@/components/ui/icons';
import { SecretOnceDialog } from '@/components/ui/secret-once-dialog';
import { LoadingBlock } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/client/api';
import { useKeys, useMe, useRevokeKey } from '@/lib/client/queries';
import { roleAtLeast } from '@/lib/client/roles';
import type { GatewayKey } from '@/lib/client/types';
import { CreateKeyDialog } from './create-key-dialog';
import { KeysTable } from './keys-table';

const PAGE_SIZE = 20;

export function KeysPage() {
  const me = useMe();
  const canManage = roleAtLeast(me.data?.role, 'member');
  const [offset, setOffset] = useState(0);
  const keys = useKeys(PAGE_SIZE, offset);
  const [createOpen, setCreateOpen] = useState(false);
  // The one place the full key lives, only while the copy-once dialog is open.
  const [secret, setSecret] = useState<{ key: string; name: string } | null>(null);
  const [revoking, setRevoking] = useState<GatewayKey | null>(null);
  const revoke = useRevokeKey();

  const createButton = canManage ? (
    <Button onClick={() => setCreateOpen(true)}>
      <PlusIcon className="size-4" />
      Create key
    </Button>
  ) : null;

  let body;
  if (keys.isPending) body = <LoadingBlock label="Loading keys…" />;
  else if (keys.error)
    body = (
      <Alert tone="error" title="Could not load gateway keys" action={<Button variant="secondary" size="sm" onClick={() => void keys.refetch()}>Retry</Button>}>
        {errorMessage(keys.error)}
      </Alert>
    );
  else if (keys.data.total === 0)
    body = (
      <EmptyState icon={<KeyIcon className="size-6" />} title="No gateway keys yet" action={createButton}>
        {canManage
          ? 'Create a key for each agent or service. It authenticates calls to the gateway, and can carry its own model list, rate limits and budget.'
          : 'Gateway keys authenticate your agents to the gateway. Ask a member, admin or owner of this organisation to create one.'}
      </EmptyState>
    );
  else body = <KeysTable page={keys.data} canManage={canManage} onRevoke={setRevoking} onPage={setOffset} />;

  return (
    <>
      <PageHeader
        title="Gateway keys"
        description={
          <>
            Your agents call <code className="font-mono text-[13px]">/api/gateway/&lt;provider&gt;</code> with one of these keys instead of the provider&apos;s key. Only the last four characters are kept for display.
          </>
        }
        actions={keys.data && keys.data.total > 0 ? createButton : null}
      />
      {!canManage && me.data ? (
        <Alert tone="info" className="mb-6">
          Your role ({me.data.role}) can view keys but not create or revoke them.
        </Alert>
      ) : null}
      {body}

      <CreateKeyDialog
        open={createOpen}
        onClose={() => setCreateOpen(false)}
        onCreated={(key, created) => {
          setCreateOpen(false);
          setOffset(0);
          setSecret({ key, name: created.name });
        }}
      />
      <SecretOnceDialog
        secret={secret?.key ?? null}
        title={secret ? `Key "${secret.name}" created` : 'Key created'}
        label="Your gateway key"
        onClose={() => setSecret(null)}
      />
      <ConfirmDialog
        open={revoking !== null}
        onClose={() => {
          if (revoke.isPending) return;
          revoke.reset();
          setRevoking(null);
        }}
        onConfirm={async () => {
          if (!revoking) return;
          try {
            await revoke.mutateAsync(revoking.id);
            revoke.reset();
            setRevoking(null);
          } catch {
            // Shown in the dialog from revoke.error.
          }
        }}
        title="Revoke this key?"
        confirmLabel="Revoke key"
        pending={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : null}
      >
        {revoking ? (
          <p>
            <span className="font-medium text-slate-900">{revoking.name}</span> (<code className="font-mono">{revoking.masked}</code>) stops working within seconds, everywhere. Anything still using it will get 401 errors. This cannot be undone.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
