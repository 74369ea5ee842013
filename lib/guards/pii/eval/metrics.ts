import type { EntityFinding } from '@/lib/guards/types';
import type { LabelledEntity } from './gen/fill';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface TypeScore extends Counts {
  type: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function score(type: string, c: Counts): TypeScore {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type, ...c, support: c.tp + c.fn, precision, recall, f1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Matches predictions to labels one to one. `exact` needs the same type and span; otherwise the
 * same type and any overlap counts (reported as the lenient score).
 */
export function match(gold: readonly LabelledEntity[], predicted: readonly EntityFinding[], exact: boolean) {
  const usedPrediction = new Set<number>();
  const matchedGold = new Set<number>();
  gold.forEach((g, gi) => {
    const pi = predicted.findIndex(
      (p, i) => !usedPrediction.has(i) && p.type === g.type && (exact ? p.start === g.start && p.end === g.end : overlaps(p, g)),
    );
    if (pi >= 0) {
      usedPrediction.add(pi);
      matchedGold.add(gi);
    }
  });
  return {
    truePositives: gold.filter((_, i) => matchedGold.has(i)),
    falseNegatives: gold.filter((_, i) => !matchedGold.has(i)),
    falsePositives: predicted.filter((_, i) => !usedPrediction.has(i)),
  };
}

export function add(counts: Map<string, Counts>, type: string, key: keyof Counts): void {
  const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  c[key]++;
  counts.set(type, c);
}
