import { Badge } from './badge';

const TONE = { critical: 'danger', high: 'warning', medium: 'accent', low: 'neutral' } as const;
const MARK = { critical: '!!!', high: '!!', medium: '!', low: '·' } as const;

/** Severity as a word (and a mark), coloured only as a repeat of the word. */
export function SeverityBadge({ severity }: { severity: string }) {
  const s = (severity in TONE ? severity : 'low') as keyof typeof TONE;
  return (
    <Badge tone={TONE[s]}>
      <span aria-hidden="true" className="font-mono text-[10px]">
        {MARK[s]}
      </span>
      {s[0].toUpperCase() + s.slice(1)}
    </Badge>
  );
}
