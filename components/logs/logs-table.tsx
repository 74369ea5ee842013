import Link from 'next/link';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { focusRing } from '@/components/ui/cn';
import type { LogItem } from '@/lib/client/analytics-types';
import { msTick, usdPrecise } from '@/lib/client/charts';
import { fullDateTime } from '@/lib/client/format';
import { DecisionBadge, StatusBadge } from './request-badges';

const time = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** One line per gateway call; the time links to the call's detail page. */
export function LogsTable({ items, footer }: { items: LogItem[]; footer: React.ReactNode }) {
  return (
    <Table label="Requests" footer={footer}>
      <THead>
        <Th>Time</Th>
        <Th>Outcome</Th>
        <Th>Model</Th>
        <Th>Key</Th>
        <Th className="text-right">Tokens in / out</Th>
        <Th className="text-right">Cost</Th>
        <Th className="text-right">Latency</Th>
        <Th>Decision</Th>
      </THead>
      <TBody>
        {items.map((r) => (
          <tr key={r.id} data-testid="log-row" className="hover:bg-slate-50">
            <Td className="whitespace-nowrap">
              <Link href={`/logs/${r.id}`} className={`rounded font-medium text-indigo-700 underline-offset-2 hover:underline ${focusRing}`} title={fullDateTime(r.timestamp)}>
                <time dateTime={r.timestamp}>{time(r.timestamp)}</time>
                <span className="sr-only">, request details</span>
              </Link>
            </Td>
            <Td className="whitespace-nowrap">
              <StatusBadge status={r.status_code} errorCode={r.error_code} />
            </Td>
            <Td className="whitespace-nowrap">
              <span className="text-slate-900">{r.model ?? '—'}</span>
              <span className="ml-1.5 text-xs text-slate-500">{r.provider}</span>
            </Td>
            <Td className="whitespace-nowrap">
              {r.api_key_name ? <span className="text-slate-900">{r.api_key_name}</span> : <span className="text-slate-400">—</span>}
              {/* On its own line, so the eight columns fit a laptop screen without scrolling sideways. */}
              {r.api_key ? <code className="block font-mono text-xs text-slate-500">{r.api_key}</code> : null}
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">
              {r.prompt_tokens.toLocaleString('en')} / {r.completion_tokens.toLocaleString('en')}
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{r.price_unknown ? <span className="text-amber-800">unpriced</span> : usdPrecise(r.cost_usd)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{msTick(r.latency_ms)}</Td>
            <Td className="whitespace-nowrap">
              <DecisionBadge decision={r.decision} />
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
