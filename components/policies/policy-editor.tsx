'use client';

import Link from 'next/link';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';
import { AlertIcon, CheckCircleIcon } from '@/components/ui/icons';
import { Segmented } from '@/components/ui/segmented';
import { errorMessage } from '@/lib/client/api';
import type { Policy, PolicyBody } from '@/lib/client/governance-types';
import { apiFieldErrors, draftToJson, isPolicyKind, newDraft, parseDraftJson, pickBody, setIn, validateDraft, type FieldErrors, type PolicyDraft } from '@/lib/client/policy-form';
import { useSavePolicy } from '@/lib/client/policy-queries';
import type { FieldsProps } from './form-bits';
import { PolicyIdentityFields, PolicyRunFields, PolicyScopeFields } from './policy-common-fields';
import { PolicyKindFields } from './policy-kind-fields';

type View = 'form' | 'json';

/**
 * One policy, edited as a form or as JSON: both views edit the same draft, and both are checked on
 * every change with the API's own schema. The form shows field errors once a save was tried (and
 * always the ones the API sent back); the JSON view lists them as you type.
 */
export function PolicyEditor({ initial, policyId, readOnly, onSaved }: { initial: PolicyDraft; policyId?: string; readOnly: boolean; onSaved: (policy: Policy) => void }) {
  const [draft, setDraft] = useState<PolicyDraft>(initial);
  const [view, setView] = useState<View>('form');
  const [jsonText, setJsonText] = useState(() => draftToJson(initial));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [apiErrors, setApiErrors] = useState<FieldErrors>({});
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const save = useSavePolicy();

  const validation = useMemo(() => validateDraft(pickBody(draft)), [draft]);
  const errors: FieldErrors = attempted ? { ...validation.errors, ...apiErrors } : apiErrors;
  const invalidCount = Object.keys(errors).length;

  useEffect(() => {
    if (focusTick === 0) return;
    const target = formRef.current?.querySelector<HTMLElement>(view === 'json' ? 'textarea' : '[aria-invalid="true"]');
    target?.focus();
  }, [focusTick, view]);

  const replace = (next: PolicyDraft) => {
    setDraft(next);
    setJsonText(draftToJson(next));
    setJsonError(null);
  };

  const f: FieldsProps = {
    draft,
    errors,
    readOnly,
    set: (path, value) => {
      replace(setIn(draft, path, value));
      const key = path.join('.');
      if (Object.keys(apiErrors).some((k) => k === key || k.startsWith(`${key}.`))) setApiErrors({});
    },
  };

  const onJson = (text: string) => {
    setJsonText(text);
    const parsed = parseDraftJson(text);
    if (parsed.ok) {
      setDraft(parsed.draft);
      setJsonError(null);
      setApiErrors({});
    } else setJsonError(parsed.message);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (readOnly) return;
    setAttempted(true);
    save.reset();
    if (jsonError || !validation.ok) {
      setFocusTick((n) => n + 1);
      return;
    }
    try {
      const saved = await save.mutateAsync({ id: policyId, body: pickBody(draft) as Partial<PolicyBody> });
      setApiErrors({});
      onSaved(saved);
    } catch (error) {
      setApiErrors(apiFieldErrors(error));
      setFocusTick((n) => n + 1);
    }
  };

  const issues = jsonError ? [{ path: 'JSON', message: jsonError }] : validation.issues;

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="min-w-0 space-y-6" aria-label={policyId ? 'Edit policy' : 'New policy'}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Segmented<View>
          label="Editor view"
          value={view}
          onChange={(v) => {
            if (v === 'form' && jsonError) return;
            setView(v);
          }}
          options={[
            { id: 'form', label: 'Form', title: jsonError ? 'Fix the JSON first' : undefined },
            { id: 'json', label: 'JSON' },
          ]}
        />
        {view === 'json' && jsonError ? <p className="text-sm text-slate-600">Fix the JSON to switch back to the form.</p> : null}
      </div>

      {view === 'form' ? (
        <div className="space-y-8">
          <PolicyIdentityFields f={f} kindLocked={Boolean(policyId)} onKind={(k) => isPolicyKind(k) && replace(newDraft(k, draft))} />
          <PolicyKindFields f={f} />
          <PolicyRunFields f={f} />
          <PolicyScopeFields f={f} />
        </div>
      ) : (
        <div className="space-y-3">
          <label htmlFor="policy-json" className="block text-sm font-medium text-slate-800">
            Policy as JSON
          </label>
          <Textarea
            id="policy-json"
            value={jsonText}
            readOnly={readOnly}
            spellCheck={false}
            aria-describedby="policy-json-status"
            aria-invalid={issues.length > 0 || undefined}
            onChange={(e) => onJson(e.target.value)}
            className="min-h-96 font-mono text-[13px] leading-relaxed"
          />
          <div id="policy-json-status" role="status" aria-live="polite" data-testid="json-status">
            {issues.length === 0 ? (
              <p className="flex items-center gap-1.5 text-sm text-emerald-800">
                <CheckCircleIcon className="size-4" /> Valid policy
              </p>
            ) : (
              <div className="text-sm text-red-700">
                <p className="flex items-center gap-1.5 font-medium">
                  <AlertIcon className="size-4" /> {issues.length === 1 ? '1 problem' : `${issues.length} problems`}
                </p>
                <ul className="mt-1 list-disc space-y-0.5 pl-6">
                  {issues.map((i, n) => (
                    <li key={n}>
                      <code className="font-mono text-xs">{i.path}</code>: {i.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </div>
      )}

      {attempted && invalidCount > 0 && view === 'form' ? (
        <Alert tone="error" title="The policy was not saved">
          {invalidCount === 1 ? 'One field needs attention; it is marked above.' : `${invalidCount} fields need attention; they are marked above.`}
        </Alert>
      ) : null}
      {save.error && Object.keys(apiFieldErrors(save.error)).length === 0 ? <Alert tone="error" title="The policy was not saved">{errorMessage(save.error)}</Alert> : null}
      {save.error && view === 'json' && Object.keys(apiFieldErrors(save.error)).length > 0 ? <Alert tone="error" title="The API refused the policy">{errorMessage(save.error)}</Alert> : null}

      {readOnly ? null : (
        <div className="flex flex-wrap gap-3 border-t border-slate-200 pt-5">
          <Button type="submit" loading={save.isPending}>
            {policyId ? 'Save changes' : 'Create policy'}
          </Button>
          <Link href="/policies" className={buttonClasses('secondary')}>
            Cancel
          </Link>
        </div>
      )}
    </form>
  );
}
