'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { PlusIcon, TrashIcon } from '@/components/ui/icons';
import { CONDITION_OPS, conditionValueFromText, conditionValueToText, ENTITY_ACTIONS, TEXT_ROLES } from '@/lib/client/policy-form';
import { ENTITY_TYPES, LOCALES } from '@/lib/guards/pii/entity-types';
import { ListInput, NumberInput } from './synced-inputs';
import { at, Checkbox, err, FieldGroup, opts, SelectField, str, type FieldsProps } from './form-bits';

const DIRECTIONS = opts(['request', 'response', 'both'], { request: 'Requests (prompts, tool results)', response: 'Responses from the provider', both: 'Requests and responses' });

function ContentRuleFields({ f }: { f: FieldsProps }) {
  const trigger = str(at(f.draft, 'trigger_type')) || 'regex';
  const roles = at(f.draft, 'config.roles');
  const chosen = Array.isArray(roles) ? (roles as string[]) : [];
  const hint = trigger === 'keywords' ? 'Words or phrases, separated by commas or new lines.' : trigger === 'entity_types' ? 'Entity types such as EMAIL, US_SSN, separated by commas.' : 'A regular expression (JavaScript syntax). Patterns that could backtrack catastrophically are refused.';
  return (
    <FieldGroup legend="What to look for">
      <SelectField label="Match by" path="trigger_type" options={opts(['regex', 'keywords', 'entity_types'], { regex: 'Regular expression', keywords: 'Keywords', entity_types: 'Entity types' })} f={f} />
      <Field label="Pattern" hint={hint} error={err(f.errors, 'pattern')}>
        {(control) => <Textarea {...control} value={str(at(f.draft, 'pattern'))} readOnly={f.readOnly} spellCheck={false} onChange={(e) => f.set(['pattern'], e.target.value)} className="min-h-20 font-mono" />}
      </Field>
      <SelectField label="Direction" path="config.direction" options={DIRECTIONS} f={f} />
      <Checkbox label="Ignore case" checked={at(f.draft, 'config.ignore_case') === true} disabled={f.readOnly} onChange={(v) => f.set(['config', 'ignore_case'], v || undefined)} />
      <fieldset className="min-w-0">
        <legend className="text-sm font-medium text-slate-800">Text parts to scan</legend>
        <p className="mb-2 text-sm text-slate-500">None ticked: every part.</p>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {TEXT_ROLES.map((r) => (
            <Checkbox key={r} label={r} checked={chosen.includes(r)} disabled={f.readOnly} onChange={(v) => {
              const next = v ? [...chosen, r] : chosen.filter((x) => x !== r);
              f.set(['config', 'roles'], next.length ? next : undefined);
            }} />
          ))}
        </div>
        {err(f.errors, 'config.roles') ? <p className="mt-1 text-sm text-red-700">{err(f.errors, 'config.roles')}</p> : null}
      </fieldset>
    </FieldGroup>
  );
}

