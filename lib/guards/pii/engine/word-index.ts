/**
 * Positions of context words in a text, found in one pass over its characters. Words are hashed
 * while they are read and only words some context rule asks for are kept, so building the index
 * allocates almost nothing. Hash hits are confirmed against the text by the caller.
 */

const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;

/** Letters and digits of any script; typographic punctuation (’ “ — and the like) is not a word character. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000 && c !== 0xfeff && c !== 0xab && c !== 0xbb;
}

export function hashWord(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

const wantedHashes = new Set<number>();
/**
 * One bit per wanted hash (a Bloom filter with one hash function): most words of a text are not
 * context words, and a bit test turns them away for a fraction of a Set lookup.
 */
const BLOOM_BITS = 1 << 16;
const wantedBloom = new Int32Array(BLOOM_BITS >>> 5);
const bloomHas = (h: number) => (wantedBloom[(h >>> 5) & (wantedBloom.length - 1)] & (1 << (h & 31))) !== 0;
let generation = 0;

/** Word characters among ASCII codes (lower case only: the index reads lower-cased text). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordCode(c) ? 1 : 0;

/** Makes the index keep `word`; returns its hash. */
export function registerIndexedWord(word: string): number {
  const h = hashWord(word, 0, word.length);
  if (!wantedHashes.has(h)) {
    wantedHashes.add(h);
    wantedBloom[(h >>> 5) & (wantedBloom.length - 1)] |= 1 << (h & 31);
    generation++;
  }
  return h;
}

export class WordIndex {
  readonly generation = generation;
  private readonly positionsByHash = new Map<number, number[]>();

  constructor(lower: string) {
    let start = -1;
    let h = FNV_OFFSET;
    const n = lower.length;
    for (let i = 0; i < n; i++) {
      const c = lower.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c)) {
        if (start < 0) {
          start = i;
          h = FNV_OFFSET;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
      } else if (start >= 0) {
        this.add(h, start);
        start = -1;
      }
    }
    if (start >= 0) this.add(h, start);
  }

  private add(h: number, start: number): void {
    if (!bloomHas(h) || !wantedHashes.has(h)) return;
    const list = this.positionsByHash.get(h);
    if (list) list.push(start);
    else this.positionsByHash.set(h, [start]);
  }

  /** Whether words registered since this index was built could be missing from it. */
  get stale(): boolean {
    return this.generation !== generation;
  }

  positions(hash: number): readonly number[] | undefined {
    return this.positionsByHash.get(hash);
  }
}
