'use client';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { describeMetadata, groupByProvider } from '@/lib/client/credential-form';
import { shortDate, fullDateTime } from '@/lib/client/format';
import type { ProviderCredential } from '@/lib/client/types';
import { useOrigin } from '@/lib/client/use-origin';
import { isProviderId, PROVIDERS } from '@/lib/providers/catalog';

const KIND_LABELS: Record<string, string> = { api_key: 'API key', azure: 'Azure API key', aws: 'AWS access key', vertex: 'Service account', custom: 'Custom endpoint' };

function providerLabel(provider: string): string {
  return isProviderId(provider) ? PROVIDERS[provider].label : provider;
}

export function CredentialsList({
  items,
  canManage,
  onMakeDefault,
  onDelete,
  pendingDefaultId,
}: {
  items: ProviderCredential[];
  canManage: boolean;
  onMakeDefault: (c: ProviderCredential) => void;
  onDelete: (c: ProviderCredential) => void;
  pendingDefaultId: string | null;
}) {
  const origin = useOrigin();
  return (
    <div className="space-y-6">
      {groupByProvider(items).map(([provider, credentials]) => (
        <section key={provider} aria-labelledby={`provider-${provider}`} className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200" data-testid={`provider-group-${provider}`}>
          <header className="flex flex-col gap-2 border-b border-slate-200 bg-slate-50 px-5 py-3 sm:flex-row sm:items-center sm:justify-between">
            <h2 id={`provider-${provider}`} className="text-sm font-semibold text-slate-900">
              {providerLabel(provider)} <span className="font-normal text-slate-500">· {credentials.length} credential{credentials.length === 1 ? '' : 's'}</span>
            </h2>
            <div className="flex min-w-0 items-center gap-2 text-xs text-slate-600">
              <span className="shrink-0">Gateway URL</span>
              <code className="min-w-0 truncate font-mono text-slate-800">{`${origin}/api/gateway/${provider}`}</code>
              <CopyButton value={`${origin}/api/gateway/${provider}`} what={`${providerLabel(provider)} gateway URL`} />
            </div>
          </header>
          <ul className="divide-y divide-slate-100">
            {credentials.map((c) => {
              const details = describeMetadata(c.metadata);
              return (
                <li key={c.id} className="flex flex-col gap-3 px-5 py-4 md:flex-row md:items-start" data-testid="credential-row">
                  <div className="min-w-0 flex-1 space-y-1.5">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium text-slate-900">{c.name}</span>
                      {c.is_default ? <Badge tone="accent">Default</Badge> : null}
                      <span className="text-sm text-slate-500">{KIND_LABELS[c.kind] ?? c.kind}</span>
                      {c.masked ? (
                        <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800" data-testid="credential-masked">
                          <span className="sr-only">ending in </span>
                          {c.masked}
                        </code>
                      ) : null}
                    </div>
                    {details.length ? (
                      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
                        {details.map((d) => (
                          <div key={d.label} className="flex min-w-0 gap-1.5">
                            <dt className="text-slate-500">{d.label}</dt>
                            <dd className="min-w-0 font-mono text-[13px] break-all text-slate-800">{d.value}</dd>
                          </div>
                        ))}
                      </dl>
                    ) : null}
                    <p className="text-xs text-slate-500">
                      Added <time dateTime={c.created_at} title={fullDateTime(c.created_at)}>{shortDate(c.created_at)}</time>
                    </p>
                  </div>
                  {canManage ? (
                    <div className="flex shrink-0 gap-2">
                      {!c.is_default ? (
                        <Button variant="secondary" size="sm" onClick={() => onMakeDefault(c)} loading={pendingDefaultId === c.id}>
                          Make default<span className="sr-only"> for {providerLabel(provider)}: {c.name}</span>
                        </Button>
                      ) : null}
                      <Button variant="ghostDanger" size="sm" onClick={() => onDelete(c)}>
                        Delete<span className="sr-only"> {providerLabel(provider)} credential {c.name}</span>
                      </Button>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
