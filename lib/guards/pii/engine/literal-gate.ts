/**
 * Tells which of many literal prefixes and keywords occur in a text with a few regex passes, so
 * recognisers whose literals are absent (most secret formats, in most prompts) cost nothing.
 *
 * Case-sensitive literals are split by their first character: one alternation of those starting
 * with a lower-case letter ("sk-", "ghp_", "xoxb-") and one of the rest ("AKIA", "-----BEGIN",
 * "://"). Prose is mostly lower-case letters, and the regex engine skips quickly over characters
 * no alternative can start with, so two passes cost about half of one mixed pass. A literal
 * overlapping another one's match is then also seen, which the single pass could miss.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const startsLowerCase = (literal: string) => {
  const c = literal.charCodeAt(0);
  return c >= 97 && c <= 122;
};

export class LiteralGate {
  private readonly sensitive: (RegExp | null)[];
  private readonly insensitive: RegExp | null;
  /** For each literal, the other literals found inside it (a hit on "sk-ant-" is also one on "sk-"). */
  private readonly contained = new Map<string, string[]>();

  constructor(caseSensitive: readonly string[], caseInsensitive: readonly string[]) {
    this.sensitive = [
      LiteralGate.compile(caseSensitive.filter(startsLowerCase), ''),
      LiteralGate.compile(caseSensitive.filter((l) => !startsLowerCase(l)), ''),
    ];
    this.insensitive = LiteralGate.compile(caseInsensitive, '');
    for (const group of [caseSensitive, caseInsensitive]) {
      for (const outer of group) {
        const inner = group.filter((l) => l !== outer && outer.includes(l));
        if (inner.length > 0) this.contained.set(outer, inner);
      }
    }
  }

  private static compile(literals: readonly string[], flags: string): RegExp | null {
    const unique = [...new Set(literals)].sort((a, b) => b.length - a.length);
    return unique.length === 0 ? null : new RegExp(unique.map(escape).join('|'), `g${flags}`);
  }

  /** Literals present in `text` (case-sensitive ones) or in `lower` (the keyword ones). */
  present(text: string, lower: () => string): Set<string> {
    const found = new Set<string>();
    const collect = (re: RegExp | null, haystack: string) => {
      if (!re) return;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(haystack))) {
        found.add(m[0]);
        const inner = this.contained.get(m[0]);
        if (inner) for (const l of inner) found.add(l);
      }
    };
    for (const re of this.sensitive) collect(re, text);
    if (this.insensitive) collect(this.insensitive, lower());
    return found;
  }
}
