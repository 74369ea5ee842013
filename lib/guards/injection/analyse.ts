/**
 * One pass of the layered detector over one text: normalise, run the rules, score with the model,
 * and rescan what was hidden (encoded segments, rot13, reversed text). Returns raw signals; the
 * scorer turns them into an `InjectionFinding`.
 */
import { findEncodedSegments, looksReversed, looksRot13, rot13 } from './decode/decode';
import type { InjectionFamily } from './families';
import { type LoadedModel, scoreText } from './model/model';
import { normalize, type NormalizedText, toOriginalSpan } from './normalize/normalize';
import { runRules } from './rules/engine';
import type { RuleHit } from './rules/types';

export interface Signal {
  /** Combined log-odds. */
  logit: number;
  family: InjectionFamily | null;
  /** Span in the original text. */
  evidence: { start: number; end: number } | null;
  /** Where the strongest signal came from, for debugging and the eval report. */
  source: 'rules' | 'model' | 'decoded';
}

/** Tuned on the dev split (see scripts/train-injection.ts); keep in sync with the weights file. */
export const COMBINE = {
  /** Prior log-odds before any evidence. */
  bias: -1.5,
  /** Model log-odds are clamped so a confident model can neither veto nor replace strong rules. */
  modelClamp: 4,
  modelWeight: 0.7,
  /** Each further family adds this fraction of the previous one's weight. */
  familyDecay: 0.5,
  /** Something worth hiding behind an encoding is suspicious in itself. */
  decodedBonus: 0.75,
  /** Below this a rule hit does not name the family; the model's window is the evidence instead. */
  familyMinWeight: 1,
} as const;

const MAX_DEPTH = 2;

function ruleEvidence(hits: RuleHit[]): { total: number; top: RuleHit | null } {
  const perFamily = new Map<InjectionFamily, RuleHit>();
  for (const h of hits) {
    const cur = perFamily.get(h.rule.family);
    if (!cur || h.weight > cur.weight) perFamily.set(h.rule.family, h);
  }
  const ordered = [...perFamily.values()].sort((a, b) => b.weight - a.weight);
  let total = 0;
  let factor = 1;
  for (const h of ordered) {
    total += h.weight * factor;
    factor *= COMBINE.familyDecay;
  }
  return { total, top: ordered[0] ?? null };
}

function combine(hits: RuleHit[], modelLogit: number): { logit: number; top: RuleHit | null; modelPart: number } {
  const { total, top } = ruleEvidence(hits);
  const modelPart = Math.max(-COMBINE.modelClamp, Math.min(COMBINE.modelClamp, modelLogit)) * COMBINE.modelWeight;
  return { logit: COMBINE.bias + modelPart + total, top, modelPart };
}

type SpanMapper = (start: number, end: number) => { start: number; end: number };

/**
 * A signal whose evidence span is mapped back to the original text only when read: the scorer
 * reads it only for flagged text, and mapping can mean walking the whole original.
 */
class MappedSignal implements Signal {
  private mapped: { start: number; end: number } | null | undefined = undefined;

  constructor(
    readonly logit: number,
    readonly family: InjectionFamily | null,
    readonly source: 'rules' | 'model',
    private readonly map: SpanMapper | null,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get evidence(): { start: number; end: number } | null {
    if (this.mapped === undefined) this.mapped = this.map ? this.map(this.start, this.end) : null;
    return this.mapped;
  }
}

function signalOf(
  norm: NormalizedText,
  scanText: string,
  indirect: boolean,
  model: LoadedModel,
  map: SpanMapper,
): Signal {
  const hits = runRules(scanText, indirect);
  const m = scoreText(model, scanText);
  const { logit, top, modelPart } = combine(hits, m.logit);
  if (top && top.weight >= COMBINE.familyMinWeight && top.weight >= modelPart) {
    return new MappedSignal(logit, top.rule.family, 'rules', map, top.start, top.end);
  }
  const family = top && top.weight >= COMBINE.familyMinWeight ? top.rule.family : null;
  return new MappedSignal(logit, family, 'model', norm.text.length ? map : null, m.start, m.end);
}

function stronger(a: Signal, b: Signal): Signal {
  return b.logit > a.logit ? b : a;
}

export function analyse(original: string, indirect: boolean, model: LoadedModel, depth = 0): Signal {
  const norm = normalize(original);
  const direct: SpanMapper = (s, e) => toOriginalSpan(norm, s, e);
  let best = signalOf(norm, norm.text, indirect, model, direct);

  if (looksRot13(norm.text)) {
    const s = signalOf(norm, rot13(norm.text), indirect, model, direct);
    best = stronger(best, { logit: s.logit + COMBINE.decodedBonus, family: 'obfuscation', evidence: s.evidence, source: 'decoded' });
  }
  if (looksReversed(norm.text)) {
    const n = norm.text.length;
    const reversed = norm.text.split('').reverse().join('');
    const s = signalOf(norm, reversed, indirect, model, (a, b) => toOriginalSpan(norm, n - b, n - a));
    best = stronger(best, { logit: s.logit + COMBINE.decodedBonus, family: 'obfuscation', evidence: s.evidence, source: 'decoded' });
  }
  if (depth < MAX_DEPTH) {
    for (const seg of findEncodedSegments(original)) {
      const inner = analyse(seg.text, indirect, model, depth + 1);
      best = stronger(best, {
        logit: inner.logit + COMBINE.decodedBonus,
        family: 'obfuscation',
        evidence: { start: seg.start, end: seg.end },
        source: 'decoded',
      });
    }
  }
  return best;
}
