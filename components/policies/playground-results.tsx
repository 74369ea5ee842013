'use client';

import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { Panel } from '@/components/ui/panel';
import type { Policy, ScanResult } from '@/lib/client/governance-types';
import { evidenceSpan, highlightSegments, scorePercent } from '@/lib/client/policy-playground';
import { kindLabel } from './policies-table';

function Fired({ result, toolRules, toolName }: { result: ScanResult; toolRules: Policy[] | null; toolName: string | null }) {
  const types = [...new Set(result.entities.map((e) => e.type))];
  return (
    <Panel title="What fired" description="Policies in scope for this text, and the built-in detectors" testId="playground-fired">
      <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Policies</h3>
      {result.decisions.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">No policy fired on this text.</p>
      ) : (
        <ul className="mt-2 space-y-2" aria-label="Policies that fired">
          {result.decisions.map((d) => (
            <li key={`${d.policy_id}|${d.action}`} data-testid="fired-policy" className="flex flex-wrap items-center gap-2 text-sm">
              <Link href={`/policies/${d.policy_id}`} className="font-medium text-indigo-700 underline-offset-2 hover:underline">
                {d.name}
              </Link>
              <span className="text-slate-500">{kindLabel(d.kind)}</span>
              <Badge tone={d.action === 'block' || d.action === 'deny' ? 'danger' : d.action === 'log' ? 'neutral' : 'warning'}>action: {d.action}</Badge>
              {d.shadow ? <Badge tone="warning">shadow: would {d.action}, changes nothing</Badge> : null}
            </li>
          ))}
        </ul>
      )}
      {toolRules && toolName ? (
        <>
          <h3 className="mt-4 text-xs font-semibold tracking-wide text-slate-600 uppercase">Tool-call rules naming {toolName}</h3>
          {toolRules.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">No enabled tool-call rule names this tool.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {toolRules.map((p) => (
                <li key={p.id}>
                  <Link href={`/policies/${p.id}`} className="font-medium text-indigo-700 underline-offset-2 hover:underline">{p.name}</Link> <span className="text-slate-500">({p.action}{p.mode === 'shadow' ? ', shadow' : ''})</span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-1 text-xs text-slate-500">Argument conditions are checked by the gateway when the model makes the call.</p>
        </>
      ) : null}
      <h3 className="mt-4 text-xs font-semibold tracking-wide text-slate-600 uppercase">Detectors</h3>
      <ul className="mt-2 space-y-1 text-sm text-slate-800">
        <li>
          Prompt injection: {result.injection.flagged ? <strong>flagged</strong> : 'not flagged'} ({scorePercent(result.injection.score)})
        </li>
        <li>
          Personal data and secrets: {result.entities.length === 0 ? 'none found' : `${result.entities.length} found (${types.join(', ')})`}
        </li>
      </ul>
    </Panel>
  );
}

function Injection({ result, text }: { result: ScanResult; text: string }) {
  const { score, flagged, family } = result.injection;
  const span = evidenceSpan(result.injection.evidence);
  const pct = Math.round(score * 100);
  return (
    <Panel title="Prompt injection" testId="playground-injection">
      <div className="flex flex-wrap items-center gap-3">
        {flagged ? <Badge tone="danger" dot>Flagged</Badge> : <Badge tone="success" dot>Not flagged</Badge>}
        <span className="text-sm text-slate-800">
          Score <strong data-testid="injection-score">{score.toFixed(2)}</strong>
        </span>
        {family ? (
          <span className="text-sm text-slate-800">
            Family <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs" data-testid="injection-family">{family}</code>
          </span>
        ) : null}
      </div>
      <div className="mt-3 h-2 w-full overflow-hidden rounded-full bg-slate-100 ring-1 ring-slate-200 ring-inset" role="meter" aria-label="Injection score" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={`${pct}%`}>
        <div className={flagged ? 'h-full bg-red-600' : 'h-full bg-emerald-600'} style={{ width: `${pct}%` }} />
      </div>
      {span ? (
        <div className="mt-3 text-sm">
          <p className="font-medium text-slate-800">Evidence</p>
          <blockquote className="mt-1 border-l-4 border-red-300 pl-3 break-words text-slate-800" data-testid="injection-evidence">
            {text.slice(span.start, span.end)}
          </blockquote>
        </div>
      ) : null}
    </Panel>
  );
}

function Highlighted({ result, text }: { result: ScanResult; text: string }) {
  const segments = highlightSegments(text, result.entities, evidenceSpan(result.injection.evidence));
  return (
    <Panel title="Findings in the text" description="Entities are marked with their type; the injection evidence is underlined" testId="playground-highlight">
      <p className="font-mono text-[13px] leading-7 break-words whitespace-pre-wrap text-slate-900">
        {segments.map((s, i) => {
          const body = s.evidence ? <span className="underline decoration-red-600 decoration-wavy decoration-2 underline-offset-4">{s.text}</span> : s.text;
          if (!s.entity) return <span key={i}>{body}{s.evidence && !segments[i + 1]?.evidence ? <span className="sr-only"> (end of injection evidence)</span> : null}</span>;
          return (
            <mark key={i} className="rounded bg-amber-100 px-0.5 text-slate-900 ring-1 ring-amber-400 ring-inset" data-testid="entity-mark" data-entity={s.entity}>
              {body}
              <span className="ml-1 rounded bg-amber-200 px-1 align-middle font-sans text-[10px] font-semibold tracking-wide text-amber-950 uppercase">{s.entity}</span>
            </mark>
          );
        })}
      </p>
      {result.entities.length > 0 ? (
        <ul className="mt-4 space-y-1 text-sm text-slate-700" aria-label="Entities found">
          {result.entities.map((e, i) => (
            <li key={i}>
              <code className="font-mono text-xs">{e.type}</code> at {e.start}–{e.end}, confidence {scorePercent(e.score)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-slate-600">No personal data or secrets found.</p>
      )}
    </Panel>
  );
}

function Masked({ result }: { result: ScanResult }) {
  return (
    <Panel title="Masked text" description="What would be forwarded after masking; no provider was called" actions={<CopyButton value={result.masked_text} what="masked text" />} testId="playground-masked">
      <pre className="overflow-x-auto rounded-lg bg-slate-50 p-3 font-mono text-[13px] leading-relaxed break-words whitespace-pre-wrap text-slate-900 ring-1 ring-slate-200" data-testid="masked-text" tabIndex={0} aria-label="Masked text">
        {result.masked_text}
      </pre>
    </Panel>
  );
}

export function PlaygroundResults({ result, text, toolRules, toolName }: { result: ScanResult; text: string; toolRules: Policy[] | null; toolName: string | null }) {
  return (
    <div className="min-w-0 space-y-6">
      <Fired result={result} toolRules={toolRules} toolName={toolName} />
      <Injection result={result} text={text} />
      <Highlighted result={result} text={text} />
      <Masked result={result} />
    </div>
  );
}
