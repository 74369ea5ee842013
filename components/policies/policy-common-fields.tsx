'use client';

import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { ACTION_LABELS, ACTIONS, isPolicyKind, KIND_INFO, KIND_ORDER, SCOPE_FIELDS } from '@/lib/client/policy-form';
import { ListInput, NumberInput } from './synced-inputs';
import { at, err, FieldGroup, SelectField, str, type FieldsProps } from './form-bits';
import { Switch } from './switch';

const SCOPE_LABELS: Record<(typeof SCOPE_FIELDS)[number], { label: string; hint: string }> = {
  agents: { label: 'Agents', hint: 'Globs over the X-Gateway-Agent-Id header.' },
  users: { label: 'Users', hint: 'Globs over the user id (header or identity token).' },
  groups: { label: 'Groups', hint: 'Globs over the caller\u2019s groups.' },
  models: { label: 'Models', hint: 'Globs over the requested model.' },
  keys: { label: 'Gateway key ids', hint: 'Key ids (UUIDs) from the Gateway keys page.' },
};

/** Name, kind and action first: what a person decides before anything else. */
export function PolicyIdentityFields({ f, kindLocked, onKind }: { f: FieldsProps; kindLocked: boolean; onKind: (kind: string) => void }) {
  const kind = at(f.draft, 'kind') ?? 'content_rule';
  const actions = isPolicyKind(kind) ? ACTIONS[kind] : [];
  return (
    <FieldGroup legend="Policy">
      <Field label="Name" error={err(f.errors, 'name')}>
        {(control) => <Input {...control} value={str(at(f.draft, 'name'))} readOnly={f.readOnly} maxLength={200} onChange={(e) => f.set(['name'], e.target.value)} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Kind" hint={isPolicyKind(kind) ? KIND_INFO[kind].description : undefined} error={err(f.errors, 'kind')}>
          {(control) => (
            <Select {...control} value={str(kind)} disabled={kindLocked || f.readOnly} onChange={(e) => onKind(e.target.value)}>
              {KIND_ORDER.map((k) => (
                <option key={k} value={k}>
                  {KIND_INFO[k].label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <SelectField label="Action" path="action" options={actions.map((a) => ({ id: a, label: `${ACTION_LABELS[a] ?? a} (${a})` }))} f={f} />
      </div>
    </FieldGroup>
  );
}

/** How the policy runs: switches, priority, and what a denial tells the caller. */
export function PolicyRunFields({ f }: { f: FieldsProps }) {
  return (
    <FieldGroup legend="How it runs">
      <div className="flex flex-wrap gap-x-8 gap-y-3">
        <Switch label="Enabled" checked={at(f.draft, 'is_active') !== false} disabled={f.readOnly} onChange={(v) => f.set(['is_active'], v)} />
        <Switch label="Shadow mode" stateLabels={['On: record only', 'Off: enforce']} checked={at(f.draft, 'mode') === 'shadow'} disabled={f.readOnly} onChange={(v) => f.set(['mode'], v ? 'shadow' : 'enforce')} />
      </div>
      <p className="text-sm text-slate-500">In shadow mode the policy records what it would have done, and changes nothing.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Priority" hint="Lower numbers are evaluated first (1 before 100)." error={err(f.errors, 'priority')}>
          {(control) => <NumberInput control={control} value={at(f.draft, 'priority')} readOnly={f.readOnly} onChange={(v) => f.set(['priority'], v)} />}
        </Field>
        <SelectField label="Severity" path="config.severity" options={['critical', 'high', 'medium', 'low'].map((s) => ({ id: s, label: s }))} empty="Default for the kind" f={f} />
      </div>
      <Field label="Message" optional hint="Shown to the caller on a denial (or to the agent for a replaced tool call). Never includes the matched text." error={err(f.errors, 'config.message')}>
        {(control) => <Input {...control} value={str(at(f.draft, 'config.message'))} readOnly={f.readOnly} maxLength={500} onChange={(e) => f.set(['config', 'message'], e.target.value === '' ? undefined : e.target.value)} />}
      </Field>
    </FieldGroup>
  );
}

/** Who the policy applies to; every list empty means everyone. */
export function PolicyScopeFields({ f }: { f: FieldsProps }) {
  return (
    <FieldGroup legend="Applies to">
      <p className="-mt-1 text-sm text-slate-500">Leave every list empty to apply the policy to all traffic. Separate entries with commas.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {SCOPE_FIELDS.map((key) => (
          <Field key={key} label={SCOPE_LABELS[key].label} optional hint={SCOPE_LABELS[key].hint} error={err(f.errors, `scope.${key}`)}>
            {(control) => <ListInput control={control} value={at(f.draft, `scope.${key}`)} readOnly={f.readOnly} spellCheck={false} onChange={(v) => f.set(['scope', key], v)} />}
          </Field>
        ))}
      </div>
    </FieldGroup>
  );
}
