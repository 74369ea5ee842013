'use client';

import { useState } from 'react';
import { CodeBlock } from '@/components/ui/code-block';
import { Panel } from '@/components/ui/panel';
import { Segmented } from '@/components/ui/segmented';
import { LANGUAGE_TITLES, placeholders, PROVIDER_TITLES, snippet, SNIPPET_LANGUAGES, SNIPPET_PROVIDERS, unifiedCurl, type SnippetContext, type SnippetLanguage, type SnippetProvider } from './snippets';

const PLACEHOLDER_HELP: Record<string, string> = {
  YOUR_RESOURCE: 'your Azure OpenAI resource name (add an Azure credential to fill it in)',
  YOUR_DEPLOYMENT: 'the name of your Azure deployment',
  YOUR_PROJECT: 'your Google Cloud project id (add a Vertex credential to fill it in)',
};

/** Step 2: the SDK snippets, one provider and language at a time. */
export function SnippetsPanel({ context }: { context: SnippetContext }) {
  const [provider, setProvider] = useState<SnippetProvider>('openai');
  const [language, setLanguage] = useState<SnippetLanguage>('python');
  const code = snippet(provider, language, context);
  const left = placeholders(code);
  return (
    <Panel title="2. Point your SDK at the gateway" description="Change only the base URL and the key. Streaming, tool use, vision and errors behave as they do against the provider.">
      <div className="space-y-4">
        <div className="flex min-w-0 flex-col gap-3">
          <Segmented label="Provider" value={provider} onChange={setProvider} options={SNIPPET_PROVIDERS.map((id) => ({ id, label: PROVIDER_TITLES[id] }))} />
          <Segmented label="Language" value={language} onChange={setLanguage} options={SNIPPET_LANGUAGES.map((id) => ({ id, label: LANGUAGE_TITLES[id] }))} />
        </div>
        <CodeBlock label={`${LANGUAGE_TITLES[language]} · ${PROVIDER_TITLES[provider]}`} code={code} />
        {left.length ? (
          <p className="text-sm text-slate-600">
            Replace{' '}
            {left.map((p, i) => (
              <span key={p}>
                {i ? ', ' : ''}
                <code className="font-mono text-[13px] text-slate-900">{p}</code> with {PLACEHOLDER_HELP[p] ?? 'your value'}
              </span>
            ))}
            .
          </p>
        ) : null}
        <details className="group rounded-lg ring-1 ring-slate-200">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-800">No provider SDK? The unified endpoint</summary>
          <div className="space-y-2 px-3 pb-3">
            <p className="text-sm text-slate-600">
              One request shape for every provider: <code className="font-mono text-[13px]">model</code> is <code className="font-mono text-[13px]">provider/model</code>; add <code className="font-mono text-[13px]">fallbacks</code> to try others in order.
            </p>
            <CodeBlock label="curl · unified endpoint" code={unifiedCurl(context.origin)} />
          </div>
        </details>
      </div>
    </Panel>
  );
}
