import type { EntityAction, EntityFinding } from '@/lib/guards/types';
import { applyEntityActions } from './actions';
import { DEFAULT_MIN_SCORE, detectWith } from './detect';
import type { DetectOptions } from './engine/types';
import type { Pseudonymizer } from './pseudonymizer';
import { selectRecognizers } from './registry';
import { holdBackBounds, openerHoldStart, tailHoldStart } from './stream-holdback';

/** Already-emitted text kept for context words and keyword-prefixed values ("password: ..."). */
const CONTEXT_TAIL = 256;

export interface StreamScanOptions extends DetectOptions {
  pseudonymizer?: Pseudonymizer;
}

export interface StreamScanResult {
  /** Text safe to emit now, with actions applied. */
  text: string;
  /** Findings completed by this call; offsets are positions in the whole input stream. */
  findings: EntityFinding[];
  /** The subset whose action is `block`; their values are masked in `text`. */
  blocked: EntityFinding[];
}

export interface StreamScanner {
  push(chunk: string): StreamScanResult;
  flush(): StreamScanResult;
}

/**
 * Response-side scanner for streamed text. Each push emits everything that can no longer be part
 * of an entity and holds back only the tail that still could (see `stream-holdback.ts` for the
 * bound). An entity split across chunks is therefore seen whole and masked.
 */
export function createStreamScanner(
  options: StreamScanOptions = {},
  actionFor: (finding: EntityFinding) => EntityAction = () => 'mask',
): StreamScanner {
  const recognizers = selectRecognizers(options);
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const bounds = holdBackBounds(recognizers);
  let emittedTail = '';
  let pending = '';
  let emittedLength = 0;

  function process(final: boolean): StreamScanResult {
    let cut = final ? pending.length : tailHoldStart(pending, bounds);
    // Openers only move the cut further back, so with nothing emittable there is nothing to scan.
    if (cut === 0) return { text: '', findings: [], blocked: [] };
    const offset = emittedTail.length;
    const local = detectWith(emittedTail + pending, recognizers, minScore)
      .filter((f) => f.end > offset)
      .map((f) => ({ ...f, start: Math.max(0, f.start - offset), end: f.end - offset }));
    if (!final) cut = openerHoldStart(pending, local, bounds, cut);
    // Never cut through an entity: emit up to its start and keep it whole for the next call.
    for (let i = local.length - 1; i >= 0; i--) {
      if (local[i].start < cut && local[i].end > cut) cut = local[i].start;
    }
    const done = local.filter((f) => f.end <= cut);
    const head = pending.slice(0, cut);
    const { text, blocked } = applyEntityActions(head, done, actionFor, options.pseudonymizer);
    const base = emittedLength;
    const shift = (f: EntityFinding) => ({ ...f, start: f.start + base, end: f.end + base });
    emittedTail = (emittedTail + head).slice(-CONTEXT_TAIL);
    pending = pending.slice(cut);
    emittedLength += cut;
    return { text, findings: done.map(shift), blocked: blocked.map(shift) };
  }

  return {
    push(chunk: string) {
      pending += chunk;
      return process(false);
    },
    flush() {
      return process(true);
    },
  };
}
