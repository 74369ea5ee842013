import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import type { Breakdown } from '@/lib/client/analytics-types';
import { msTick, usdPrecise } from '@/lib/client/charts';
import { compactNumber } from '@/lib/client/format';

/** Spend, tokens, errors and latency per model, provider, key or model and key. */
export function BreakdownTable({ data }: { data: Breakdown }) {
  const by = data.group_by;
  const showModel = by === 'model' || by === 'model_key';
  const showKey = by === 'key' || by === 'model_key';
  return (
    <Table label="Spend by model and key">
      <THead>
        {showModel || by === 'provider' ? <Th>{by === 'provider' ? 'Provider' : 'Model'}</Th> : null}
        {showKey ? <Th>Key</Th> : null}
        <Th className="text-right">Requests</Th>
        <Th className="text-right">Errors</Th>
        <Th className="text-right">Tokens in</Th>
        <Th className="text-right">Tokens out</Th>
        <Th className="text-right">Cached</Th>
        <Th className="text-right">Spend</Th>
        <Th className="text-right">p50</Th>
        <Th className="text-right">p95</Th>
        <Th className="text-right">Overhead</Th>
      </THead>
      <TBody>
        {data.items.map((r, i) => (
          <tr key={`${r.provider}|${r.model}|${r.api_key?.id}|${i}`} data-testid="breakdown-row">
            {showModel || by === 'provider' ? (
              <Td className="whitespace-nowrap">
                <span className="font-medium text-slate-900">{by === 'provider' ? r.provider : r.model}</span>
                {showModel ? <span className="ml-1.5 text-xs text-slate-500">{r.provider}</span> : null}
              </Td>
            ) : null}
            {showKey ? (
              <Td className="whitespace-nowrap">
                <span className="font-medium text-slate-900">{r.api_key?.name}</span>
                {r.api_key?.masked ? <code className="ml-1.5 font-mono text-xs text-slate-500">{r.api_key.masked}</code> : null}
              </Td>
            ) : null}
            <Td className="text-right tabular-nums">{r.requests.toLocaleString('en')}</Td>
            <Td className="text-right tabular-nums">
              {r.errors.toLocaleString('en')}
              {r.requests ? <span className="ml-1 text-xs text-slate-500">({r.error_rate_pct}%)</span> : null}
            </Td>
            <Td className="text-right tabular-nums">{compactNumber(r.tokens_in)}</Td>
            <Td className="text-right tabular-nums">{compactNumber(r.tokens_out)}</Td>
            <Td className="text-right tabular-nums">{compactNumber(r.tokens_cached)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">
              <span className="font-medium text-slate-900">{usdPrecise(r.cost_usd)}</span>
              {r.unpriced ? <span className="block text-xs text-amber-800">{r.unpriced} unpriced</span> : null}
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{r.p50_latency_ms === null ? '—' : msTick(r.p50_latency_ms)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{r.p95_latency_ms === null ? '—' : msTick(r.p95_latency_ms)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{r.avg_overhead_ms === null ? '—' : `${r.avg_overhead_ms} ms`}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
