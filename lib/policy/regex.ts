/**
 * Tenant-written regular expressions (content rules, tool-call conditions) run on the request path,
 * so a pattern must never be able to stall the event loop. Three layers:
 *  1. at write time, a static check refuses the shapes behind catastrophic backtracking: a
 *     quantified group that itself contains a quantifier (`(a+)+`), an unbounded quantified group
 *     with alternation (`(a|ab)*`), and backreferences; plus a length cap;
 *  2. at write time, the compiled pattern is run against adversarial inputs of one scan window
 *     and refused when any takes longer than `STRESS_LIMIT_MS`;
 *  3. at run time, text is matched in windows of `WINDOW` characters (overlapping by `OVERLAP`),
 *     so one `exec` never sees more input than the stress test measured, and the caller stops
 *     after a time budget per request (lib/policy/content.ts).
 */

export const MAX_PATTERN_LENGTH = 512;
export const WINDOW = 4096;
/** A match up to this long is found even when it straddles two windows. */
export const OVERLAP = 256;
const STRESS_LIMIT_MS = 25;

export class UnsafePatternError extends Error {}

/** Index just past a `{n}`, `{n,}` or `{n,m}` quantifier at `i`, with whether it can repeat more than once. */
function braceQuantifier(source: string, i: number): { end: number; repeats: boolean; unbounded: boolean } | null {
  const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
  if (!m) return null;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
  return { end: i + m[0].length, repeats: max > 1, unbounded: max === Infinity };
}

interface Frame {
  quantified: boolean;
  alternation: boolean;
}

/** Throws UnsafePatternError naming the problem; returns silently for patterns that pass. */
export function checkPatternShape(source: string): void {
  if (source.length === 0) throw new UnsafePatternError('must not be empty');
  if (source.length > MAX_PATTERN_LENGTH) throw new UnsafePatternError(`at most ${MAX_PATTERN_LENGTH} characters`);
  const stack: Frame[] = [{ quantified: false, alternation: false }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) throw new UnsafePatternError('backreferences are not allowed');
      if (!inClass && next === 'k' && source[i + 2] === '<') throw new UnsafePatternError('backreferences are not allowed');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      stack.push({ quantified: false, alternation: false });
      continue;
    }
    if (c === '|') {
      stack[stack.length - 1].alternation = true;
      continue;
    }
    if (c === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) throw new UnsafePatternError('unbalanced parenthesis');
      const q = quantifierAt(source, i + 1);
      if (q) {
        if (q.repeats && group.quantified) throw new UnsafePatternError('nested quantifiers such as (a+)+ are not allowed');
        if (q.unbounded && group.alternation) throw new UnsafePatternError('a group with alternatives cannot repeat without bound; use {n,m}');
      }
      // A quantifier inside a group makes the enclosing group "quantified" too.
      if (group.quantified || q?.repeats) stack[stack.length - 1].quantified = true;
      continue;
    }
    const q = quantifierAt(source, i);
    if (q?.repeats) stack[stack.length - 1].quantified = true;
  }
  if (inClass) throw new UnsafePatternError('unterminated character class');
  if (stack.length !== 1) throw new UnsafePatternError('unbalanced parenthesis');
}

function quantifierAt(source: string, i: number): { repeats: boolean; unbounded: boolean } | null {
  const c = source[i];
  if (c === '*' || c === '+') return { repeats: true, unbounded: true };
  if (c === '?') return { repeats: false, unbounded: false };
  if (c === '{') return braceQuantifier(source, i);
  return null;
}

/** Characters the adversarial inputs are made of: the pattern's own literals plus common classes. */
function stressAlphabet(source: string): string[] {
  const chars = new Set(['a', 'A', '1', ' ', '_', '-', '.', '@', '/', 'é']);
  for (const c of source) if (/[\w@.:/ -]/.test(c)) chars.add(c);
  return [...chars].slice(0, 24);
}

/**
 * Compiles with the global flag and (at write time) runs the stress test; throws UnsafePatternError.
 * Loading stored policies skips the timing test: a busy machine must not turn a pattern that was
 * accepted into a policy-store failure.
 */
export function compileSafeRegex(source: string, ignoreCase: boolean, stress = true): RegExp {
  checkPatternShape(source);
  let re: RegExp;
  try {
    re = new RegExp(source, ignoreCase ? 'gi' : 'g');
  } catch (error) {
    throw new UnsafePatternError(`not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`);
  }
  if (re.test('')) throw new UnsafePatternError('must not match the empty string');
  re.lastIndex = 0;
  if (!stress) return re;
  const alphabet = stressAlphabet(source);
  const inputs = alphabet.map((c) => c.repeat(WINDOW) + '\u0001');
  for (let i = 0; i + 1 < alphabet.length; i += 2) inputs.push((alphabet[i] + alphabet[i + 1]).repeat(WINDOW / 2) + '\u0001');
  for (const input of inputs) {
    const start = performance.now();
    re.lastIndex = 0;
    let count = 0;
    while (re.exec(input) && count++ < 10_000) {
      if (performance.now() - start > STRESS_LIMIT_MS) break;
    }
    if (performance.now() - start > STRESS_LIMIT_MS) throw new UnsafePatternError('too slow on adversarial input; simplify the pattern');
  }
  re.lastIndex = 0;
  return re;
}

export interface RegexMatch {
  start: number;
  end: number;
}

/**
 * All non-overlapping matches of a compiled global regex in `text`, window by window. Matches are
 * sorted and de-duplicated across the overlap. Empty matches are skipped.
 */
export class RegexBudgetError extends Error {}

/** Matching stops with RegexBudgetError once `performance.now()` passes `deadline` (checked per window). */
export function windowedMatches(re: RegExp, text: string, limit = 1000, deadline = Infinity): RegexMatch[] {
  const out: RegexMatch[] = [];
  let lastEnd = 0;
  for (let base = 0; base < text.length; base += WINDOW - OVERLAP) {
    const window = base === 0 && text.length <= WINDOW ? text : text.slice(base, base + WINDOW);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = base + m.index;
      const end = start + m[0].length;
      if (start >= lastEnd) {
        out.push({ start, end });
        lastEnd = end;
        if (out.length >= limit) return out;
      }
    }
    if (base + WINDOW >= text.length) break;
    if (performance.now() > deadline) throw new RegexBudgetError('content rules ran out of time on this request');
  }
  return out;
}
