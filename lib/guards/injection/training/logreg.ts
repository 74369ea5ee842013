/**
 * Logistic regression trained with AdaGrad SGD over sparse features. Deterministic: the only
 * randomness is the example order, drawn from a seeded generator, and Map iteration follows
 * insertion order.
 */

export interface TrainingExample {
  features: Map<number, number>;
  label: 0 | 1;
}

export interface TrainOptions {
  buckets: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export interface TrainedWeights {
  weights: Float64Array;
  bias: number;
}

/** mulberry32: tiny, seedable, good enough for shuffling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function trainLogisticRegression(examples: TrainingExample[], opts: TrainOptions): TrainedWeights {
  const w = new Float64Array(opts.buckets);
  const g2 = new Float64Array(opts.buckets);
  let bias = 0;
  let biasG2 = 0;
  const positives = examples.filter((e) => e.label === 1).length;
  const negatives = examples.length - positives;
  // Balance the classes so the decision threshold sits near 0.5 whatever the corpus mix.
  const classWeight = [examples.length / (2 * Math.max(1, negatives)), examples.length / (2 * Math.max(1, positives))];
  const random = seededRandom(opts.seed);
  const eps = 1e-8;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const ex of shuffle(examples, random)) {
      let z = bias;
      for (const [j, v] of ex.features) z += w[j] * v;
      const g = (sigmoid(z) - ex.label) * classWeight[ex.label];
      for (const [j, v] of ex.features) {
        const grad = g * v + opts.l2 * w[j];
        g2[j] += grad * grad;
        w[j] -= (opts.learningRate * grad) / (Math.sqrt(g2[j]) + eps);
      }
      biasG2 += g * g;
      bias -= (opts.learningRate * g) / (Math.sqrt(biasG2) + eps);
    }
  }
  return { weights: w, bias };
}

export function predictLogit(model: TrainedWeights, features: Map<number, number>): number {
  let z = model.bias;
  for (const [j, v] of features) z += model.weights[j] * v;
  return z;
}
