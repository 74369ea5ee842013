'use client';

import { CodeBlock } from '@/components/ui/code-block';
import { CopyButton } from '@/components/ui/copy-button';
import { PROVIDERS, type ProviderId } from '@/lib/providers/catalog';
import { quickstartSnippets } from '@/lib/client/setup';
import { useOrigin } from '@/lib/client/use-origin';

export function Quickstart({ providers }: { providers: ProviderId[] }) {
  const origin = useOrigin();
  const shown: ProviderId[] = providers.length ? providers : ['openai', 'anthropic'];
  const snippets = quickstartSnippets(origin || 'https://your-gateway.example.com');
  return (
    <section id="quickstart" aria-labelledby="quickstart-heading" className="scroll-mt-24 space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <div>
        <h2 id="quickstart-heading" className="text-base font-semibold text-slate-900">
          Point your SDK at the gateway
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Change only the base URL and use your gateway key in place of the provider key. Streaming, tool use and errors behave as they do against the provider.
        </p>
      </div>
      <div className="space-y-2">
        <p className="text-sm font-medium text-slate-800">Gateway base URL</p>
        <p className="text-sm text-slate-600">
          <code data-testid="gateway-base-url" className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[13px] break-all text-slate-900">
            {origin || '…'}/api/gateway/&lt;provider&gt;
          </code>
          , where the provider is one you have a credential for:
        </p>
        <ul className="divide-y divide-slate-100 rounded-lg ring-1 ring-slate-200">
          {shown.map((id) => (
            <li key={id} className="flex items-center gap-3 px-3 py-2">
              <div className="min-w-0 flex-1 sm:flex sm:items-center sm:gap-3">
                <span className="block text-sm text-slate-600 sm:w-32 sm:shrink-0">{PROVIDERS[id].label}</span>
                <code className="block min-w-0 font-mono text-[13px] break-all text-slate-900">{`${origin}/api/gateway/${id}`}</code>
              </div>
              <CopyButton value={`${origin}/api/gateway/${id}`} what={`${PROVIDERS[id].label} base URL`} />
            </li>
          ))}
        </ul>
      </div>
      <CodeBlock label="curl" code={snippets.curl} />
      <CodeBlock label="Python · OpenAI SDK" code={snippets.python} />
      <CodeBlock label="TypeScript · OpenAI SDK" code={snippets.typescript} />
    </section>
  );
}
