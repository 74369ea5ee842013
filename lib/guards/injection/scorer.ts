/**
 * Public scoring functions. Text from `tool` and `document` roles is data the model will read, so
 * it is scored as possible indirect injection with the indirect rule weights; everything else is
 * scored as direct input.
 */
import type { InjectionFinding, TextRole } from '@/lib/guards/types';
import { analyse } from './analyse';
import { loadModel, type WeightsFile } from './model/model';
import weightsFile from './model/weights.v1.json';

export const DETECTOR_NAME = 'layered-injection';
export const DEFAULT_THRESHOLD = 0.5;

const MODEL = loadModel(weightsFile as unknown as WeightsFile);
export const DETECTOR_VERSION = `1.0.0+weights.${MODEL.version}`;

export interface ScoreOptions {
  role?: TextRole;
  /** Score at or above which the text is flagged (default 0.5). */
  threshold?: number;
}

export function isIndirectRole(role: TextRole | undefined): boolean {
  return role === 'tool' || role === 'document';
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function scoreInjection(text: string, options: ScoreOptions = {}): InjectionFinding {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const base = { detector: DETECTOR_NAME, version: DETECTOR_VERSION };
  if (!text || !text.trim()) return { score: 0, flagged: false, family: null, evidence: null, ...base };
  const signal = analyse(text, isIndirectRole(options.role), MODEL);
  const score = Math.round(sigmoid(signal.logit) * 1e4) / 1e4;
  const flagged = score >= threshold;
  return {
    score,
    flagged,
    family: flagged ? (signal.family ?? 'unclassified') : null,
    evidence: flagged ? signal.evidence : null,
    ...base,
  };
}

export interface MessagePart {
  role: TextRole;
  text: string;
}

export interface MessagesResult {
  /** The highest-scoring part overall. */
  overall: InjectionFinding;
  /** Index into `parts` of the part behind `overall` (evidence offsets refer to that part), or -1. */
  overallIndex: number;
  /** Strongest finding among direct parts (system, user, assistant), null when there are none. */
  direct: (InjectionFinding & { index: number }) | null;
  /** Strongest finding among indirect parts (tool, document), null when there are none. */
  indirect: (InjectionFinding & { index: number }) | null;
  perPart: InjectionFinding[];
}

export function scoreMessages(parts: MessagePart[], options: Omit<ScoreOptions, 'role'> = {}): MessagesResult {
  const perPart = parts.map((p) => scoreInjection(p.text, { ...options, role: p.role }));
  type Indexed = InjectionFinding & { index: number };
  let direct: Indexed | null = null;
  let indirect: Indexed | null = null;
  for (let index = 0; index < perPart.length; index++) {
    const finding: Indexed = { ...perPart[index], index };
    if (isIndirectRole(parts[index].role)) {
      if (!indirect || finding.score > indirect.score) indirect = finding;
    } else if (!direct || finding.score > direct.score) {
      direct = finding;
    }
  }
  let best: Indexed | null = direct;
  if (indirect && (!best || indirect.score > best.score)) best = indirect;
  const overall: InjectionFinding = best
    ? { score: best.score, flagged: best.flagged, family: best.family, evidence: best.evidence, detector: best.detector, version: best.version }
    : scoreInjection('', options);
  return { overall, overallIndex: best ? best.index : -1, direct, indirect, perPart };
}