function PiiFields({ f }: { f: FieldsProps }) {
  const entities = (at(f.draft, 'config.entities') ?? {}) as Record<string, string>;
  const rows = Object.entries(entities);
  const setEntities = (next: [string, string][]) => f.set(['config', 'entities'], next.length ? Object.fromEntries(next) : undefined);
  const unused = ENTITY_TYPES.find((t) => !(t.type in entities))?.type;
  return (
    <FieldGroup legend="Entities and actions">
      <SelectField label="Direction" path="config.direction" options={DIRECTIONS} f={f} />
      <SelectField label="Default entity action" hint="Overrides what the policy action implies for every entity (e.g. pseudonymize instead of mask)." path="config.default_action" options={opts(ENTITY_ACTIONS)} empty="From the policy action" f={f} />
      <Field label="Only these entity types" optional hint="Comma-separated, e.g. EMAIL, CREDIT_CARD. Empty: every type." error={err(f.errors, 'config.types')}>
        {(control) => <ListInput control={control} value={at(f.draft, 'config.types')} readOnly={f.readOnly} spellCheck={false} onChange={(v) => f.set(['config', 'types'], v)} />}
      </Field>
      <fieldset className="min-w-0 space-y-2">
        <legend className="text-sm font-medium text-slate-800">Per-type actions</legend>
        {rows.length === 0 ? <p className="text-sm text-slate-500">None: every type gets the default action.</p> : null}
        {rows.map(([type, action], i) => (
          <div key={i} className="flex flex-wrap items-end gap-2">
            <div className="min-w-40 flex-1">
              <Field label={`Entity type ${i + 1}`} error={err(f.errors, `config.entities.${type}`)}>
                {(control) => (
                  <Select {...control} value={type} disabled={f.readOnly} onChange={(e) => setEntities(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))}>
                    {ENTITY_TYPES.filter((t) => t.type === type || !(t.type in entities)).map((t) => (
                      <option key={t.type} value={t.type}>{t.type}</option>
                    ))}
                  </Select>
                )}
              </Field>
            </div>
            <div className="min-w-36 flex-1">
              <Field label={`Action for ${type}`}>
                {(control) => (
                  <Select {...control} value={action} disabled={f.readOnly} onChange={(e) => setEntities(rows.map((r, j) => (j === i ? [r[0], e.target.value] : r)))}>
                    {ENTITY_ACTIONS.map((a) => <option key={a} value={a}>{a}</option>)}
                  </Select>
                )}
              </Field>
            </div>
            {f.readOnly ? null : (
              <Button variant="ghostDanger" size="md" onClick={() => setEntities(rows.filter((_, j) => j !== i))}>
                <TrashIcon className="size-4" />
                <span className="sr-only">Remove the action for {type}</span>
              </Button>
            )}
          </div>
        ))}
        {f.readOnly || !unused ? null : (
          <Button variant="secondary" size="sm" onClick={() => setEntities([...rows, [unused, 'mask']])}>
            <PlusIcon className="size-4" /> Add a per-type action
          </Button>
        )}
      </fieldset>
      <Field label="Minimum confidence" optional hint="0 to 1; findings scored below are ignored." error={err(f.errors, 'config.min_score')}>
        {(control) => <NumberInput control={control} value={at(f.draft, 'config.min_score')} readOnly={f.readOnly} onChange={(v) => f.set(['config', 'min_score'], v)} />}
      </Field>
      <Field label="Locales" optional hint={`Comma-separated: ${LOCALES.join(', ')}. Empty: all.`} error={err(f.errors, 'config.locales')}>
        {(control) => <ListInput control={control} value={at(f.draft, 'config.locales')} readOnly={f.readOnly} onChange={(v) => f.set(['config', 'locales'], v)} />}
      </Field>
    </FieldGroup>
  );
}

function InjectionFields({ f }: { f: FieldsProps }) {
  const flag = (key: string, label: string, hint: string, fallback: boolean) => (
    <Checkbox label={label} hint={hint} checked={(at(f.draft, `config.${key}`) ?? fallback) === true} disabled={f.readOnly} onChange={(v) => f.set(['config', key], v)} />
  );
  return (
    <FieldGroup legend="Detection">
      <Field label="Threshold" hint="Act when the injection score is at or above this (0.05 to 1; 0.5 is a balanced default)." error={err(f.errors, 'config.threshold')}>
        {(control) => <NumberInput control={control} value={at(f.draft, 'config.threshold')} readOnly={f.readOnly} onChange={(v) => f.set(['config', 'threshold'], v)} />}
      </Field>
      {flag('direct', 'Score user text', 'Direct injection typed by a user.', true)}
      {flag('indirect', 'Score tool results and documents', 'Indirect injection arriving through tools or retrieval.', true)}
      {flag('include_system', 'Also score system and assistant text', 'Off: those are your application\u2019s own words.', false)}
      <SelectField label="External classifier" hint="Needs GATEWAY_INJECTION_CLASSIFIER_URL on the gateway." path="config.classifier" options={opts(['off', 'inline', 'async'], { off: 'Not used', inline: 'Awaited before forwarding', async: 'Asked afterwards (record only)' })} f={f} />
      {str(at(f.draft, 'config.classifier')) && at(f.draft, 'config.classifier') !== 'off' ? (
        <Field label="Classifier timeout (ms)" error={err(f.errors, 'config.classifier_timeout_ms')}>
          {(control) => <NumberInput control={control} value={at(f.draft, 'config.classifier_timeout_ms')} readOnly={f.readOnly} onChange={(v) => f.set(['config', 'classifier_timeout_ms'], v)} />}
        </Field>
      ) : null}
    </FieldGroup>
  );
}

type Condition = { path?: string; op?: string; value?: unknown; ignore_case?: boolean };

