import { matchesAny } from '@/lib/policy/glob';
import { splitList } from '@/lib/policy/schema';
import type { Policy, ScanResult } from './governance-types';

/**
 * The playground's pure parts: reading a pasted tool call, naming the tool-call rules that would
 * look at it, and cutting the scanned text into runs so entity spans and the injection evidence
 * can be marked (with a label each, not only a colour).
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** The entity type covering this run, if any (the first found wins where two overlap). */
  entity: string | null;
  /** Inside the span the injection detector points at. */
  evidence: boolean;
}

/** The text cut at every entity and evidence boundary; adjacent runs with the same marks are joined. */
export function highlightSegments(text: string, entities: ScanResult['entities'], evidence: Span | null): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const spans = entities.map((e) => ({ type: e.type, start: clamp(e.start), end: clamp(e.end) })).filter((e) => e.end > e.start);
  const ev = evidence ? { start: clamp(evidence.start), end: clamp(evidence.end) } : null;
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  if (ev && ev.end > ev.start) cuts.add(ev.start).add(ev.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const entity = spans.find((s) => s.start <= start && s.end >= end)?.type ?? null;
    const inEvidence = ev !== null && ev.start <= start && ev.end >= end;
    const last = out.at(-1);
    if (last && last.entity === entity && last.evidence === inEvidence && (entity === null || spans.some((s) => s.start <= last.start && s.end >= end))) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else out.push({ text: text.slice(start, end), start, end, entity, evidence: inEvidence });
  }
  return out;
}

export interface ToolCallInput {
  name: string;
  /** The arguments as text (what the scan looks at). */
  argumentsText: string;
}

/**
 * A tool call as pasted: `{"name", "arguments"}` (OpenAI's function call, arguments an object or a
 * JSON string), `{"function": {...}}` (OpenAI's tool_calls entry) or `{"name", "input"}` (Anthropic's tool_use).
 */
export function parseToolCall(text: string): { ok: true; call: ToolCallInput } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: 'A tool call is a JSON object with a "name".' };
  let call = value as Record<string, unknown>;
  if (call.function && typeof call.function === 'object') call = call.function as Record<string, unknown>;
  if (typeof call.name !== 'string' || !call.name.trim()) return { ok: false, message: 'The tool call needs a "name" (the tool\'s name).' };
  const args = call.arguments ?? call.input ?? {};
  return { ok: true, call: { name: call.name.trim(), argumentsText: typeof args === 'string' ? args : JSON.stringify(args, null, 2) } };
}

/** The enabled tool-call rules whose name globs match the tool (their argument conditions are checked by the gateway). */
export function toolRulesFor(policies: readonly Policy[], toolName: string): Policy[] {
  return policies.filter((p) => p.kind === 'tool_call' && p.is_active && typeof p.pattern === 'string' && matchesAny(toolName, splitList(p.pattern)));
}

/** The injection score as a percentage for people. */
export function scorePercent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** The evidence the scan returns, when it has the shape of a span. */
export function evidenceSpan(evidence: unknown): Span | null {
  if (evidence && typeof evidence === 'object' && typeof (evidence as Span).start === 'number' && typeof (evidence as Span).end === 'number') return evidence as Span;
  return null;
}
