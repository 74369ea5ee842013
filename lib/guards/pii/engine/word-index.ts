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
let generation = 0;

/** Makes the index keep `word`; returns its hash. */
export function registerIndexedWord(word: string): number {
  const h = hashWord(word, 0, word.length);
  if (!wantedHashes.has(h)) {
    wantedHashes.add(h);
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
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 32;
      if (isWordCode(c)) {
        if (start < 0) {
          start = i;
          h = FNV_OFFSET;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
      } else if (start >= 0) {
        if (wantedHashes.has(h)) {
          const list = this.positionsByHash.get(h);
          if (list) list.push(start);
          else this.positionsByHash.set(h, [start]);
        }
        start = -1;
      }
    }
  }

  /** Whether words registered since this index was built could be missing from it. */
  get stale(): boolean {
    return this.generation !== generation;
  }

  positions(hash: number): readonly number[] | undefined {
    return this.positionsByHash.get(hash);
  }
}
