/**
 * Keccak-256 (the pre-standard padding Ethereum uses, not SHA3-256) with 64-bit lanes split into
 * 32-bit halves. Needed only to verify EIP-55 mixed-case address checksums.
 */

const ROUND_CONSTANTS_LO = new Uint32Array([
  0x00000001, 0x00008082, 0x0000808a, 0x80008000, 0x0000808b, 0x80000001, 0x80008081, 0x00008009,
  0x0000008a, 0x00000088, 0x80008009, 0x8000000a, 0x8000808b, 0x0000008b, 0x00008089, 0x00008003,
  0x00008002, 0x00000080, 0x0000800a, 0x8000000a, 0x80008081, 0x00008080, 0x80000001, 0x80008008,
]);
const ROUND_CONSTANTS_HI = new Uint32Array([
  0x00000000, 0x00000000, 0x80000000, 0x80000000, 0x00000000, 0x00000000, 0x80000000, 0x80000000,
  0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x80000000, 0x80000000, 0x80000000,
  0x80000000, 0x80000000, 0x00000000, 0x80000000, 0x80000000, 0x80000000, 0x00000000, 0x80000000,
]);
/** Rotation offset of lane x + 5y. */
const ROTATIONS = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

function keccakF(lo: Uint32Array, hi: Uint32Array): void {
  const cLo = new Uint32Array(5);
  const cHi = new Uint32Array(5);
  const bLo = new Uint32Array(25);
  const bHi = new Uint32Array(25);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) {
      cLo[x] = lo[x] ^ lo[x + 5] ^ lo[x + 10] ^ lo[x + 15] ^ lo[x + 20];
      cHi[x] = hi[x] ^ hi[x + 5] ^ hi[x + 10] ^ hi[x + 15] ^ hi[x + 20];
    }
    for (let x = 0; x < 5; x++) {
      const nLo = cLo[(x + 1) % 5];
      const nHi = cHi[(x + 1) % 5];
      const dLo = cLo[(x + 4) % 5] ^ ((nLo << 1) | (nHi >>> 31));
      const dHi = cHi[(x + 4) % 5] ^ ((nHi << 1) | (nLo >>> 31));
      for (let y = 0; y < 25; y += 5) {
        lo[x + y] ^= dLo;
        hi[x + y] ^= dHi;
      }
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const from = x + 5 * y;
        const to = y + 5 * ((2 * x + 3 * y) % 5);
        const r = ROTATIONS[from];
        const l = lo[from];
        const h = hi[from];
        if (r === 0) {
          bLo[to] = l;
          bHi[to] = h;
        } else if (r < 32) {
          bLo[to] = (l << r) | (h >>> (32 - r));
          bHi[to] = (h << r) | (l >>> (32 - r));
        } else if (r === 32) {
          bLo[to] = h;
          bHi[to] = l;
        } else {
          const m = r - 32;
          bLo[to] = (h << m) | (l >>> (32 - m));
          bHi[to] = (l << m) | (h >>> (32 - m));
        }
      }
    }
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        lo[x + y] = bLo[x + y] ^ (~bLo[((x + 1) % 5) + y] & bLo[((x + 2) % 5) + y]);
        hi[x + y] = bHi[x + y] ^ (~bHi[((x + 1) % 5) + y] & bHi[((x + 2) % 5) + y]);
      }
    }
    lo[0] ^= ROUND_CONSTANTS_LO[round];
    hi[0] ^= ROUND_CONSTANTS_HI[round];
  }
}

const RATE_BYTES = 136;

export function keccak256(message: Uint8Array): Uint8Array {
  const blocks = Math.floor(message.length / RATE_BYTES) + 1;
  const padded = new Uint8Array(blocks * RATE_BYTES);
  padded.set(message);
  padded[message.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  const lo = new Uint32Array(25);
  const hi = new Uint32Array(25);
  const view = new DataView(padded.buffer);
  for (let block = 0; block < blocks; block++) {
    for (let lane = 0; lane < RATE_BYTES / 8; lane++) {
      const offset = block * RATE_BYTES + lane * 8;
      lo[lane] ^= view.getUint32(offset, true);
      hi[lane] ^= view.getUint32(offset + 4, true);
    }
    keccakF(lo, hi);
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let lane = 0; lane < 4; lane++) {
    outView.setUint32(lane * 8, lo[lane], true);
    outView.setUint32(lane * 8 + 4, hi[lane], true);
  }
  return out;
}
