/**
 * Finds every rule key in a text in one pass. Checking each of several hundred keys with
 * `includes` costs a full scan per absent key; here each position hashes its next three
 * characters, and only the keys in that hash bucket are compared. Two-character and
 * one-character keys (mostly CJK words) have their own small indexes.
 */

export interface KeyIndex {
  keys: readonly string[];
  /** Keys of length >= 3 by hash of their first three code units: ids in triKeys[triStart[h] .. triStart[h + 1]). */
  triStart: Int32Array;
  triKeys: Int32Array;
  /** Two-character keys by pair code, with a filter on the first character. */
  pairFirst: Uint8Array;
  pairs: Map<number, number[]>;
  /** One-character keys, found with indexOf. */
  single: number[];
}

export interface KeyScan {
  /** Positions of each key (ascending), capped; undefined when the key is absent. */
  positions: (number[] | undefined)[];
  /** True when a key occurred more often than the cap. */
  saturated: Uint8Array;
}

const BITS = 13;
const MASK = (1 << BITS) - 1;

function tri(c1: number, c2: number, c3: number): number {
  return (Math.imul(c1, 0x9e3779b1) ^ Math.imul(c2, 0x85ebca6b) ^ Math.imul(c3, 0xc2b2ae35)) >>> (32 - BITS);
}

export function buildKeyIndex(keys: readonly string[]): KeyIndex {
  const buckets: number[][] = Array.from({ length: MASK + 1 }, () => []);
  const pairFirst = new Uint8Array(65536);
  const pairs = new Map<number, number[]>();
  const single: number[] = [];
  keys.forEach((key, k) => {
    if (key.length === 1) single.push(k);
    else if (key.length === 2) {
      const code = key.charCodeAt(0) * 65536 + key.charCodeAt(1);
      pairFirst[key.charCodeAt(0)] = 1;
      pairs.set(code, [...(pairs.get(code) ?? []), k]);
    } else buckets[tri(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2))].push(k);
  });
  const triStart = new Int32Array(MASK + 2);
  for (let h = 0; h <= MASK; h++) triStart[h + 1] = triStart[h] + buckets[h].length;
  return { keys, triStart, triKeys: Int32Array.from(buckets.flat()), pairFirst, pairs, single };
}

export function scanKeys(index: KeyIndex, text: string, maxPositions: number): KeyScan {
  const { keys, triStart, triKeys, pairFirst, pairs } = index;
  const positions: (number[] | undefined)[] = new Array(keys.length);
  const saturated = new Uint8Array(keys.length);
  const record = (k: number, pos: number): void => {
    const list = positions[k];
    if (!list) positions[k] = [pos];
    else if (list.length < maxPositions) list.push(pos);
    else saturated[k] = 1;
  };
  const n = text.length;
  let c1 = n > 0 ? text.charCodeAt(0) : 0;
  let c2 = n > 1 ? text.charCodeAt(1) : 0;
  for (let i = 0; i + 1 < n; i++) {
    const c3 = i + 2 < n ? text.charCodeAt(i + 2) : 0;
    if (c3 !== 0) {
      const h = tri(c1, c2, c3);
      for (let j = triStart[h], end = triStart[h + 1]; j < end; j++) {
        const k = triKeys[j];
        if (!saturated[k] && text.startsWith(keys[k], i)) record(k, i);
      }
    }
    if (pairFirst[c1]) {
      const bucket = pairs.get(c1 * 65536 + c2);
      if (bucket) for (const k of bucket) if (!saturated[k]) record(k, i);
    }
    c1 = c2;
    c2 = c3;
  }
  for (const k of index.single) {
    const key = keys[k];
    for (let p = text.indexOf(key); p >= 0 && !saturated[k]; p = text.indexOf(key, p + 1)) record(k, p);
  }
  return { positions, saturated };
}
