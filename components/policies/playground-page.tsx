'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { Input, Select, Textarea } from '@/components/ui/input';
import { Panel } from '@/components/ui/panel';
import { Segmented } from '@/components/ui/segmented';
import { errorMessage } from '@/lib/client/api';
import type { Policy, ScanResult } from '@/lib/client/governance-types';
import { parseToolCall, toolRulesFor } from '@/lib/client/policy-playground';
import { usePolicies, useScan } from '@/lib/client/policy-queries';
import { PlaygroundResults } from './playground-results';

type InputKind = 'prompt' | 'tool_call';
type Direction = 'request' | 'response';
type Role = 'user' | 'system' | 'tool';

const TOOL_EXAMPLE = '{\n  "name": "send_email",\n  "arguments": { "to": "someone@example.com", "body": "Quarterly numbers attached" }\n}';

/**
 * Try the organisation's policies on a text without calling any provider: the text goes to
 * POST /api/v1/guards/scan, which runs the gateway's own engine and answers with what fired.
 */
export function PlaygroundPage() {
  const policies = usePolicies();
  const scan = useScan();
  const [kind, setKind] = useState<InputKind>('prompt');
  const [text, setText] = useState('');
  const [direction, setDirection] = useState<Direction>('request');
  const [role, setRole] = useState<Role>('user');
  const [model, setModel] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  // The text that was scanned (entity offsets refer to it) with its answer.
  const [shown, setShown] = useState<{ text: string; result: ScanResult; toolName: string | null; toolRules: Policy[] | null } | null>(null);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setInputError(null);
    let scanned = text;
    let toolName: string | null = null;
    if (kind === 'tool_call') {
      const parsed = parseToolCall(text);
      if (!parsed.ok) return setInputError(parsed.message);
      scanned = parsed.call.argumentsText;
      toolName = parsed.call.name;
    } else if (!text.trim()) return setInputError('Paste or type a prompt to scan.');
    try {
      const result = await scan.mutateAsync({ text: scanned, direction, role, context: model.trim() ? { model: model.trim() } : undefined });
      setShown({ text: scanned, result, toolName, toolRules: toolName ? toolRulesFor(policies.data?.items ?? [], toolName) : null });
    } catch {
      // Shown below from scan.error.
    }
  };

  return (
    <>
      <Link href="/policies" className="mb-4 inline-flex items-center gap-1.5 rounded text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeftIcon className="size-4" /> All policies
      </Link>
      <PageHeader title="Policy playground" description="Paste a prompt or a tool call and see which of your policies and detectors fire, the injection score, the personal data found and the masked text. Nothing is sent to a provider and nothing is recorded." />
      <div className="grid min-w-0 gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Panel title="Input" className="self-start">
          <form onSubmit={run} noValidate className="space-y-4" aria-label="Scan a text">
            <Segmented<InputKind>
              label="What to scan"
              value={kind}
              onChange={(k) => {
                setKind(k);
                setInputError(null);
                if (k === 'tool_call') {
                  if (!text.trim()) setText(TOOL_EXAMPLE);
                  setDirection('response');
                  setRole('tool');
                } else {
                  if (text === TOOL_EXAMPLE) setText('');
                  setDirection('request');
                  setRole('user');
                }
              }}
              options={[
                { id: 'prompt', label: 'Prompt' },
                { id: 'tool_call', label: 'Tool call (JSON)' },
              ]}
            />
            <Field label={kind === 'prompt' ? 'Prompt' : 'Tool call (JSON)'} hint={kind === 'prompt' ? 'Up to 100,000 characters.' : 'OpenAI function call, tool_calls entry, or Anthropic tool_use; its arguments are scanned.'} error={inputError ?? undefined}>
              {(control) => <Textarea {...control} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} className="min-h-48 font-mono text-[13px]" maxLength={100_000} />}
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label="Direction" hint="Request: on its way to the provider. Response: coming back.">
                {(control) => (
                  <Select {...control} value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
                    <option value="request">Request</option>
                    <option value="response">Response</option>
                  </Select>
                )}
              </Field>
              <Field label="Role">
                {(control) => (
                  <Select {...control} value={role} onChange={(e) => setRole(e.target.value as Role)}>
                    <option value="user">User</option>
                    <option value="system">System</option>
                    <option value="tool">Tool</option>
                  </Select>
                )}
              </Field>
            </div>
            <Field label="Model" optional hint="So policies scoped to a model apply, e.g. gpt-4o.">
              {(control) => <Input {...control} value={model} onChange={(e) => setModel(e.target.value)} spellCheck={false} maxLength={200} />}
            </Field>
            {scan.error ? <Alert tone="error" title="The scan failed">{errorMessage(scan.error)}</Alert> : null}
            <Button type="submit" loading={scan.isPending}>
              Scan
            </Button>
          </form>
        </Panel>
        <div className="min-w-0" aria-live="polite">
          {shown ? (
            <PlaygroundResults result={shown.result} text={shown.text} toolName={shown.toolName} toolRules={shown.toolRules} />
          ) : (
            <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center text-sm text-slate-600">Results appear here after a scan.</div>
          )}
        </div>
      </div>
    </>
  );
}
