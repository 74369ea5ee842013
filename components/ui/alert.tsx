import type { ReactNode } from 'react';
import { cn } from './cn';
import { AlertIcon, CheckCircleIcon, InfoIcon } from './icons';

type Tone = 'error' | 'warning' | 'info' | 'success';

const TONES: Record<Tone, { box: string; icon: typeof AlertIcon; label: string }> = {
  error: { box: 'bg-red-50 text-red-800 ring-red-200', icon: AlertIcon, label: 'Error' },
  warning: { box: 'bg-amber-50 text-amber-900 ring-amber-200', icon: AlertIcon, label: 'Warning' },
  info: { box: 'bg-sky-50 text-sky-900 ring-sky-200', icon: InfoIcon, label: 'Note' },
  success: { box: 'bg-emerald-50 text-emerald-900 ring-emerald-200', icon: CheckCircleIcon, label: 'Done' },
};

/** A message box; errors are announced (role=alert), the rest are polite status messages. */
export function Alert({ tone = 'info', title, children, action, className }: { tone?: Tone; title?: ReactNode; children?: ReactNode; action?: ReactNode; className?: string }) {
  const { box, icon: Icon, label } = TONES[tone];
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={cn('flex gap-3 rounded-lg px-4 py-3 text-sm ring-1 ring-inset', box, className)}>
      <Icon className="mt-0.5 size-4 shrink-0" />
      <span className="sr-only">{label}:</span>
      <div className="min-w-0 flex-1 space-y-1 break-words">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? <div>{children}</div> : null}
      </div>
      {action ? <div className="shrink-0">{action}</div> : null}
    </div>
  );
}
