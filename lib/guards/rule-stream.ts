import type { PolicyOf } from '@/lib/policy/compile';
import { contentMatches } from '@/lib/policy/evaluate';
import { OVERLAP, type RegexMatch } from '@/lib/policy/regex';
import { REDACTED } from './text-scan';

/**
 * Regex and keyword content rules over streamed response text. The last OVERLAP characters are
 * held back (a match up to that long is seen whole), and never cut through a match; what is
 * emitted has enforced `redact` rules applied. Entity-type rules ride on the PII scanner instead.
 */
export interface RuleStreamResult {
  text: string;
  hits: { rule: PolicyOf<'content_rule'>; matches: RegexMatch[] }[];
}

export interface RuleStream {
  push(text: string): RuleStreamResult;
  flush(): RuleStreamResult;
}

export function createRuleStream(rules: readonly PolicyOf<'content_rule'>[]): RuleStream {
  const active = rules.filter((r) => r.trigger !== 'entity_types');
  let pending = '';
  let offset = 0;

  function process(final: boolean): RuleStreamResult {
    if (active.length === 0) {
      const text = pending;
      pending = '';
      return { text, hits: [] };
    }
    const found = active.map((rule) => ({ rule, matches: contentMatches(rule, pending) }));
    let cut = final ? pending.length : Math.max(0, pending.length - OVERLAP);
    for (const { matches } of found) for (const m of matches) if (m.start < cut && m.end > cut) cut = m.start;
    const head = pending.slice(0, cut);
    const hits = found.map(({ rule, matches }) => ({ rule, matches: matches.filter((m) => m.end <= cut) })).filter((h) => h.matches.length > 0);
    const redact = hits.filter((h) => h.rule.action === 'redact' && !h.rule.shadow).flatMap((h) => h.matches).sort((a, b) => a.start - b.start);
    let text = '';
    let cursor = 0;
    for (const m of redact) {
      if (m.start < cursor) continue;
      text += head.slice(cursor, m.start) + REDACTED;
      cursor = m.end;
    }
    text += head.slice(cursor);
    const shifted = hits.map((h) => ({ rule: h.rule, matches: h.matches.map((m) => ({ start: m.start + offset, end: m.end + offset })) }));
    pending = pending.slice(cut);
    offset += cut;
    return { text, hits: shifted };
  }

  return {
    push(text) {
      pending += text;
      return process(false);
    },
    flush: () => process(true),
  };
}
