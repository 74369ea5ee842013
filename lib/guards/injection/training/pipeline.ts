/**
 * Corpus → weights file. Split off by the script so tests can train a small model and check that
 * training is deterministic.
 */
import { BUCKET_BITS, BUCKETS, featureVector, NGRAM_MAX, NGRAM_MIN } from '../model/features';
import type { WeightsFile } from '../model/model';
import { normalize } from '../normalize/normalize';
import type { LabelledExample } from './corpus';
import { seededRandom, type TrainingExample, trainLogisticRegression } from './logreg';

export const TRAINING_DEFAULTS = {
  seed: 1337,
  epochs: 8,
  learningRate: 0.3,
  l2: 1e-6,
  /** Weights smaller than this (absolute) are dropped from the shipped file. */
  prune: 0.02,
  window: 256,
  stride: 64,
  /** Attacks also appear embedded in a benign carrier text, as they do in real prompts and documents. */
  embedRate: 1,
};

export type TrainingConfig = typeof TRAINING_DEFAULTS;

/** Deterministic augmentation: each attack once more, wrapped in benign text from the same split. */
export function augment(examples: LabelledExample[], config: TrainingConfig): LabelledExample[] {
  const random = seededRandom(config.seed ^ 0x5bd1e995);
  const carriers = examples.filter((e) => e.label === 0 && e.text.length < 400);
  if (carriers.length === 0) return examples;
  const out = examples.slice();
  for (const ex of examples) {
    if (ex.label !== 1 || random() >= config.embedRate) continue;
    const carrier = carriers[Math.floor(random() * carriers.length)].text;
    const before = random() < 0.5;
    out.push({ ...ex, text: before ? `${carrier}\n\n${ex.text}` : `${ex.text}\n\n${carrier}` });
  }
  return out;
}

export function toTrainingExamples(examples: LabelledExample[]): TrainingExample[] {
  return examples.map((e) => ({ features: featureVector(normalize(e.text).text), label: e.label }));
}

export function trainWeights(
  examples: LabelledExample[],
  config: TrainingConfig = TRAINING_DEFAULTS,
  version = 'v1',
): WeightsFile {
  const data = toTrainingExamples(augment(examples, config));
  const trained = trainLogisticRegression(data, {
    buckets: BUCKETS,
    epochs: config.epochs,
    learningRate: config.learningRate,
    l2: config.l2,
    seed: config.seed,
  });
  let maxAbs = 0;
  for (const w of trained.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / 127 : 1;
  const buckets: number[] = [];
  const values: number[] = [];
  let previous = 0;
  for (let j = 0; j < BUCKETS; j++) {
    const w = trained.weights[j];
    if (Math.abs(w) < config.prune) continue;
    const q = Math.round(w / scale);
    if (q === 0) continue;
    buckets.push(j - previous);
    values.push(q);
    previous = j;
  }
  const positives = data.filter((d) => d.label === 1).length;
  return {
    format: 'hashed-char-ngram-logreg',
    version,
    ngram: [NGRAM_MIN, NGRAM_MAX],
    bits: BUCKET_BITS,
    window: config.window,
    stride: config.stride,
    bias: Number(trained.bias.toFixed(6)),
    scale: Number(scale.toPrecision(8)),
    buckets,
    values,
    training: {
      examples: data.length,
      positives,
      negatives: data.length - positives,
      seed: config.seed,
      epochs: config.epochs,
      learningRate: config.learningRate,
      l2: config.l2,
      prune: config.prune,
    },
  };
}

/** Compact but diffable: metadata pretty-printed, the two long arrays on one line each. */
export function serializeWeights(file: WeightsFile): string {
  const { buckets, values, ...meta } = file;
  const head = JSON.stringify(meta, null, 2).replace(/\n}$/, '');
  return `${head},\n  "buckets": ${JSON.stringify(buckets)},\n  "values": ${JSON.stringify(values)}\n}\n`;
}
