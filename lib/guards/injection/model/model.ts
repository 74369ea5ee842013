/**
 * Runtime for the shipped logistic-regression model. Long texts are scored as overlapping windows
 * and the best window wins, so an injection buried in a long document is not diluted by the
 * benign text around it. Per-position weight sums and prefix sums make every window O(1).
 */
import * as features from './features';

// Local copies: imported bindings cost a getter call per access in CommonJS builds.
const { BUCKET_BITS, BUCKETS, FNV_OFFSET, FNV_PRIME, forEachNgram, MIX_MULTIPLIER, mix, NGRAM_MAX, NGRAM_MIN, padded } = features;
const MASK = BUCKETS - 1;
/** N-grams that start at a position with at least NGRAM_MAX characters left (3-, 4- and 5-grams). */
const NGRAMS_PER_POSITION = NGRAM_MAX - NGRAM_MIN + 1;

/** On-disk format of `weights.v*.json`. */
export interface WeightsFile {
  format: 'hashed-char-ngram-logreg';
  version: string;
  ngram: [number, number];
  bits: number;
  window: number;
  stride: number;
  bias: number;
  /** Dequantised weight = value * scale. */
  scale: number;
  /** Bucket indexes, ascending, delta-encoded (first entry absolute). */
  buckets: number[];
  /** Quantised weights (int8 range), one per bucket. */
  values: number[];
  training?: Record<string, unknown>;
}

export interface LoadedModel {
  version: string;
  bias: number;
  /** Quantised weights, kept as int8 so the 2^18-entry table stays cache-sized (256 KB). */
  weights: Int8Array;
  scale: number;
  window: number;
  stride: number;
}

export interface ModelScore {
  /** Log-odds of the best window. */
  logit: number;
  /** Span of the best window in the normalised text. */
  start: number;
  end: number;
}

export function loadModel(file: WeightsFile): LoadedModel {
  if (file.format !== 'hashed-char-ngram-logreg') throw new Error(`unknown model format ${file.format}`);
  if (file.bits !== BUCKET_BITS || file.ngram[0] !== NGRAM_MIN || file.ngram[1] !== NGRAM_MAX) {
    throw new Error('model was trained with a different featuriser');
  }
  if (file.buckets.length !== file.values.length) throw new Error('corrupt model: buckets and values differ');
  const weights = new Int8Array(BUCKETS);
  let b = 0;
  for (let i = 0; i < file.buckets.length; i++) {
    b += file.buckets[i];
    if (file.values[i] < -127 || file.values[i] > 127) throw new Error('corrupt model: weight outside int8');
    weights[b] = file.values[i];
  }
  return { version: file.version, bias: file.bias, weights, scale: file.scale, window: file.window, stride: file.stride };
}

/**
 * Scratch arrays reused across calls (scoring is synchronous and never re-entered): allocating
 * three typed arrays the size of the text on every call costs about as much as a quarter of the
 * hashing, since arrays that size live outside the JS heap.
 */
let scratchText = new Uint16Array(0);
let scratchSums = new Int32Array(0);

function ensureScratch(n: number): void {
  if (scratchText.length >= n + 1) return;
  const size = Math.max(n + 1, scratchText.length * 2);
  scratchText = new Uint16Array(size);
  scratchSums = new Int32Array(size);
}

/**
 * Texts up to this length keep every prefix sum of int8 weights (at most 3 * 127 per position)
 * inside int32, so the sums are exact integers; longer ones take the general loop.
 */
const INT32_SAFE_LENGTH = 5_000_000;

