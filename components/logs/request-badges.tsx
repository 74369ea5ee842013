import { Badge } from '@/components/ui/badge';

/** The HTTP status in words and digits; the colour repeats what the text says. */
export function StatusBadge({ status, errorCode }: { status: number; errorCode?: string | null }) {
  const tone = status >= 500 ? 'danger' : status >= 400 ? 'warning' : 'success';
  const word = status >= 500 ? 'Failed' : status >= 400 ? 'Refused' : 'OK';
  return (
    <Badge tone={tone} dot>
      {status} {word}
      {errorCode ? <span className="font-mono text-[11px] font-normal">· {errorCode}</span> : null}
    </Badge>
  );
}

const DECISIONS: Record<string, { label: string; tone: 'neutral' | 'accent' | 'danger' | 'warning' }> = {
  allow: { label: 'Allowed', tone: 'neutral' },
  mask: { label: 'Masked', tone: 'accent' },
  block: { label: 'Blocked', tone: 'danger' },
  hold: { label: 'Held', tone: 'warning' },
  log: { label: 'Logged', tone: 'neutral' },
};

export function DecisionBadge({ decision }: { decision: string | null }) {
  if (!decision) return <span className="text-slate-400">—</span>;
  const d = DECISIONS[decision] ?? { label: decision, tone: 'neutral' as const };
  return <Badge tone={d.tone}>{d.label}</Badge>;
}
