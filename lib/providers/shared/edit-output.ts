/**
 * The bytes a stream editor sends for one pushed chunk. Unchanged events are pushed as views into
 * the upstream chunk, so a chunk that passes whole costs no copy; pieces are joined once per push.
 */
const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();

export class ByteOutput {
  private pieces: Uint8Array[] = [];

  bytes(piece: Uint8Array): void {
    if (piece.length > 0) this.pieces.push(piece);
  }

  text(piece: string): void {
    if (piece.length > 0) this.pieces.push(encoder.encode(piece));
  }

  take(): Uint8Array {
    const { pieces } = this;
    if (pieces.length === 0) return EMPTY;
    this.pieces = [];
    if (pieces.length === 1) return pieces[0];
    // Consecutive views into the same chunk (events that passed unchanged) rejoin without a copy.
    if (contiguous(pieces)) {
      const first = pieces[0];
      const last = pieces[pieces.length - 1];
      return new Uint8Array(first.buffer, first.byteOffset, last.byteOffset + last.byteLength - first.byteOffset);
    }
    return Buffer.concat(pieces);
  }
}

function contiguous(pieces: Uint8Array[]): boolean {
  for (let i = 1; i < pieces.length; i++) {
    const a = pieces[i - 1];
    const b = pieces[i];
    if (a.buffer !== b.buffer || a.byteOffset + a.byteLength !== b.byteOffset) return false;
  }
  return true;
}