export function scoreText(model: LoadedModel, normalizedText: string): ModelScore {
  const n = normalizedText.length + 2;
  if (n > INT32_SAFE_LENGTH) return scoreTextGeneral(model, normalizedText);
  // The padded text as code units in a typed array: concatenating ' ' + text + ' ' would give a
  // rope string whose charCodeAt is slow in the loop below.
  ensureScratch(n);
  const text = scratchText;
  text[0] = 0x20;
  text[n - 1] = 0x20;
  for (let i = 0; i < normalizedText.length; i++) text[i + 1] = normalizedText.charCodeAt(i);
  // sums[i]: prefix sum of n-gram weights for start positions < i, as an integer (weights are
  // int8). The hashing is features.forEachNgram inlined and, where all three n-gram lengths fit,
  // unrolled with the mix written out: this loop is most of the model's cost, and a call or an
  // inner loop per n-gram costs more than the hash. Integer additions keep the running sum off the
  // floating-point latency chain; the sums are the same numbers.
  const sums = scratchSums;
  sums[0] = 0;
  const w = model.weights;
  let acc = 0;
  let i = 0;
  for (; i + NGRAM_MAX <= n; i++) {
    let h = Math.imul(FNV_OFFSET ^ text[i], FNV_PRIME);
    h = Math.imul(h ^ text[i + 1], FNV_PRIME);
    h = Math.imul(h ^ text[i + 2], FNV_PRIME);
    let m = h ^ (h >>> 16);
    m = Math.imul(m, MIX_MULTIPLIER);
    const w3 = w[(m ^ (m >>> 13)) & MASK];
    h = Math.imul(h ^ text[i + 3], FNV_PRIME);
    m = h ^ (h >>> 16);
    m = Math.imul(m, MIX_MULTIPLIER);
    const w4 = w[(m ^ (m >>> 13)) & MASK];
    h = Math.imul(h ^ text[i + 4], FNV_PRIME);
    m = h ^ (h >>> 16);
    m = Math.imul(m, MIX_MULTIPLIER);
    acc = (acc + w3 + w4 + w[(m ^ (m >>> 13)) & MASK]) | 0;
    sums[i + 1] = acc;
  }
  for (; i < n; i++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < NGRAM_MAX && i + k < n; k++) {
      h = Math.imul(h ^ text[i + k], FNV_PRIME);
      if (k + 1 >= NGRAM_MIN) acc = (acc + w[mix(h)]) | 0;
    }
    sums[i + 1] = acc;
  }
  return bestWindow(model, n, normalizedText.length, sums);
}

/**
 * N-grams that start before padded position `b` of a padded text of length `n`: three at every
 * position with at least NGRAM_MAX characters left, then two, then one.
 */
function ngramsBefore(b: number, n: number): number {
  const last3 = n - NGRAM_MAX; // last position starting a 3-, 4- and 5-gram
  let count = NGRAMS_PER_POSITION * Math.max(0, Math.min(b, last3 + 1));
  if (last3 + 1 >= 0 && b > last3 + 1) count += 2;
  if (last3 + 2 >= 0 && b > last3 + 2) count += 1;
  return count;
}

/** The best window (model.window wide, every model.stride) given prefix sums of n-gram weights. */
function bestWindow(model: LoadedModel, n: number, length: number, sums: ArrayLike<number>): ModelScore {
  const scale = model.scale;
  const windowOf = (a: number, b: number) => {
    const c = ngramsBefore(b, n) - ngramsBefore(a, n);
    return c === 0 ? model.bias : model.bias + ((sums[b] - sums[a]) * scale) / Math.sqrt(c);
  };
  if (n <= model.window) return { logit: windowOf(0, n), start: 0, end: length };
  let best = -Infinity;
  let bestStart = 0;
  for (let a = 0; ; a += model.stride) {
    const b = Math.min(n, a + model.window);
    const s = windowOf(a, b);
    if (s > best) {
      best = s;
      bestStart = a;
    }
    if (b === n) break;
  }
  // Window positions are in the padded text; shift back by the leading space.
  const start = Math.max(0, bestStart - 1);
  const end = Math.min(length, bestStart + model.window - 1);
  return { logit: best, start, end };
}

/** Texts too long for int32 sums: the same scores with floating-point sums (exported for the tests). */
export function scoreTextGeneral(model: LoadedModel, normalizedText: string): ModelScore {
  const text = padded(normalizedText);
  const n = text.length;
  const sums = new Float64Array(n + 1);
  const w = model.weights;
  let acc = 0;
  let pos = 0;
  forEachNgram(text, (p, bucket) => {
    for (; pos < p; pos++) sums[pos + 1] = acc;
    acc += w[bucket];
  });
  for (; pos < n; pos++) sums[pos + 1] = acc;
  return bestWindow(model, n, normalizedText.length, sums);
}
