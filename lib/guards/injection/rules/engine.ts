/**
 * Runs the rule set over normalised text. Rules are compiled once at module load; per call the
 * only work is a substring check for each distinct prefilter key and the regexes of the rules whose
 * keys are present. Matches are damped when the text talks *about* an attack (quoted in an
 * article, reported speech in a security write-up) or negates it ("never reveal your prompt").
 */
import { EN_RULES } from './en';
import { EN_PARAPHRASE_RULES } from './en-paraphrase';
import { INDIRECT_RULES } from './indirect';
import { INTL_RULES } from './intl';
import { INTL_EXTRA_RULES } from './intl-extra';
import { INTL_INDIRECT_RULES } from './intl-indirect';
import { buildKeyIndex, type KeyScan, scanKeys } from './keys';
import { STRUCTURAL_RULES } from './structural';
import type { CompiledRule, RuleHit, RuleSpec } from './types';

export const RULES: readonly CompiledRule[] = [
  ...EN_RULES,
  ...EN_PARAPHRASE_RULES,
  ...STRUCTURAL_RULES,
  ...INDIRECT_RULES,
  ...INTL_RULES,
  ...INTL_INDIRECT_RULES,
  ...INTL_EXTRA_RULES,
].map(
  compile,
);

function compile(spec: RuleSpec): CompiledRule {
  const flags = spec.pattern.flags.includes('u') ? 'gu' : 'g';
  return {
    id: spec.id,
    family: spec.family,
    weight: spec.weight,
    indirectWeight: spec.indirectWeight ?? spec.weight,
    scope: spec.scope ?? 'any',
    keys: spec.keys,
    also: spec.also ?? [],
    pattern: spec.pattern,
    negatable: spec.negatable ?? false,
    mentionable: spec.mentionable ?? false,
    lang: spec.lang ?? 'en',
    reach: spec.reach ?? 320,
    re: new RegExp(spec.pattern.source, flags),
  };
}

const KEY_LIST: string[] = [...new Set(RULES.flatMap((r) => [...r.keys, ...r.also.flat()]))];
const KEY_INDEX = new Map(KEY_LIST.map((k, i) => [k, i]));
const RULE_KEYS: number[][] = RULES.map((r) => r.keys.map((k) => KEY_INDEX.get(k)!));
const RULE_ALSO: number[][][] = RULES.map((r) => r.also.map((group) => group.map((k) => KEY_INDEX.get(k)!)));
const KEYS = buildKeyIndex(KEY_LIST);

