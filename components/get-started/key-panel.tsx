'use client';

import { useState, type FormEvent } from 'react';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Panel } from '@/components/ui/panel';
import { ApiError, errorMessage } from '@/lib/client/api';
import { useCreateKey } from '@/lib/client/queries';

/**
 * Step 1: a gateway key. Members create one here (shown once, kept only in this page's memory for
 * the test request); anyone can paste an existing one instead. Snippets never contain it.
 */
export function KeyPanel({ canCreate, keyCount, created, onCreated }: { canCreate: boolean; keyCount: number | undefined; created: string | null; onCreated: (key: string) => void }) {
  const [name, setName] = useState('get-started');
  const [error, setError] = useState<string | null>(null);
  const create = useCreateKey((key) => onCreated(key));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!name.trim()) return setError('Give the key a name.');
    try {
      await create.mutateAsync({ name: name.trim(), environment: 'test' });
      create.reset();
    } catch (e) {
      setError(e instanceof ApiError && e.field === 'name' ? e.fieldMessage : errorMessage(e));
    }
  };

  return (
    <Panel title="1. A gateway key" description="Your code sends it where the SDK expects the provider’s key. The snippets read it from the GATEWAY_KEY environment variable.">
      {created ? (
        <div className="space-y-3">
          <Alert tone="warning" title="Copy your key now: it is not shown again">
            Only its last four characters are kept for display. It stays on this page until you leave it, for the test request below.
          </Alert>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
            <code data-testid="new-key" className="block min-w-0 flex-1 rounded-md bg-slate-100 px-3 py-2.5 font-mono text-sm break-all text-slate-900 ring-1 ring-slate-200 ring-inset select-all">
              export GATEWAY_KEY={created}
            </code>
            <CopyButton value={`export GATEWAY_KEY=${created}`} label="Copy" what="export line with the new key" size="md" variant="primary" />
          </div>
        </div>
      ) : canCreate ? (
        <form onSubmit={submit} noValidate className="space-y-3">
          <p className="text-sm text-slate-600">
            {keyCount ? `Your organisation has ${keyCount} key${keyCount === 1 ? '' : 's'}; their full values were shown only once. Paste one into the test below, or create a new test key here.` : 'Create a test key (gw_test_…) to try the gateway. You can add limits and budgets to keys later on the Gateway keys page.'}
          </p>
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <div className="sm:w-72">
              <Field label="Key name" error={error ?? undefined}>
                {(p) => <Input {...p} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoComplete="off" />}
              </Field>
            </div>
            <Button type="submit" loading={create.isPending} className={error ? 'sm:mb-7' : undefined}>
              Create test key
            </Button>
          </div>
        </form>
      ) : (
        <p className="text-sm text-slate-600">
          Your role cannot create keys. Ask a member, admin or owner for one, or see the <Link href="/keys" className="font-medium text-indigo-700 underline">Gateway keys</Link> page. Paste it into the test below.
        </p>
      )}
    </Panel>
  );
}
