import { Badge } from '@/components/ui/badge';
import { ROLE_LABELS } from '@/lib/client/roles';
import type { Me } from '@/lib/client/types';

export function UserSummary({ me }: { me: Me }) {
  const name = me.user?.name || me.user?.email || 'Signed in';
  return (
    <div className="flex min-w-0 items-center gap-2" data-testid="user-summary">
      <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700 uppercase">
        {name.slice(0, 1)}
      </span>
      <div className="min-w-0 leading-tight">
        <p className="truncate text-sm font-medium text-slate-900" title={me.user?.email}>
          {name}
        </p>
        <p className="text-xs text-slate-500">
          <span className="sr-only">Role: </span>
          <Badge tone="neutral" className="mt-0.5 px-1.5 py-0 text-[11px]">
            {ROLE_LABELS[me.role]}
          </Badge>
        </p>
      </div>
    </div>
  );
}
