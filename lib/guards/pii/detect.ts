import type { EntityFinding } from '@/lib/guards/types';
import { entityTypeInfo } from './entity-types';
import { resolveOverlaps, runRecognizers } from './engine/run-recognizers';
import { ScanText } from './engine/scan-text';
import type { Candidate, DetectOptions, Recognizer } from './engine/types';
import { selectRecognizers } from './registry';

export const DEFAULT_MIN_SCORE = 0.5;

export function toFinding(c: Candidate): EntityFinding {
  const info = entityTypeInfo(c.type);
  return {
    type: c.type,
    category: info?.category ?? 'pii',
    start: c.start,
    end: c.end,
    score: Math.round(c.score * 100) / 100,
    severity: info?.severity ?? 'medium',
    locale: c.locale,
  };
}

/** Runs an explicit recogniser list; used by the stream scanner, which selects once per stream. */
export function detectWith(text: string, recognizers: readonly Recognizer[], minScore = DEFAULT_MIN_SCORE): EntityFinding[] {
  if (text.length === 0) return [];
  const candidates = runRecognizers(new ScanText(text), recognizers, minScore);
  return resolveOverlaps(candidates).map(toFinding);
}

/**
 * Finds personal data and secrets in `text`. Findings do not overlap, are sorted by start, and use
 * UTF-16 offsets (what `String.prototype.slice` takes).
 */
export function detectEntities(text: string, options: DetectOptions = {}): EntityFinding[] {
  return detectWith(text, selectRecognizers(options), options.minScore ?? DEFAULT_MIN_SCORE);
}
