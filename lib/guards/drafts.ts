import { detectEntities, ENTITY_TYPES, redactedPreview } from '@/lib/guards/pii';
import type { EntityFinding, Severity, TextRole } from '@/lib/guards/types';
import type { RegexMatch } from '@/lib/policy/regex';
import type { ScannedText } from './text-scan';

/**
 * Violation rows before they have ids: what a guard found and what was done about it. The
 * recorder (lib/guards/violations.ts) adds ids, tenant, request and caller fields. Previews are
 * built here and never carry a raw value: every known span is replaced, and the text around it is
 * scanned once more with every entity type before it is cut.
 */
export type ViolationType = 'pii' | 'secret' | 'injection' | 'policy' | 'tool' | 'budget' | 'rate';

export interface ViolationDraft {
  type: ViolationType;
  severity: Severity;
  direction: 'request' | 'response';
  action: string;
  autoBlocked: boolean;
  policyId: string | null;
  /** The policy's name, for alerts (not stored). */
  policyName?: string;
  detector: string;
  detectorVersion: string;
  description: string;
  /** A redacted preview, or how to make one when the violation is written (`lazyPreview`). */
  preview: DraftPreview;
  entities: { type: string; confidence: number }[];
  shadow: boolean;
  /** The policy's action is `alert`: send a notification as well as recording. */
  alert?: boolean;
}

export const PII_DETECTOR = { detector: 'pii-engine', version: `1.0.0+types.${ENTITY_TYPES.length}` };
export const POLICY_DETECTOR = 'policy-engine';

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
export const maxSeverity = (list: readonly Severity[], fallback: Severity = 'low'): Severity =>
  list.reduce<Severity>((best, s) => (RANK[s] > RANK[best] ? s : best), fallback);

export interface PartRef {
  role: TextRole;
  kind?: 'text' | 'tool_arguments' | 'tool_result';
}

export function roleLabel(part: PartRef): string {
  if (part.kind === 'tool_arguments') return 'tool call arguments';
  switch (part.role) {
    case 'system':
      return 'system prompt';
    case 'user':
      return 'user prompt';
    case 'assistant':
      return 'assistant message';
    case 'tool':
      return 'tool result';
    case 'document':
      return 'document';
    default:
      return 'text';
  }
}

const asFinding = (m: RegexMatch, type: string): EntityFinding => ({ type, category: 'pii', start: m.start, end: m.end, score: 1, severity: 'low', locale: 'generic' });

/** A short excerpt around `spans[0]` (or `anchor`) with every known span and every detectable entity replaced. */
export type DraftPreview = string | null | (() => string);

/**
 * A preview made when the violation row is written rather than while the request waits: making
 * one scans its window again for anything the policies did not ask about (see `safePreview`).
 */
export function lazyPreview(text: string, spans: readonly EntityFinding[], anchor?: number): () => string {
  return () => safePreview(text, spans, anchor);
}

export function previewText(preview: DraftPreview): string | null {
  return typeof preview === 'function' ? preview() : preview;
}

export function safePreview(text: string, spans: readonly EntityFinding[], anchor = spans[0]?.start ?? 0): string {
  let from = 0;
  let to = text.length;
  if (text.length > 600) {
    from = Math.max(0, anchor - 200);
    to = Math.min(text.length, anchor + 400);
    // Widen to cover any known span cut by the edges, then start and end on whitespace so no value is halved.
    for (const s of spans) {
      if (s.start < from && s.end > from) from = s.start;
      if (s.start < to && s.end > to) to = s.end;
    }
    const ws = text.slice(from, anchor).search(/\s/);
    if (from > 0 && ws >= 0) from += ws;
    const back = text.slice(anchor, to).search(/\s\S*$/);
    if (to < text.length && back >= 0) to = anchor + back;
  }
  const slice = text.slice(from, to);
  const shifted = spans.filter((s) => s.end > from && s.start < to).map((s) => ({ ...s, start: Math.max(0, s.start - from), end: Math.min(slice.length, s.end - from) }));
  return redactedPreview(slice, [...shifted, ...detectEntities(slice, { minScore: 0.3 })]);
}

