'use client';

import { useState } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CodeBlock } from '@/components/ui/code-block';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { PlusIcon, TerminalIcon } from '@/components/ui/icons';
import { SecretOnceDialog } from '@/components/ui/secret-once-dialog';
import { LoadingBlock } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/client/api';
import { useMe, useRevokeToken, useTokens } from '@/lib/client/queries';
import { roleAtLeast } from '@/lib/client/roles';
import type { ManagementToken } from '@/lib/client/types';
import { useOrigin } from '@/lib/client/use-origin';
import { CreateTokenDialog } from './create-token-dialog';
import { TokensTable } from './tokens-table';

export function TokensPage() {
  const me = useMe();
  const origin = useOrigin();
  const allowed = roleAtLeast(me.data?.role, 'admin');
  const tokens = useTokens(allowed);
  const [createOpen, setCreateOpen] = useState(false);
  const [secret, setSecret] = useState<{ token: string; name: string } | null>(null);
  const [revoking, setRevoking] = useState<ManagementToken | null>(null);
  const revoke = useRevokeToken();

  if (me.isPending) return <LoadingBlock />;
  if (me.data && !allowed) {
    return (
      <>
        <PageHeader title="API tokens" />
        <Alert tone="info" title="Admins only">
          API tokens can only be seen and created by admins and owners of this organisation. Your role is {me.data.role}.
        </Alert>
      </>
    );
  }

  const createButton = (
    <Button onClick={() => setCreateOpen(true)}>
      <PlusIcon className="size-4" />
      Create token
    </Button>
  );

  let body;
  if (tokens.isPending) body = <LoadingBlock label="Loading tokens…" />;
  else if (tokens.error)
    body = (
      <Alert tone="error" title="Could not load API tokens" action={<Button variant="secondary" size="sm" onClick={() => void tokens.refetch()}>Retry</Button>}>
        {errorMessage(tokens.error)}
      </Alert>
    );
  else if (tokens.data.items.length === 0)
    body = (
      <EmptyState icon={<TerminalIcon className="size-6" />} title="No API tokens yet" action={createButton}>
        Create one for each script or pipeline that manages this organisation, so each can be revoked on its own.
      </EmptyState>
    );
  else body = <TokensTable items={tokens.data.items} onRevoke={setRevoking} />;

  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Management API tokens let scripts and CI manage this organisation (keys, credentials, policies) without a browser session. Send one as{' '}
            <code className="font-mono text-[13px]">Authorization: Bearer gw_mgmt_…</code>. They do not work on the gateway itself: agents use gateway keys.
          </>
        }
        actions={tokens.data && tokens.data.items.length > 0 ? createButton : null}
      />
      <div className="space-y-6">
        {body}
        <CodeBlock label="Example: list gateway keys" code={`curl ${origin || 'https://your-gateway.example.com'}/api/v1/keys \\\n  -H "Authorization: Bearer $GATEWAY_MGMT_TOKEN"`} />
      </div>

      <CreateTokenDialog
        open={createOpen}
        myRole={me.data?.role}
        onClose={() => setCreateOpen(false)}
        onCreated={(token, created) => {
          setCreateOpen(false);
          setSecret({ token, name: created.name });
        }}
      />
      <SecretOnceDialog secret={secret?.token ?? null} title={secret ? `Token "${secret.name}" created` : 'Token created'} label="Your API token" onClose={() => setSecret(null)} />
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
            // Shown in the dialog.
          }
        }}
        title="Revoke this token?"
        confirmLabel="Revoke token"
        pending={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : null}
      >
        {revoking ? (
          <p>
            <span className="font-medium text-slate-900">{revoking.name}</span> (<code className="font-mono">{revoking.masked}</code>) stops working at once. Scripts using it will get 401 errors. This cannot be undone.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
