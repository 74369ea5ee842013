import { createExternalClassifier, DETECTOR_VERSION, scoreInjection, type ExternalClassifier } from '@/lib/guards/injection';
import type { InjectionFinding, TextRole } from '@/lib/guards/types';
import { env } from '@/lib/config/env';
import type { CompiledPolicy, PolicyOf } from '@/lib/policy/compile';
import { ofKind } from '@/lib/policy/evaluate';
import { processSingleton } from '@/lib/runtime/singleton';
import { lazyPreview, POLICY_DETECTOR, roleLabel, type PartRef, type ViolationDraft } from './drafts';

/**
 * Prompt-injection policies over a request's text parts. Each part is scored once, with its role:
 * user text as direct injection, tool results and documents as indirect injection (their own rule
 * weights); system and assistant text only when a policy asks for it, since it is the
 * application's own. Each policy then takes the highest-scoring part among the roles it covers.
 */
export interface InjectionHit {
  policy: PolicyOf<'injection'>;
  partIndex: number;
  finding: InjectionFinding;
  indirect: boolean;
  source: 'detector' | 'classifier';
}

const isIndirect = (role: TextRole) => role === 'tool' || role === 'document';

function covers(p: PolicyOf<'injection'>, role: TextRole): boolean {
  if (isIndirect(role)) return p.indirect;
  if (role === 'user') return p.direct;
  return p.direct && p.includeSystem;
}

export function injectionPolicies(policies: readonly CompiledPolicy[]): PolicyOf<'injection'>[] {
  return ofKind(policies, 'injection');
}

export function scoreParts(parts: readonly { text: string; role: TextRole }[], policies: readonly PolicyOf<'injection'>[]): { hits: InjectionHit[]; scores: (InjectionFinding | null)[] } {
  const threshold = Math.min(...policies.map((p) => p.threshold));
  const scores = parts.map((part) => (policies.some((p) => covers(p, part.role)) ? scoreInjection(part.text, { role: part.role, threshold }) : null));
  const hits: InjectionHit[] = [];
  for (const policy of policies) {
    let best = -1;
    scores.forEach((s, i) => {
      if (s && covers(policy, parts[i].role) && s.score >= policy.threshold && (best < 0 || s.score > scores[best]!.score)) best = i;
    });
    if (best >= 0) hits.push({ policy, partIndex: best, finding: scores[best]!, indirect: isIndirect(parts[best].role), source: 'detector' });
  }
  return { hits, scores };
}

/** The text sent to the external classifier: the parts its policies cover, most recent last, at most 16 KB. */
export function classifierInput(parts: readonly { text: string; role: TextRole }[], policies: readonly PolicyOf<'injection'>[]): string {
  const texts = parts.filter((p) => policies.some((q) => covers(q, p.role))).map((p) => p.text);
  const joined = texts.join('\n\n');
  return joined.length > 16_384 ? joined.slice(-16_384) : joined;
}

/** The configured classifier client (GATEWAY_INJECTION_CLASSIFIER_URL), one per URL and timeout. */
export function externalClassifier(timeoutMs: number): ExternalClassifier | null {
  const url = env().GATEWAY_INJECTION_CLASSIFIER_URL;
  if (!url) return null;
  const clients = processSingleton('injection-classifiers', () => new Map<string, ExternalClassifier>());
  const key = `${url}\u0000${timeoutMs}`;
  let client = clients.get(key);
  if (!client) {
    client = createExternalClassifier({ url, timeoutMs });
    clients.set(key, client);
  }
  return client;
}

export function injectionDraft(hit: InjectionHit, part: PartRef & { text: string }): ViolationDraft {
  const f = hit.finding;
  const p = hit.policy;
  const family = f.family ?? 'unclassified';
  const evidence = f.evidence ? { type: 'INJECTION', category: 'pii' as const, start: f.evidence.start, end: f.evidence.end, score: 1, severity: 'low' as const, locale: 'generic' } : null;
  return {
    type: 'injection',
    severity: p.severity ?? (f.score >= 0.9 || hit.indirect ? 'high' : 'medium'),
    direction: 'request',
    action: p.action,
    autoBlocked: p.action === 'block' && !p.shadow,
    policyId: p.id,
    policyName: p.name,
    detector: hit.source === 'classifier' ? 'external-classifier' : f.detector,
    detectorVersion: hit.source === 'classifier' ? POLICY_DETECTOR : (f.version ?? DETECTOR_VERSION),
    description: `${hit.indirect ? 'indirect ' : ''}prompt injection (${family}, score ${f.score.toFixed(2)}) in ${roleLabel(part)}`,
    // The evidence is shown (it is the attack), with personal data around it removed.
    preview: lazyPreview(part.text, [], evidence?.start),
    entities: [{ type: family, confidence: Math.round(f.score * 100) / 100 }],
    shadow: p.shadow,
    alert: p.action === 'alert',
  };
}
