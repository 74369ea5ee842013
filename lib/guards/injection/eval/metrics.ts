/**
 * Detection metrics shared by the training script's dev report and the evaluation script.
 * Pure: takes predictions, returns numbers.
 */
import type { LabelledExample } from '../training/corpus';

export interface Prediction {
  example: LabelledExample;
  score: number;
  flagged: boolean;
  family: string | null;
}

export interface BinaryScores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FamilyScores {
  /** Attacks labelled with this family. */
  n: number;
  /** Share of them flagged (whatever family was predicted). */
  detectionRecall: number;
  /** Family-attributed precision/recall/F1: a hit counts only when the predicted family matches. */
  precision: number;
  recall: number;
  f1: number;
}

export interface InjectionMetrics {
  overall: BinaryScores;
  perFamily: Record<string, FamilyScores>;
  perLanguage: Record<string, { n: number; detected: number; recall: number }>;
  hardNegatives: { n: number; falsePositives: number; rate: number };
  benign: { n: number; falsePositives: number; rate: number };
  perRole: Record<string, BinaryScores>;
  misses: Prediction[];
  falsePositives: Prediction[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function binary(preds: Prediction[]): BinaryScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of preds) {
    if (p.example.label === 1) p.flagged ? tp++ : fn++;
    else p.flagged ? fp++ : tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, tn, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

export function computeMetrics(preds: Prediction[]): InjectionMetrics {
  const attacks = preds.filter((p) => p.example.label === 1);
  const families = [...new Set(attacks.map((p) => p.example.family!))].sort();
  const perFamily: Record<string, FamilyScores> = {};
  for (const f of families) {
    const gold = attacks.filter((p) => p.example.family === f);
    const tp = gold.filter((p) => p.flagged && p.family === f).length;
    const predicted = preds.filter((p) => p.flagged && p.family === f).length;
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, gold.length);
    perFamily[f] = {
      n: gold.length,
      detectionRecall: ratio(gold.filter((p) => p.flagged).length, gold.length),
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall),
    };
  }
  const perLanguage: InjectionMetrics['perLanguage'] = {};
  for (const p of attacks) {
    const l = (perLanguage[p.example.lang] ??= { n: 0, detected: 0, recall: 0 });
    l.n++;
    if (p.flagged) l.detected++;
  }
  for (const l of Object.values(perLanguage)) l.recall = ratio(l.detected, l.n);
  const hard = preds.filter((p) => p.example.label === 0 && p.example.kind === 'hard_negative');
  const benign = preds.filter((p) => p.example.label === 0 && p.example.kind !== 'hard_negative');
  const perRole: Record<string, BinaryScores> = {};
  for (const role of [...new Set(preds.map((p) => p.example.role))].sort()) {
    perRole[role] = binary(preds.filter((p) => p.example.role === role));
  }
  return {
    overall: binary(preds),
    perFamily,
    perLanguage,
    hardNegatives: { n: hard.length, falsePositives: hard.filter((p) => p.flagged).length, rate: ratio(hard.filter((p) => p.flagged).length, hard.length) },
    benign: { n: benign.length, falsePositives: benign.filter((p) => p.flagged).length, rate: ratio(benign.filter((p) => p.flagged).length, benign.length) },
    perRole,
    misses: attacks.filter((p) => !p.flagged),
    falsePositives: preds.filter((p) => p.example.label === 0 && p.flagged),
  };
}
