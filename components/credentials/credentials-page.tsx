'use client';

import { useState } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { PlugIcon, PlusIcon } from '@/components/ui/icons';
import { LoadingBlock } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/client/api';
import { useCredentials, useDeleteCredential, useMakeDefaultCredential, useMe } from '@/lib/client/queries';
import { roleAtLeast } from '@/lib/client/roles';
import type { ProviderCredential } from '@/lib/client/types';
import { isProviderId, PROVIDERS } from '@/lib/providers/catalog';
import { AddCredentialDialog } from './add-credential-dialog';
import { CredentialsList } from './credentials-list';

export function CredentialsPage() {
  const me = useMe();
  const canManage = roleAtLeast(me.data?.role, 'admin');
  const credentials = useCredentials();
  const [addOpen, setAddOpen] = useState(false);
  const [saved, setSaved] = useState<ProviderCredential | null>(null);
  const [deleting, setDeleting] = useState<ProviderCredential | null>(null);
  const remove = useDeleteCredential();
  const makeDefault = useMakeDefaultCredential();

  const addButton = canManage ? (
    <Button
      onClick={() => {
        setSaved(null);
        setAddOpen(true);
      }}
    >
      <PlusIcon className="size-4" />
      Add credential
    </Button>
  ) : null;

  let body;
  if (credentials.isPending) body = <LoadingBlock label="Loading credentials…" />;
  else if (credentials.error)
    body = (
      <Alert tone="error" title="Could not load provider credentials" action={<Button variant="secondary" size="sm" onClick={() => void credentials.refetch()}>Retry</Button>}>
        {errorMessage(credentials.error)}
      </Alert>
    );
  else if (credentials.data.items.length === 0)
    body = (
      <EmptyState icon={<PlugIcon className="size-6" />} title="No provider credentials yet" action={addButton}>
        {canManage
          ? 'Add your OpenAI, Anthropic, Azure, Bedrock, Vertex or other provider key. The gateway calls the provider with it, so your agents only ever hold a gateway key.'
          : 'An admin or owner of this organisation can add provider keys here. Until then, callers must send their own provider key.'}
      </EmptyState>
    );
  else
    body = (
      <CredentialsList
        items={credentials.data.items}
        canManage={canManage}
        onDelete={setDeleting}
        pendingDefaultId={makeDefault.isPending ? (makeDefault.variables ?? null) : null}
        onMakeDefault={(c) => makeDefault.mutate(c.id)}
      />
    );

  const providerName = (id: string) => (isProviderId(id) ? PROVIDERS[id].label : id);

  return (
    <>
      <PageHeader
        title="Providers"
        description="Credentials the gateway uses to call each provider on your behalf. They are encrypted at rest and never shown again after saving. The default credential of a provider is used unless a request names another."
        actions={credentials.data && credentials.data.items.length > 0 ? addButton : null}
      />
      <div className="space-y-4">
        {saved ? (
          <Alert tone="success" title={`${providerName(saved.provider)} credential "${saved.name}" saved`}>
            The secret is stored encrypted{saved.masked ? <> and is shown from now on only as <code className="font-mono">{saved.masked}</code></> : null}.
          </Alert>
        ) : null}
        {makeDefault.error ? <Alert tone="error">{errorMessage(makeDefault.error)}</Alert> : null}
        {!canManage && me.data ? <Alert tone="info">Your role ({me.data.role}) can view credentials but not add, change or delete them.</Alert> : null}
        {body}
      </div>

      <AddCredentialDialog
        open={addOpen}
        onClose={() => setAddOpen(false)}
        onSaved={(c) => {
          setAddOpen(false);
          setSaved(c);
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => {
          if (remove.isPending) return;
          remove.reset();
          setDeleting(null);
        }}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting.id);
            remove.reset();
            setDeleting(null);
            setSaved(null);
          } catch {
            // Shown in the dialog.
          }
        }}
        title="Delete this credential?"
        confirmLabel="Delete credential"
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
      >
        {deleting ? (
          <p>
            The {providerName(deleting.provider)} credential <span className="font-medium text-slate-900">{deleting.name}</span>
            {deleting.masked ? <> (<code className="font-mono">{deleting.masked}</code>)</> : null} is deleted for good.
            {deleting.is_default ? ' Another credential for this provider, if there is one, becomes the default.' : ''} Requests that rely on it will fail until you add another.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
