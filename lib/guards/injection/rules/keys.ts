/**
 * Finds every rule key in a text in one pass. Checking each of a few thousand keys with
 * `includes` costs a full scan per absent key; here each position hashes its next three
 * characters to find the trie node of keys starting with them, and walks the trie over the
 * following characters. Many keys are phrases sharing a first word ("you read", "you see", ...),
 * so a walk settles them all in a few steps where comparing each key would cost a string compare
 * apiece. Two-character and one-character keys (mostly CJK words) have their own small indexes.
 */

export interface KeyIndex {
  keys: readonly string[];
  /** Trie roots for the first three code units of keys of length >= 3, by hash: root ids in rootNode[rootStart[h] .. rootStart[h + 1]). */
  rootStart: Int32Array;
  rootNode: Int32Array;
  /** Non-zero when some root starts with this pair of code units (folded to 8 bits each: a filter, not a key). */
  rootPair: Uint8Array;
  /** The three code units of each root (first two as c1 * 65536 + c2, then the third), compared exactly. */
  rootHead: Float64Array;
  rootThird: Int32Array;
  /** Trie edges of node n: edgeChar / edgeTarget[edgeStart[n] .. edgeStart[n + 1]). */
  edgeStart: Int32Array;
  edgeChar: Int32Array;
  edgeTarget: Int32Array;
  /** Keys ending at node n: endKeys[endStart[n] .. endStart[n + 1]). */
  endStart: Int32Array;
  endKeys: Int32Array;
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

const pairSlot = (c1: number, c2: number) => ((c1 & 0xff) << 8) | (c2 & 0xff);

interface BuildNode {
  children: Map<number, BuildNode>;
  keys: number[];
  id: number;
}

const newNode = (): BuildNode => ({ children: new Map(), keys: [], id: -1 });

export function buildKeyIndex(keys: readonly string[]): KeyIndex {
  const pairFirst = new Uint8Array(65536);
  const pairs = new Map<number, number[]>();
  const single: number[] = [];
  const roots = new Map<string, BuildNode>();
  keys.forEach((key, k) => {
    if (key.length === 1) single.push(k);
    else if (key.length === 2) {
      const code = key.charCodeAt(0) * 65536 + key.charCodeAt(1);
      pairFirst[key.charCodeAt(0)] = 1;
      pairs.set(code, [...(pairs.get(code) ?? []), k]);
    } else {
      const head = key.slice(0, 3);
      let node: BuildNode = roots.get(head) ?? newNode();
      roots.set(head, node);
      for (let i = 3; i < key.length; i++) {
        const c = key.charCodeAt(i);
        const next: BuildNode = node.children.get(c) ?? newNode();
        node.children.set(c, next);
        node = next;
      }
      node.keys.push(k);
    }
  });

  // Number the nodes breadth-first and lay the trie out in flat arrays.
  const order: BuildNode[] = [...roots.values()];
  for (let i = 0; i < order.length; i++) {
    order[i].id = i;
    for (const child of order[i].children.values()) order.push(child);
  }
  const edgeStart = new Int32Array(order.length + 1);
  const endStart = new Int32Array(order.length + 1);
  const edgeChar: number[] = [];
  const edgeTarget: number[] = [];
  const endKeys: number[] = [];
  for (const node of order) {
    for (const [c, child] of node.children) {
      edgeChar.push(c);
      edgeTarget.push(child.id);
    }
    endKeys.push(...node.keys);
    edgeStart[node.id + 1] = edgeChar.length;
    endStart[node.id + 1] = endKeys.length;
  }

  const buckets: string[][] = Array.from({ length: MASK + 1 }, () => []);
  for (const head of roots.keys()) buckets[tri(head.charCodeAt(0), head.charCodeAt(1), head.charCodeAt(2))].push(head);
  const rootStart = new Int32Array(MASK + 2);
  for (let h = 0; h <= MASK; h++) rootStart[h + 1] = rootStart[h] + buckets[h].length;
  const heads = buckets.flat();
  const rootPair = new Uint8Array(65536);
  for (const head of heads) rootPair[pairSlot(head.charCodeAt(0), head.charCodeAt(1))] = 1;
  return {
    keys,
    rootPair,
    rootStart,
    rootNode: Int32Array.from(heads, (head) => roots.get(head)!.id),
    rootHead: Float64Array.from(heads, (head) => head.charCodeAt(0) * 65536 + head.charCodeAt(1)),
    rootThird: Int32Array.from(heads, (head) => head.charCodeAt(2)),
    edgeStart,
    edgeChar: Int32Array.from(edgeChar),
    edgeTarget: Int32Array.from(edgeTarget),
    endStart,
    endKeys: Int32Array.from(endKeys),
    pairFirst,
    pairs,
    single,
  };
}

export function scanKeys(index: KeyIndex, text: string, maxPositions: number): KeyScan {
  const { keys, rootPair, rootStart, rootNode, rootHead, rootThird, edgeStart, edgeChar, edgeTarget, endStart, endKeys, pairFirst, pairs } = index;
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
    if (c3 !== 0 && rootPair[pairSlot(c1, c2)] === 1) {
      const h = tri(c1, c2, c3);
      const head = c1 * 65536 + c2;
      for (let j = rootStart[h], end = rootStart[h + 1]; j < end; j++) {
        if (rootHead[j] !== head || rootThird[j] !== c3) continue;
        // Walk the trie from this root: every node passed is a prefix of the text at i.
        let node = rootNode[j];
        for (let p = i + 3; ; p++) {
          for (let e = endStart[node], stop = endStart[node + 1]; e < stop; e++) {
            const k = endKeys[e];
            if (!saturated[k]) record(k, i);
          }
          if (p >= n) break;
          const c = text.charCodeAt(p);
          let next = -1;
          for (let e = edgeStart[node], stop = edgeStart[node + 1]; e < stop; e++) {
            if (edgeChar[e] === c) {
              next = edgeTarget[e];
              break;
            }
          }
          if (next < 0) break;
          node = next;
        }
        break;
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