/** Words that mark text as discussing attacks rather than making one. */
const META_CUES =
  /\b(?:prompt injections?|injection attacks?|jailbreak(?:s|ing)?|jailbreak prompts?|attackers?|attacks?|adversar\w*|malicious|red[- ]team\w*|researchers?|for example|for instance|e\.g\.|such as|phrases? (?:like|such as)|known as|classifiers?|detect\w*|owasp|payloads?|vulnerab\w*|exploit\w*|threat model|security|guardrails? (?:should|must|will)|filter(?:s|ing)? (?:out|for)|test cases?|unit tests?|regex|blocklist|denylist|translat\w*|what does|what is|what's|what are|mean(?:s|ing)?|explain\w*|defin\w*|quot(?:e|ed|es|ing)|grammar|tokeni[sz]er\w*|templates?|formats?|tags?|tokens?|used for|style)\b/;
const QUOTE_BEFORE = /["'\x60「『]\s{0,2}$/;
const REPORTED_SPEECH =
  /\b(?:tell|tells|telling|told|instruct\w*|trick\w*|convinc\w*|caus\w*|mak(?:e|es|ing)|get|gets|getting|forc\w*|coerc\w*|persuad\w*|ask\w*|prompt\w*|manipulat\w*|lure\w*|induc\w*)\s+(?:the|an?|their|its|target|victim|your)\s+(?:\w+\s+)?(?:model|llm|ai|assistant|chatbot|bot|agent|system|application|app)s?\s+(?:to|into)\s*$|\b(?:such as|like|e\.g\.|for example|including|phrases|strings|sentences|inputs)\s*:?\s*$/;
const NEGATION_BEFORE = /(?:\bnever|\bnot|n't|\bno|\bnunca|\bjamais|\bniemals|\bnooit|\bnon|\bnao)\s+(?:\w+\s+){0,3}$/;

const DAMP_QUOTED = 0.15;
const DAMP_REPORTED = 0.3;
const DAMP_NEGATED = 0.15;
const DAMP_MENTIONED = 0.4;
const MAX_MATCHES_PER_RULE = 3;

interface Context {
  text: string;
  meta: boolean | undefined;
  fences: number[] | undefined;
}

function hasMeta(ctx: Context): boolean {
  ctx.meta ??= META_CUES.test(ctx.text);
  return ctx.meta;
}

/** True when `pos` sits inside a fenced code block (an odd number of ``` before it). */
function inCodeFence(ctx: Context, pos: number): boolean {
  if (!ctx.fences) {
    ctx.fences = [];
    for (let i = ctx.text.indexOf('```'); i >= 0; i = ctx.text.indexOf('```', i + 3)) ctx.fences.push(i);
  }
  let before = 0;
  for (const f of ctx.fences) if (f < pos) before++;
  return before % 2 === 1;
}

function damping(ctx: Context, rule: CompiledRule, start: number): number {
  const before = ctx.text.slice(Math.max(0, start - 60), start);
  let factor = 1;
  if (rule.negatable && NEGATION_BEFORE.test(before)) factor *= DAMP_NEGATED;
  if (hasMeta(ctx)) {
    if (QUOTE_BEFORE.test(before) || inCodeFence(ctx, start)) factor *= DAMP_QUOTED;
    else if (rule.mentionable) factor *= DAMP_MENTIONED;
    else if (REPORTED_SPEECH.test(before)) factor *= DAMP_REPORTED;
  }
  return factor;
}

// Rules run only on windows around their keys' occurrences (each rule's `reach` either side), not
// on the whole text: that is what keeps a long prompt cheap. A key must therefore occur inside
// every match of its rule; engine.test.ts checks this on the corpus.

/** If windows would cover more than this share of the text, scanning it whole is cheaper. */
const WHOLE_TEXT_SHARE = 0.5;
const MAX_POSITIONS = 48;

/** Line-anchored rules need true line starts, which a window cut mid-line cannot give them. */
const NEEDS_WHOLE_TEXT: boolean[] = RULES.map((r) => r.pattern.source.includes('(?:^|') || r.pattern.source.startsWith('^'));
const REACH_OF: number[] = RULES.map((r) => r.reach);

function isBoundary(c: number): boolean {
  return c === 0x20 || c === 0x0a;
}

/** Windows [start, end) to scan for rule i, or null to scan the whole text. */
function windowsFor(scan: KeyScan, text: string, i: number): [number, number][] | null {
  if (NEEDS_WHOLE_TEXT[i]) return null;
  const n = text.length;
  const reach = REACH_OF[i];
  if (n <= 2 * reach) return null;
  const spans: [number, number][] = [];
  let lists = 0;
  for (const k of RULE_KEYS[i]) {
    if (scan.saturated[k]) return null;
    const ps = scan.positions[k];
    if (!ps) continue;
    lists++;
    for (const p of ps) spans.push([Math.max(0, p - reach), Math.min(n, p + KEY_LIST[k].length + reach)]);
  }
  // Positions of one key are already in order; only several keys need a sort.
  if (lists > 1) spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  let covered = 0;
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  for (const w of merged) {
    // Start and end on whitespace so word boundaries at the window edges are real ones.
    while (w[0] > 0 && !isBoundary(text.charCodeAt(w[0] - 1))) w[0]--;
    while (w[1] < n && !isBoundary(text.charCodeAt(w[1]))) w[1]++;
    covered += w[1] - w[0];
  }
  return covered > n * WHOLE_TEXT_SHARE ? null : merged;
}

function bestMatch(ctx: Context, rule: CompiledRule, base: number, text: string, offset: number, best: RuleHit | null): RuleHit | null {
  rule.re.lastIndex = 0;
  for (let n = 0; n < MAX_MATCHES_PER_RULE; n++) {
    const m = rule.re.exec(text);
    if (!m) break;
    if (m[0].length === 0) {
      rule.re.lastIndex++;
      continue;
    }
    const start = offset + m.index;
    const weight = base * damping(ctx, rule, start);
    if (!best || weight > best.weight) best = { rule, start, end: start + m[0].length, weight };
    if (weight === base) break;
  }
  return best;
}

function anyPresent(scan: KeyScan, keys: readonly number[]): boolean {
  for (const k of keys) if (scan.positions[k]) return true;
  return false;
}

/** All rules that match, each with its best (least damped) match. */
export function runRules(text: string, indirect: boolean): RuleHit[] {
  const hits: RuleHit[] = [];
  const scan = scanKeys(KEYS, text, MAX_POSITIONS);
  const ctx: Context = { text, meta: undefined, fences: undefined };
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i];
    if (rule.scope === 'direct' && indirect) continue;
    if (rule.scope === 'indirect' && !indirect) continue;
    const base = indirect ? rule.indirectWeight : rule.weight;
    if (base <= 0) continue;
    if (!anyPresent(scan, RULE_KEYS[i])) continue;
    let companions = true;
    for (const group of RULE_ALSO[i]) {
      if (!anyPresent(scan, group)) {
        companions = false;
        break;
      }
    }
    if (!companions) continue;
    let best: RuleHit | null = null;
    const windows = windowsFor(scan, text, i);
    if (!windows) {
      best = bestMatch(ctx, rule, base, text, 0, null);
    } else {
      for (const [a, b] of windows) {
        best = bestMatch(ctx, rule, base, text.slice(a, b), a, best);
        if (best && best.weight === base) break;
      }
    }
    if (best) hits.push(best);
  }
  return hits;
}