interface ScannedPart extends PartRef {
  source: string;
  scanned: ScannedText;
}

/** One draft per (category, deciding policy, action, shadow) over all parts of one direction. */
export function entityDrafts(direction: 'request' | 'response', parts: readonly ScannedPart[]): ViolationDraft[] {
  const groups = new Map<string, { draft: ViolationDraft; types: Map<string, number>; where: Set<string>; sev: Severity[] }>();
  for (const part of parts) {
    const { findings, decisions, shadow, hits } = part.scanned;
    const spans = [...findings, ...hits.flatMap((h) => h.matches.map((m) => asFinding(m, 'MATCH')))];
    findings.forEach((f, i) => {
      for (const [decision, isShadow] of [[decisions[i], false], [shadow[i], true]] as const) {
        if (!decision) continue;
        const key = `${f.category}|${decision.policy.id}|${decision.action}|${isShadow}`;
        let g = groups.get(key);
        if (!g) {
          const draft: ViolationDraft = {
            type: f.category,
            severity: 'low',
            direction,
            action: decision.action,
            autoBlocked: decision.action === 'block' && !isShadow,
            policyId: decision.policy.id,
            policyName: decision.policy.name,
            ...{ detector: PII_DETECTOR.detector, detectorVersion: PII_DETECTOR.version },
            description: '',
            preview: lazyPreview(part.source, spans, f.start),
            entities: [],
            shadow: isShadow,
            alert: decision.policy.action === 'alert',
          };
          g = { draft, types: new Map(), where: new Set(), sev: [] };
          groups.set(key, g);
        }
        g.types.set(f.type, Math.max(g.types.get(f.type) ?? 0, f.score));
        g.where.add(roleLabel(part));
        g.sev.push(decision.policy.severity ?? f.severity);
      }
    });
  }
  return [...groups.values()].map(({ draft, types, where, sev }) => ({
    ...draft,
    severity: maxSeverity(sev),
    entities: [...types].map(([type, confidence]) => ({ type, confidence: Math.round(confidence * 100) / 100 })),
    description: `${[...types.keys()].join(', ')} ${draft.shadow ? 'would be ' : ''}${verb(draft.action)} in ${[...where].join(', ')}`,
  }));
}

function verb(action: string): string {
  return ({ detect: 'detected', mask: 'masked', pseudonymize: 'pseudonymized', block: 'blocked' } as Record<string, string>)[action] ?? action;
}

/** One draft per content rule that matched. */
export function ruleDrafts(direction: 'request' | 'response', parts: readonly ScannedPart[]): ViolationDraft[] {
  const seen = new Map<string, ViolationDraft & { count: number }>();
  for (const part of parts) {
    const spans = [...part.scanned.findings, ...part.scanned.hits.flatMap((h) => h.matches.map((m) => asFinding(m, 'MATCH')))];
    for (const { rule, matches } of part.scanned.hits) {
      const existing = seen.get(rule.id);
      if (existing) {
        existing.count += matches.length;
        continue;
      }
      seen.set(rule.id, {
        type: 'policy',
        severity: rule.severity ?? (rule.action === 'block' || rule.action === 'hold' ? 'high' : 'medium'),
        direction,
        action: rule.action,
        autoBlocked: rule.action === 'block' && !rule.shadow,
        policyId: rule.id,
        policyName: rule.name,
        detector: POLICY_DETECTOR,
        detectorVersion: `v${rule.version}`,
        description: `content rule "${rule.name}" matched in ${roleLabel(part)}`,
        preview: lazyPreview(part.source, spans, matches[0].start),
        entities: rule.entityTypes.length > 0 ? [...new Set(part.scanned.findings.filter((f) => rule.entityTypes.includes(f.type)).map((f) => f.type))].map((type) => ({ type, confidence: 1 })) : [],
        shadow: rule.shadow,
        alert: rule.action === 'alert',
        count: matches.length,
      });
    }
  }
  return [...seen.values()].map(({ count, ...d }) => ({ ...d, description: `${d.description} (${count} match${count === 1 ? '' : 'es'})` }));
}
