'use client';

import Link from 'next/link';
import { useState } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { useCredentials, useKeys, useMe } from '@/lib/client/queries';
import { roleAtLeast } from '@/lib/client/roles';
import { useOrigin } from '@/lib/client/use-origin';
import { KeyPanel } from './key-panel';
import { contextFromCredentials } from './snippets';
import { SnippetsPanel } from './snippets-panel';
import { TestRequestPanel } from './test-request-panel';

export function GetStartedPage() {
  const me = useMe();
  const origin = useOrigin() || 'https://your-gateway.example.com';
  const credentials = useCredentials();
  const keys = useKeys(1, 0);
  // The full key lives only here, in memory, while the page is open.
  const [createdKey, setCreatedKey] = useState<string | null>(null);
  const context = contextFromCredentials(origin, credentials.data?.items ?? []);
  const noCredentials = credentials.data && credentials.data.items.length === 0;

  return (
    <>
      <PageHeader
        title="Get started"
        description={
          <>
            Send your agents’ calls through this gateway at <code className="font-mono text-[13px] break-all">{origin}/api/gateway</code>: create a key, change your SDK’s base URL, and try it right here.
          </>
        }
      />
      <div className="min-w-0 space-y-6">
        {noCredentials ? (
          <Alert tone="info" title="No provider credential yet">
            The gateway forwards calls with your organisation’s stored provider key.{' '}
            {roleAtLeast(me.data?.role, 'admin') ? (
              <>
                <Link href="/providers" className="font-medium underline">
                  Add one on the Providers page
                </Link>{' '}
                first, or send your own provider key per request (pass-through, see the docs).
              </>
            ) : (
              'Ask an admin to add one, or send your own provider key per request (pass-through).'
            )}
          </Alert>
        ) : null}
        <KeyPanel canCreate={roleAtLeast(me.data?.role, 'member')} keyCount={keys.data?.total} created={createdKey} onCreated={setCreatedKey} />
        <SnippetsPanel context={context} />
        <TestRequestPanel origin={origin} createdKey={createdKey} />
      </div>
    </>
  );
}
