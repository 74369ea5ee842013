'use client';

import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { CodeBlock } from '@/components/ui/code-block';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { Panel } from '@/components/ui/panel';
import { buildTestRequest, prettyBody, readGatewayError, replyText, testRequestAsCurl, testRequestProblems, type GatewayErrorInfo, type TestTarget } from './test-request';

interface Result {
  status: number;
  statusText: string;
  latencyMs: number;
  requestId: string | null;
  reply: string | null;
  error: GatewayErrorInfo | null;
  body: string;
}

const DEFAULT_MODEL: Record<TestTarget, string> = { unified: 'openai/gpt-4o-mini', openai: 'gpt-4o-mini' };

/** Step 3: one real request through the gateway, from this browser, and what came back. */
export function TestRequestPanel({ origin, createdKey }: { origin: string; createdKey: string | null }) {
  const [target, setTarget] = useState<TestTarget>('unified');
  const [pasted, setPasted] = useState('');
  const [model, setModel] = useState(DEFAULT_MODEL.unified);
  const [prompt, setPrompt] = useState('Hello from the get-started page!');
  const [problems, setProblems] = useState<ReturnType<typeof testRequestProblems>>({});
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const key = pasted || createdKey || '';

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const found = testRequestProblems(target, { key, model, prompt });
    setProblems(found);
    if (Object.keys(found).length) return;
    setPending(true);
    setFailure(null);
    setResult(null);
    abort.current = new AbortController();
    const req = buildTestRequest(target, { origin, key, model, prompt });
    const started = performance.now();
    try {
      const response = await fetch(req.url, { method: 'POST', headers: req.headers, body: req.body, credentials: 'omit', cache: 'no-store', signal: abort.current.signal });
      const text = await response.text();
      const latencyMs = Math.round(performance.now() - started);
      const { parsed, shown } = prettyBody(text);
      setResult({
        status: response.status,
        statusText: response.statusText,
        latencyMs,
        requestId: response.headers.get('x-request-id'),
        reply: response.ok ? replyText(target, parsed) : null,
        error: response.ok ? null : readGatewayError(parsed),
        body: shown,
      });
    } catch (error) {
      if ((error as Error).name !== 'AbortError') setFailure('The request did not reach the gateway. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  };

  const req = buildTestRequest(target, { origin, key: 'GATEWAY_KEY', model, prompt });

  return (
    <Panel title="3. Send a test request" description="A real call through the gateway: it is authenticated, checked, forwarded with your stored provider credential, metered and logged like any other.">
      <form onSubmit={send} noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Endpoint">
            {(p) => (
              <Select
                {...p}
                value={target}
                onChange={(e) => {
                  const next = e.target.value as TestTarget;
                  setTarget(next);
                  setModel(DEFAULT_MODEL[next]);
                  setProblems({});
                }}
              >
                <option value="unified">Unified: POST /api/gateway</option>
                <option value="openai">OpenAI: POST /api/gateway/openai/v1/chat/completions</option>
              </Select>
            )}
          </Field>
          <Field label="Model" error={problems.model} hint={target === 'unified' ? 'provider/model, for a provider you stored a credential for.' : 'An OpenAI model id.'}>
            {(p) => <Input {...p} value={model} onChange={(e) => setModel(e.target.value)} autoComplete="off" spellCheck={false} className="font-mono" />}
          </Field>
        </div>
        <Field label="Gateway key" error={problems.key} hint={createdKey && !pasted ? 'Using the key you just created. Paste another to use it instead.' : 'Used for this one request from your browser; not stored.'}>
          {(p) => <Input {...p} type="password" value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder={createdKey ? 'The key created above' : 'gw_live_… or gw_test_…'} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field label="Prompt" error={problems.prompt}>
          {(p) => <Input {...p} value={prompt} onChange={(e) => setPrompt(e.target.value)} maxLength={2000} autoComplete="off" />}
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" loading={pending}>
            Send a test request
          </Button>
          {pending ? (
            <Button variant="secondary" onClick={() => abort.current?.abort()}>
              Cancel
            </Button>
          ) : null}
        </div>
      </form>

      <div className="mt-5 space-y-4" aria-live="polite">
        {failure ? <Alert tone="error">{failure}</Alert> : null}
        {result ? <ResultView result={result} /> : null}
        <details className="rounded-lg ring-1 ring-slate-200">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-800">The same request with curl</summary>
          <div className="px-3 pb-3">
            <CodeBlock label="curl · test request" code={testRequestAsCurl(target, req)} />
          </div>
        </details>
      </div>
    </Panel>
  );
}

function ResultView({ result }: { result: Result }) {
  const ok = result.status >= 200 && result.status < 300;
  return (
    <section aria-label="Test result" data-testid="test-result" className="space-y-3 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Badge tone={ok ? 'success' : 'danger'} dot>
          {ok ? 'Success' : 'Error'}: HTTP {result.status}
          {result.statusText ? ` ${result.statusText}` : ''}
        </Badge>
        <span className="text-slate-700">
          Latency <span className="font-medium tabular-nums">{result.latencyMs} ms</span>
        </span>
        {result.requestId ? (
          <span className="min-w-0 text-slate-700">
            Request id <code className="font-mono text-xs break-all">{result.requestId}</code>
          </span>
        ) : null}
      </div>
      {result.reply ? (
        <div>
          <p className="text-xs font-medium text-slate-500">Reply</p>
          <p className="mt-0.5 text-sm break-words whitespace-pre-wrap text-slate-900" data-testid="test-reply">
            {result.reply}
          </p>
        </div>
      ) : null}
      {result.error ? (
        <Alert tone="error" title={result.error.code ? `Gateway error: ${result.error.code}` : 'Error'}>
          {result.error.message ?? 'No message.'}
        </Alert>
      ) : null}
      <CodeBlock label="Response body" code={result.body || '(empty)'} />
    </section>
  );
}
