import { Badge } from '@/components/ui/badge';
import type { KeyStatus } from '@/lib/client/types';

const TONE = { active: 'success', revoked: 'danger', expired: 'warning' } as const;
const LABEL = { active: 'Active', revoked: 'Revoked', expired: 'Expired' } as const;

export function KeyStatusBadge({ status }: { status: KeyStatus }) {
  return (
    <Badge tone={TONE[status]} dot>
      {LABEL[status]}
    </Badge>
  );
}
