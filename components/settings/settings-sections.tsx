'use client';

import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { Panel } from '@/components/ui/panel';
import { ChoiceCards } from './choice-cards';
import { GUARD_LABELS, RATE_LIMIT_SCOPES, SCOPE_LABELS, type GuardChoice, type SettingsFormErrors, type SettingsFormValues } from './settings-form';

export interface SectionProps {
  values: SettingsFormValues;
  set: (patch: Partial<SettingsFormValues>) => void;
  errors: SettingsFormErrors;
  readOnly: boolean;
}

const FAIL_LABEL = { closed: 'Closed: block', open: 'Open: allow and record' } as const;

export function FailureSection({ values, set, errors, readOnly }: SectionProps) {
  return (
    <Panel title="When a guard fails" description="What the gateway does when a check cannot run: the classifier is down, the policy store cannot be read, a budget cannot be counted.">
      <div className="space-y-5">
        <ChoiceCards
          legend="Organisation default"
          name="fail_mode"
          value={values.failMode}
          disabled={readOnly}
          onChange={(failMode) => set({ failMode })}
          options={[
            { value: 'closed', title: 'Fail closed (recommended)', text: 'The request is refused with a 503 until the check works again. Nothing unchecked reaches a provider.' },
            { value: 'open', title: 'Fail open', text: 'The request goes through unchecked and the failure is recorded. Availability over protection.' },
          ]}
        />
        <div>
          <h3 className="text-sm font-medium text-slate-800">Per guard</h3>
          <p className="text-sm text-slate-600">A guard set to “Organisation default” follows the choice above.</p>
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg ring-1 ring-slate-200">
            {Object.entries(values.guardFailModes).map(([guard, choice]) => (
              <li key={guard} className="flex flex-col gap-2 px-3 py-2 sm:flex-row sm:items-center sm:justify-between">
                <label htmlFor={`guard-${guard}`} className="text-sm text-slate-800">
                  {GUARD_LABELS[guard] ?? guard} <code className="ml-1 font-mono text-xs text-slate-500">{guard}</code>
                </label>
                <div className="sm:w-64">
                  <Select
                    id={`guard-${guard}`}
                    value={choice}
                    disabled={readOnly}
                    aria-invalid={errors[`guard_fail_modes.${guard}`] ? true : undefined}
                    onChange={(e) => set({ guardFailModes: { ...values.guardFailModes, [guard]: e.target.value as GuardChoice } })}
                  >
                    <option value="inherit">Organisation default ({values.failMode})</option>
                    <option value="closed">{FAIL_LABEL.closed}</option>
                    <option value="open">{FAIL_LABEL.open}</option>
                  </Select>
                </div>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </Panel>
  );
}

export function DataSection({ values, set, errors, readOnly }: SectionProps) {
  return (
    <Panel title="Data kept" description="What the gateway stores about each request, and for how long.">
      <div className="space-y-5">
        <div className="space-y-2">
          <div className="flex items-start gap-3">
            <input
              id="prompt-storage"
              type="checkbox"
              checked={values.promptStorage}
              disabled={readOnly}
              onChange={(e) => set({ promptStorage: e.target.checked })}
              aria-describedby="prompt-storage-note"
              className="mt-0.5 size-4 accent-indigo-600"
            />
            <label htmlFor="prompt-storage" className="text-sm font-medium text-slate-800">
              Store prompts and responses with the request log <Badge tone={values.promptStorage ? 'warning' : 'neutral'}>{values.promptStorage ? 'On' : 'Off'}</Badge>
            </label>
          </div>
          <div id="prompt-storage-note">
            <Alert tone="info">
              Off by default: the request log then keeps only metadata (model, tokens, cost, timings, guard decisions), never the text. When on, the prompt and the response are stored with each request row, up to 32,768 characters each, after the
              request-side guards have run: whatever your PII and secret policies mask is stored masked (an e-mail address or API key appears only as its placeholder). Stored text is deleted with its request row when the retention period below ends.
            </Alert>
          </div>
        </div>
        <Field label="Retention (days)" error={errors.retention_days} hint="Request rows, violations and stored text older than this are deleted. 1 to 3,650 days.">
          {(p) => <Input {...p} inputMode="numeric" value={values.retentionDays} disabled={readOnly} onChange={(e) => set({ retentionDays: e.target.value })} className="sm:max-w-40" />}
        </Field>
        <Field label="Approval lifetime (minutes)" error={errors.approval_ttl_minutes} hint="How long a request waits for a human decision, and how long a granted approval stays valid.">
          {(p) => <Input {...p} inputMode="numeric" value={values.approvalTtlMinutes} disabled={readOnly} onChange={(e) => set({ approvalTtlMinutes: e.target.value })} className="sm:max-w-40" />}
        </Field>
      </div>
    </Panel>
  );
}

export function RateLimitSection({ values, set, errors, readOnly }: SectionProps) {
  const update = (scope: (typeof RATE_LIMIT_SCOPES)[number], unit: 'rpm' | 'tpm', value: string) =>
    set({ rateLimits: { ...values.rateLimits, [scope]: { ...values.rateLimits[scope], [unit]: value } } });
  return (
    <Panel title="Default rate limits" description="Apply where a gateway key sets no limit of its own. Empty uses the server’s default; 0 means no limit.">
      <div className="grid gap-x-6 gap-y-5 md:grid-cols-2">
        {RATE_LIMIT_SCOPES.map((scope) => (
          <fieldset key={scope} className="min-w-0">
            <legend className="text-sm font-medium text-slate-800">{SCOPE_LABELS[scope]}</legend>
            <div className="mt-1.5 grid grid-cols-2 gap-3">
              <Field label="Requests / min" error={errors[`rate_limits.${scope}.rpm`]}>
                {(p) => <Input {...p} inputMode="numeric" placeholder="Default" value={values.rateLimits[scope].rpm} disabled={readOnly} onChange={(e) => update(scope, 'rpm', e.target.value)} />}
              </Field>
              <Field label="Tokens / min" error={errors[`rate_limits.${scope}.tpm`]}>
                {(p) => <Input {...p} inputMode="numeric" placeholder="Default" value={values.rateLimits[scope].tpm} disabled={readOnly} onChange={(e) => update(scope, 'tpm', e.target.value)} />}
              </Field>
            </div>
          </fieldset>
        ))}
      </div>
    </Panel>
  );
}

export function IdentitySection({ values, set, errors, readOnly, secretSet }: SectionProps & { secretSet: boolean }) {
  return (
    <Panel
      title="Identity tokens"
      description={
        <>
          Agents may send <code className="font-mono">X-Gateway-Identity-Token</code>, a JWT naming the end user; once verified, its user and groups drive rate limits and policies.
        </>
      }
    >
      <div className="space-y-5">
        <ChoiceCards
          legend="Verify tokens with"
          name="identity_mode"
          columns={3}
          value={values.identityMode}
          disabled={readOnly}
          onChange={(identityMode) => set({ identityMode })}
          options={[
            { value: 'none', title: 'Not used', text: 'The header is ignored.' },
            { value: 'jwks', title: 'JWKS URL', text: 'Your identity provider’s public keys (RS256, ES256).' },
            { value: 'hmac', title: 'Shared secret', text: 'HS256 with a secret you also give your app.' },
          ]}
        />
        {values.identityMode === 'jwks' ? (
          <Field label="JWKS URL" error={errors['identity.jwks_url']}>
            {(p) => <Input {...p} type="url" value={values.jwksUrl} disabled={readOnly} onChange={(e) => set({ jwksUrl: e.target.value })} placeholder="https://idp.example.com/.well-known/jwks.json" autoComplete="off" spellCheck={false} />}
          </Field>
        ) : null}
        {values.identityMode === 'hmac' ? (
          <Field
            label="Shared secret"
            error={errors['identity.hmac_secret']}
            hint={secretSet ? 'A secret is stored and never shown. Leave this empty to keep it, or enter a new one to replace it.' : 'At least 32 characters. Once saved it is never shown again.'}
          >
            {(p) => (
              <Input
                {...p}
                type="password"
                value={values.hmacSecret}
                disabled={readOnly}
                onChange={(e) => set({ hmacSecret: e.target.value })}
                placeholder={secretSet ? 'Stored (hidden)' : ''}
                autoComplete="new-password"
                spellCheck={false}
              />
            )}
          </Field>
        ) : null}
        {values.identityMode !== 'none' ? (
          <div className="grid gap-5 sm:grid-cols-2">
            <Field label="Issuer" optional error={errors['identity.issuer']} hint="Tokens with another iss are refused.">
              {(p) => <Input {...p} value={values.issuer} disabled={readOnly} onChange={(e) => set({ issuer: e.target.value })} autoComplete="off" spellCheck={false} />}
            </Field>
            <Field label="Audience" optional error={errors['identity.audience']} hint="Tokens without this aud are refused.">
              {(p) => <Input {...p} value={values.audience} disabled={readOnly} onChange={(e) => set({ audience: e.target.value })} autoComplete="off" spellCheck={false} />}
            </Field>
            <Field label="User claim" error={errors['identity.user_claim']}>
              {(p) => <Input {...p} value={values.userClaim} disabled={readOnly} onChange={(e) => set({ userClaim: e.target.value })} autoComplete="off" spellCheck={false} className="font-mono" />}
            </Field>
            <Field label="Groups claim" error={errors['identity.groups_claim']}>
              {(p) => <Input {...p} value={values.groupsClaim} disabled={readOnly} onChange={(e) => set({ groupsClaim: e.target.value })} autoComplete="off" spellCheck={false} className="font-mono" />}
            </Field>
          </div>
        ) : null}
      </div>
    </Panel>
  );
}
