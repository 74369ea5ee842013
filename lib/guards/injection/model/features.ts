/**
 * Hashed character n-grams over normalised text: the one featuriser shared by the training script
 * and the runtime, so the two cannot drift apart. Each n-gram of length 3..5 is hashed (FNV-1a with
 * a final mix) into 2^18 buckets; a text's feature vector is its bucket counts divided by the square
 * root of its n-gram count, which keeps short and long texts on one scale.
 */

export const NGRAM_MIN = 3;
export const NGRAM_MAX = 5;
export const BUCKET_BITS = 18;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export const MIX_MULTIPLIER = 0x85ebca6b;

export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, MIX_MULTIPLIER);
  h ^= h >>> 13;
  return h & MASK;
}

/** Pads with a space so word starts and ends form their own n-grams. */
export function padded(text: string): string {
  return ` ${text} `;
}

/**
 * Calls `visit(position, bucket)` for every n-gram of the padded text, grouped by start position.
 * Hashing is incremental: the 4-gram extends the 3-gram's state, the 5-gram the 4-gram's.
 */
export function forEachNgram(text: string, visit: (pos: number, bucket: number) => void): void {
  const n = text.length;
  for (let i = 0; i + NGRAM_MIN <= n; i++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < NGRAM_MAX && i + k < n; k++) {
      h = Math.imul(h ^ text.charCodeAt(i + k), FNV_PRIME);
      if (k + 1 >= NGRAM_MIN) visit(i, mix(h));
    }
  }
}

/** Sparse feature vector for training: bucket → count / sqrt(total n-grams). */
export function featureVector(normalizedText: string): Map<number, number> {
  const counts = new Map<number, number>();
  let total = 0;
  forEachNgram(padded(normalizedText), (_pos, b) => {
    counts.set(b, (counts.get(b) ?? 0) + 1);
    total++;
  });
  if (total === 0) return counts;
  const scale = 1 / Math.sqrt(total);
  for (const [b, c] of counts) counts.set(b, c * scale);
  return counts;
}
