'use client';

import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { CheckCircleIcon, CircleIcon } from '@/components/ui/icons';
import { LoadingBlock } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/client/api';
import { useCredentials, useKeys } from '@/lib/client/queries';
import { setupSteps } from '@/lib/client/setup';

/** "Get set up": each step is ticked from what the organisation actually has. */
export function SetupChecklist() {
  const credentials = useCredentials();
  const keys = useKeys(100, 0);

  if (credentials.isPending || keys.isPending) return <LoadingBlock label="Checking your setup…" />;
  if (credentials.error || keys.error) return <Alert tone="error" title="Could not load your setup">{errorMessage(credentials.error ?? keys.error)}</Alert>;

  const steps = setupSteps({ credentials: credentials.data.items, keysTotal: keys.data.total, keys: keys.data.items });
  const done = steps.filter((s) => s.done).length;

  return (
    <section aria-labelledby="setup-heading" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-5 py-4 sm:px-6">
        <h2 id="setup-heading" className="text-base font-semibold text-slate-900">
          Get set up
        </h2>
        <p className="text-sm text-slate-600" data-testid="setup-progress">
          {done} of {steps.length} done
        </p>
      </div>
      <ol className="divide-y divide-slate-100">
        {steps.map((step, index) => (
          <li key={step.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:px-6" data-testid={`setup-step-${step.id}`} data-done={step.done}>
            <div className="flex min-w-0 flex-1 gap-3">
              {step.done ? <CheckCircleIcon className="mt-0.5 size-5 shrink-0 text-emerald-600" /> : <CircleIcon className="mt-0.5 size-5 shrink-0 text-slate-300" />}
              <div className="min-w-0">
                <p className={cn('text-sm font-medium', step.done ? 'text-slate-600' : 'text-slate-900')}>
                  <span className="sr-only">{`Step ${index + 1}, ${step.done ? 'done' : 'to do'}: `}</span>
                  {step.title}
                  {step.done ? <span className="ml-2 text-xs font-normal text-emerald-700" aria-hidden="true">Done</span> : null}
                </p>
                <p className="mt-0.5 text-sm text-slate-600">{step.description}</p>
              </div>
            </div>
            <Link href={step.href} className={buttonClasses(step.done ? 'secondary' : 'primary', 'sm', 'self-start sm:self-center')}>
              {step.action}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
