import { CONTEXT_AFTER, CONTEXT_BEFORE, anyPositionBetween, scoreWithContext } from './context';
import { LiteralGate } from './literal-gate';
import type { ScanText, TextWindow } from './scan-text';
import type { Candidate, PatternRecognizer, Recognizer } from './types';

const gates = new WeakMap<readonly Recognizer[], LiteralGate>();

/** One gate per recogniser list (selections are cached, so this is built once per selection). */
function gateFor(recognizers: readonly Recognizer[]): LiteralGate {
  let gate = gates.get(recognizers);
  if (!gate) {
    const sensitive: string[] = [];
    const insensitive: string[] = [];
    for (const r of recognizers) {
      if (r.kind !== 'pattern' || r.scope.kind !== 'literal') continue;
      (r.scope.ignoreCase ? insensitive : sensitive).push(...r.scope.literals);
    }
    gate = new LiteralGate(sensitive, insensitive);
    gates.set(recognizers, gate);
  }
  return gate;
}

function windowsFor(scan: ScanText, r: PatternRecognizer, present: ReadonlySet<string>): TextWindow[] {
  const scope = r.scope;
  if (scope.kind === 'digits') return scan.digitWindowsWithRun(scope.minDigits);
  if (!scope.literals.some((l) => present.has(l))) return [];
  return scan.literalWindows(scope, scope.literals, scope.ignoreCase === true, scope.before, scope.after, present);
}

/** Texts up to this length index their words for about what one pattern run on a window costs. */
const CHEAP_INDEX_LENGTH = 1024;

function windowHasContext(scan: ScanText, w: TextWindow, words: readonly string[]): boolean {
  const positions = scan.contextPositions(words);
  return positions.length > 0 && anyPositionBetween(positions, w.start - CONTEXT_BEFORE - 32, w.end + CONTEXT_AFTER);
}

function runPattern(scan: ScanText, r: PatternRecognizer, minScore: number, out: Candidate[], present: ReadonlySet<string>): void {
  const minDigits = r.scope.kind === 'digits' ? r.scope.minDigits : 0;
  const hint = r.scope.kind === 'digits' ? r.scope.hint : undefined;
  const windows = windowsFor(scan, r, present);
  const re = r.pattern;
  const requiredWords = r.context?.required ? r.context.words : null;
  for (const w of windows) {
    if (w.maxRun < minDigits) continue;
    // Without its required context nearby, nothing in this window can qualify. Once the text's word
    // index exists (a number-dense text), or when building it is cheap (a short text), that check
    // goes first; otherwise the hint and the pattern go first and the check waits for a match.
    let contextChecked = requiredWords === null;
    if (!contextChecked && (scan.hasWordIndex || scan.text.length <= CHEAP_INDEX_LENGTH)) {
      if (!windowHasContext(scan, w, requiredWords!)) continue;
      contextChecked = true;
    }
    if (hint && !hint.test(w.slice)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(w.slice))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (!contextChecked) {
        if (!windowHasContext(scan, w, requiredWords!)) break;
        contextChecked = true;
      }
      let start = w.start + m.index;
      let end = start + m[0].length;
      if (r.valueGroup !== undefined) {
        const span = m.indices?.[r.valueGroup];
        if (!span) continue;
        start = w.start + span[0];
        end = w.start + span[1];
      }
      if (r.validate) {
        const verdict = r.validate(scan.text.slice(start, end));
        if (verdict === false || verdict === 0) {
          // A failed checksum may hide a valid entity starting inside the same match.
          re.lastIndex = m.index + 1;
          continue;
        }
        if (typeof verdict === 'number') end = start + verdict;
      }
      const score = scoreWithContext(scan.lower, start, end, r.score, r.context);
      if (score >= minScore) out.push({ type: r.type, locale: r.locale, start, end, score });
    }
  }
}

export function runRecognizers(scan: ScanText, recognizers: readonly Recognizer[], minScore: number): Candidate[] {
  const out: Candidate[] = [];
  const present = gateFor(recognizers).present(scan.text, () => scan.lower);
  for (const r of recognizers) {
    if (r.kind === 'pattern') runPattern(scan, r, minScore, out, present);
    else {
      const before = out.length;
      r.find(scan, out);
      // Finders score themselves; drop what falls under the caller's threshold.
      for (let i = out.length - 1; i >= before; i--) if (out[i].score < minScore) out.splice(i, 1);
    }
  }
  return out;
}

/**
 * Keeps the best non-overlapping candidates: higher score first, then the longer span, then the
 * earlier one. Returned sorted by start.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  if (candidates.length <= 1) return candidates;
  const ranked = [...candidates].sort(
    (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    let overlaps = false;
    for (const k of kept) {
      if (c.start < k.end && k.start < c.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
