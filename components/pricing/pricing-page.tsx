'use client';

import { useMemo, useState } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { PlusIcon, TagIcon } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { Panel } from '@/components/ui/panel';
import { QueryState } from '@/components/ui/query-state';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { useDeletePrice, usePrices } from '@/lib/client/admin-queries';
import { errorMessage } from '@/lib/client/api';
import { relativeTime, fullDateTime } from '@/lib/client/format';
import type { PriceOverride } from '@/lib/client/governance-types';
import { useMe } from '@/lib/client/queries';
import { roleAtLeast, ROLE_LABELS } from '@/lib/client/roles';
import { isProviderId, PROVIDERS } from '@/lib/providers/catalog';
import { listPrice } from '@/lib/usage/prices';
import { PriceDialog } from './price-dialog';
import { builtInRows, EMPTY_PRICE_FORM, formForModel, overrideToForm, perMillion, usualProvider, type PriceFormValues } from './price-form';

const providerLabel = (id: string) => (isProviderId(id) ? PROVIDERS[id].label : id);

export function PricingPage() {
  const me = useMe();
  const canEdit = roleAtLeast(me.data?.role, 'admin');
  const prices = usePrices();
  const remove = useDeletePrice();
  const [dialog, setDialog] = useState<{ initial: PriceFormValues; editing: boolean } | null>(null);
  const [removing, setRemoving] = useState<PriceOverride | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const addButton = canEdit ? (
    <Button onClick={() => setDialog({ initial: EMPTY_PRICE_FORM, editing: false })}>
      <PlusIcon className="size-4" />
      Add override
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Pricing"
        description="The prices the gateway meters spend with, in US dollars per million tokens: the built-in list prices, and your organisation’s overrides (negotiated rates, fine-tuned or self-hosted models). A model with no price is recorded with unknown cost, never as free."
        actions={addButton}
      />
      <div className="min-w-0 space-y-6">
        {me.data && !canEdit ? <Alert tone="info">Your role ({ROLE_LABELS[me.data.role]}) can see prices but not change them. Admins and owners set price overrides.</Alert> : null}
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        <QueryState pending={prices.isPending} error={prices.error ? errorMessage(prices.error) : null} errorTitle="Could not load prices" onRetry={() => void prices.refetch()} loadingLabel="Loading prices…">
          {() => (
            <>
              {prices.data!.unpriced.length > 0 ? (
                <Alert tone="warning" title="Models called without a price in the last 30 days">
                  <p>Their spend shows as unknown until you set a price.</p>
                  <ul className="mt-2 space-y-1.5">
                    {prices.data!.unpriced.map((u) => (
                      <li key={`${u.provider}/${u.model}`} className="flex flex-wrap items-center gap-2">
                        <code className="font-mono break-all">{u.model}</code>
                        <span>
                          via {providerLabel(u.provider)}, {u.requests.toLocaleString('en-US')} request{u.requests === 1 ? '' : 's'}
                        </span>
                        {canEdit ? (
                          <Button size="sm" variant="secondary" onClick={() => setDialog({ initial: formForModel(u.provider, u.model), editing: false })}>
                            Set price<span className="sr-only"> for {u.model}</span>
                          </Button>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </Alert>
              ) : null}
              <OverridesTable items={prices.data!.items} canEdit={canEdit} onEdit={(o) => setDialog({ initial: overrideToForm(o), editing: true })} onRemove={setRemoving} addButton={addButton} />
              <BuiltInTable version={prices.data!.price_table_version} overrides={prices.data!.items} canEdit={canEdit} onOverride={(model) => setDialog({ initial: formForModel(usualProvider(model), model), editing: false })} />
            </>
          )}
        </QueryState>
      </div>

      <PriceDialog
        initial={dialog?.initial ?? null}
        editing={dialog?.editing ?? false}
        onClose={() => setDialog(null)}
        onSaved={(saved) => {
          setDialog(null);
          setNotice(`${saved.model} (${providerLabel(saved.provider)}) now costs ${perMillion(saved.input_per_mtok)} in and ${perMillion(saved.output_per_mtok)} out per million tokens.`);
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        onClose={() => {
          if (remove.isPending) return;
          remove.reset();
          setRemoving(null);
        }}
        onConfirm={() =>
          removing &&
          remove.mutate(
            { provider: removing.provider, model: removing.model },
            {
              onSuccess: (r) => {
                setNotice(`The override for ${r.model} was removed.`);
                remove.reset();
                setRemoving(null);
              },
            },
          )
        }
        title="Remove this price override?"
        confirmLabel="Remove override"
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
      >
        {removing ? (
          <p>
            Requests to <code className="font-mono">{removing.model}</code> via {providerLabel(removing.provider)} recorded from now on are priced{' '}
            {listPrice(removing.model) ? 'with the built-in list price again' : 'as unknown (there is no built-in price for this model)'}. Costs already recorded stay as they are.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}

function OverridesTable({ items, canEdit, onEdit, onRemove, addButton }: { items: PriceOverride[]; canEdit: boolean; onEdit: (o: PriceOverride) => void; onRemove: (o: PriceOverride) => void; addButton: React.ReactNode }) {
  if (items.length === 0)
    return (
      <EmptyState icon={<TagIcon className="size-6" />} title="No price overrides" action={addButton}>
        {canEdit
          ? 'Every model is priced with the built-in list below. Add an override when you pay a different rate, or to price a model the list does not know (your own fine-tune, a self-hosted model).'
          : 'Every model is priced with the built-in list below. An admin can add overrides for negotiated rates or models the list does not know.'}
      </EmptyState>
    );
  return (
    <Table label="Price overrides">
      <THead>
        <Th>Model</Th>
        <Th>Provider</Th>
        <Th className="text-right">Input</Th>
        <Th className="text-right">Output</Th>
        <Th className="text-right">Cached input</Th>
        <Th className="text-right">Cache write</Th>
        <Th>Updated</Th>
        {canEdit ? (
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        ) : null}
      </THead>
      <TBody>
        {items.map((o) => (
          <tr key={`${o.provider}/${o.model}`} data-testid="price-override-row">
            <Td className="font-mono text-[13px] whitespace-nowrap text-slate-900">{o.model}</Td>
            <Td className="whitespace-nowrap">{providerLabel(o.provider)}</Td>
            <Td className="text-right tabular-nums">{perMillion(o.input_per_mtok)}</Td>
            <Td className="text-right tabular-nums">{perMillion(o.output_per_mtok)}</Td>
            <Td className="text-right tabular-nums">{o.cached_input_per_mtok === null ? <span className="text-slate-500">as input</span> : perMillion(o.cached_input_per_mtok)}</Td>
            <Td className="text-right tabular-nums">{o.cache_write_per_mtok === null ? <span className="text-slate-500">as input</span> : perMillion(o.cache_write_per_mtok)}</Td>
            <Td className="whitespace-nowrap" title={fullDateTime(o.updated_at)}>
              {relativeTime(o.updated_at)}
            </Td>
            {canEdit ? (
              <Td className="text-right whitespace-nowrap">
                <Button variant="ghost" size="sm" onClick={() => onEdit(o)}>
                  Edit<span className="sr-only"> price of {o.model}</span>
                </Button>
                <Button variant="ghostDanger" size="sm" onClick={() => onRemove(o)}>
                  Remove<span className="sr-only"> override for {o.model}</span>
                </Button>
              </Td>
            ) : null}
          </tr>
        ))}
      </TBody>
    </Table>
  );
}

function BuiltInTable({ version, overrides, canEdit, onOverride }: { version: string; overrides: PriceOverride[]; canEdit: boolean; onOverride: (model: string) => void }) {
  const [search, setSearch] = useState('');
  const rows = useMemo(() => builtInRows(search), [search]);
  const overridden = useMemo(() => new Set(overrides.map((o) => listPrice(o.model)?.name).filter(Boolean)), [overrides]);
  return (
    <Panel
      title="Built-in list prices"
      description={`Price table version ${version}. Claude on Bedrock or Vertex and GPT on Azure are priced as the same model; dated and regional ids fall back to their base name.`}
      bodyClassName="space-y-3 px-0 py-0 sm:px-0"
    >
      <div className="px-4 pt-4 sm:px-5">
        <label htmlFor="price-search" className="text-sm font-medium text-slate-800">
          Search models
        </label>
        <Input id="price-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="gpt-4o, claude, gemini…" className="mt-1.5 sm:max-w-72" autoComplete="off" />
      </div>
      {rows.length === 0 ? (
        <p className="px-4 pb-4 text-sm text-slate-600 sm:px-5">No built-in price matches “{search}”. {canEdit ? 'Add an override to price it yourself.' : ''}</p>
      ) : (
        <div className="relative max-h-[32rem] overflow-auto border-t border-slate-100" role="region" aria-label="Built-in prices" tabIndex={0}>
          <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
            <caption className="sr-only">Built-in list prices, US dollars per million tokens</caption>
            <thead className="sticky top-0 bg-slate-50">
              <tr>
                <Th>Model</Th>
                <Th className="text-right">Input</Th>
                <Th className="text-right">Output</Th>
                <Th className="text-right">Cached input</Th>
                <Th className="text-right">Cache write</Th>
                {canEdit ? (
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                ) : null}
              </tr>
            </thead>
            <TBody>
              {rows.map((r) => (
                <tr key={r.model} data-testid="builtin-price-row">
                  <Td className="font-mono text-[13px] whitespace-nowrap text-slate-900">
                    {r.model}
                    {overridden.has(r.model) ? (
                      <Badge tone="accent" className="ml-2 font-sans">
                        Overridden
                      </Badge>
                    ) : null}
                  </Td>
                  <Td className="text-right tabular-nums">{perMillion(r.price.input)}</Td>
                  <Td className="text-right tabular-nums">{perMillion(r.price.output)}</Td>
                  <Td className="text-right tabular-nums">{perMillion(r.price.cachedInput)}</Td>
                  <Td className="text-right tabular-nums">{perMillion(r.price.cacheWrite)}</Td>
                  {canEdit ? (
                    <Td className="text-right whitespace-nowrap">
                      <Button variant="ghost" size="sm" onClick={() => onOverride(r.model)}>
                        Override<span className="sr-only"> {r.model}</span>
                      </Button>
                    </Td>
                  ) : null}
                </tr>
              ))}
            </TBody>
          </table>
        </div>
      )}
    </Panel>
  );
}