function ToolCallFields({ f }: { f: FieldsProps }) {
  const raw = at(f.draft, 'config.conditions');
  const conditions = (Array.isArray(raw) ? raw : []) as Condition[];
  const setCond = (i: number, key: keyof Condition, value: unknown) => f.set(['config', 'conditions', i, key], value);
  return (
    <FieldGroup legend="Which calls">
      <Field label="Tool names" hint="Globs separated by commas, e.g. fs.*, send_email." error={err(f.errors, 'pattern')}>
        {(control) => <Input {...control} value={str(at(f.draft, 'pattern'))} readOnly={f.readOnly} spellCheck={false} onChange={(e) => f.set(['pattern'], e.target.value)} className="font-mono" />}
      </Field>
      <SelectField label="Conditions must" path="config.match" options={opts(['all', 'any'], { all: 'All hold', any: 'Any hold' })} f={f} />
      <div className="space-y-3">
        {conditions.map((c, i) => (
          <fieldset key={i} className="min-w-0 rounded-lg p-3 ring-1 ring-slate-200">
            <legend className="px-1 text-sm font-medium text-slate-800">Condition {i + 1}</legend>
            <div className="grid gap-3 sm:grid-cols-3">
              <Field label="Argument path" hint="e.g. path, options.recursive, or *" error={err(f.errors, `config.conditions.${i}.path`)}>
                {(control) => <Input {...control} value={str(c.path)} readOnly={f.readOnly} spellCheck={false} onChange={(e) => setCond(i, 'path', e.target.value)} className="font-mono" />}
              </Field>
              <Field label="Operator" error={err(f.errors, `config.conditions.${i}.op`)}>
                {(control) => (
                  <Select {...control} value={str(c.op)} disabled={f.readOnly} onChange={(e) => setCond(i, 'op', e.target.value)}>
                    {CONDITION_OPS.map((op) => <option key={op} value={op}>{op.replace(/_/g, ' ')}</option>)}
                  </Select>
                )}
              </Field>
              <Field label="Value" hint='Text, a number, or a JSON list like ["a","b"].' error={err(f.errors, `config.conditions.${i}.value`)}>
                {(control) => <Input {...control} defaultValue={conditionValueToText(c.value)} readOnly={f.readOnly} spellCheck={false} onChange={(e) => setCond(i, 'value', conditionValueFromText(e.target.value))} className="font-mono" />}
              </Field>
            </div>
            <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
              <Checkbox label="Ignore case" checked={c.ignore_case === true} disabled={f.readOnly} onChange={(v) => setCond(i, 'ignore_case', v || undefined)} />
              {f.readOnly ? null : (
                <Button variant="ghostDanger" size="sm" onClick={() => f.set(['config', 'conditions'], conditions.filter((_, j) => j !== i))}>
                  <TrashIcon className="size-4" /> Remove condition {i + 1}
                </Button>
              )}
            </div>
          </fieldset>
        ))}
        {f.readOnly ? null : (
          <Button variant="secondary" size="sm" onClick={() => f.set(['config', 'conditions'], [...conditions, { path: '*', op: 'contains', value: '' }])}>
            <PlusIcon className="size-4" /> Add a condition
          </Button>
        )}
      </div>
    </FieldGroup>
  );
}

function ModelAccessFields({ f }: { f: FieldsProps }) {
  return (
    <FieldGroup legend="Models">
      <Field label="Allowed models" optional hint="Globs such as gpt-4o*, anthropic/*. When set, every other model is refused." error={err(f.errors, 'config.allow')}>
        {(control) => <ListInput control={control} multiline value={at(f.draft, 'config.allow')} readOnly={f.readOnly} spellCheck={false} onChange={(v) => f.set(['config', 'allow'], v ?? [])} />}
      </Field>
      <Field label="Denied models" optional hint="Globs refused even when allowed above." error={err(f.errors, 'config.deny')}>
        {(control) => <ListInput control={control} multiline value={at(f.draft, 'config.deny')} readOnly={f.readOnly} spellCheck={false} onChange={(v) => f.set(['config', 'deny'], v ?? [])} />}
      </Field>
    </FieldGroup>
  );
}

function BudgetFields({ f }: { f: FieldsProps }) {
  return (
    <FieldGroup legend="Spend cap">
      <Field label="Limit (USD)" error={err(f.errors, 'config.limit_usd')}>
        {(control) => <NumberInput control={control} value={at(f.draft, 'config.limit_usd')} readOnly={f.readOnly} onChange={(v) => f.set(['config', 'limit_usd'], v)} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Period" path="config.period" options={opts(['day', 'month'], { day: 'Per day', month: 'Per month' })} f={f} />
        <SelectField label="Counted per" path="config.per" options={opts(['key', 'user', 'agent', 'org'], { key: 'Gateway key', user: 'User', agent: 'Agent', org: 'Whole organisation' })} f={f} />
      </div>
    </FieldGroup>
  );
}

export function PolicyKindFields({ f }: { f: FieldsProps }) {
  switch (at(f.draft, 'kind')) {
    case 'content_rule':
    case undefined:
      return <ContentRuleFields f={f} />;
    case 'pii':
      return <PiiFields f={f} />;
    case 'injection':
      return <InjectionFields f={f} />;
    case 'tool_call':
      return <ToolCallFields f={f} />;
    case 'model_access':
      return <ModelAccessFields f={f} />;
    case 'budget':
      return <BudgetFields f={f} />;
    default:
      return <p className="text-sm text-slate-600">This kind has no form; edit it in the JSON view.</p>;
  }
}
