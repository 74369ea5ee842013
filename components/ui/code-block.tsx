import { cn } from './cn';
import { CopyButton } from './copy-button';

/** A snippet in monospace with its own Copy button; long lines scroll inside the block. */
export function CodeBlock({ code, label }: { code: string; label: string }) {
  return (
    <figure className="overflow-hidden rounded-lg bg-slate-900 ring-1 ring-slate-800">
      <figcaption className="flex items-center justify-between gap-3 border-b border-slate-700/70 px-4 py-2">
        <span className="text-xs font-medium text-slate-300">{label}</span>
        <CopyButton value={code} what={`${label} snippet`} />
      </figcaption>
      <pre className={cn('overflow-x-auto p-4 text-[13px] leading-relaxed text-slate-100', 'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-400')} tabIndex={0} aria-label={`${label} code`}>
        <code className="font-mono">{code}</code>
      </pre>
    </figure>
  );
}
