import { useId, type ReactNode } from 'react';
import { cn } from './cn';

/** A titled card section; the heading names the region for screen readers. */
export function Panel({ title, description, actions, children, className, bodyClassName, testId }: { title: ReactNode; description?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string; bodyClassName?: string; testId?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid={testId} className={cn('min-w-0 rounded-xl bg-white shadow-sm ring-1 ring-slate-200', className)}>
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-4 py-3 sm:px-5">
        <div className="min-w-0">
          <h2 id={id} className="text-sm font-semibold text-slate-900">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-xs text-slate-600">{description}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
      <div className={cn('px-4 py-4 sm:px-5', bodyClassName)}>{children}</div>
    </section>
  );
}
