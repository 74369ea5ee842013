import Link from 'next/link';
import { cn, focusRing } from '@/components/ui/cn';
import { ShieldIcon } from '@/components/ui/icons';

export function Brand({ href = '/overview' }: { href?: string }) {
  return (
    <Link href={href} className={cn('inline-flex items-center gap-2 rounded-md font-semibold text-slate-900', focusRing)}>
      <span className="flex size-8 items-center justify-center rounded-lg bg-indigo-600 text-white">
        <ShieldIcon className="size-5" />
      </span>
      <span className="text-sm">AI Security Gateway</span>
    </Link>
  );
}
