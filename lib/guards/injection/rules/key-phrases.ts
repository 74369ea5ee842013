/**
 * Builders for key groups made of word pairs. Rules read normalised text, where every whitespace
 * run is one space or one newline, so `\s+` between two words is exactly one of those two
 * characters and `\s*` before punctuation is at most one: a pair can be listed exhaustively.
 */

/** What `\s+` can be in normalised text. */
export const GAP = [' ', '\n'] as const;
/** What `\s*` can be in normalised text. */
export const OPTIONAL_GAP = ['', ' ', '\n'] as const;

/** Every `left + gap + right`. */
export function phrases(lefts: readonly string[], rights: readonly string[], gaps: readonly string[] = GAP): string[] {
  const out: string[] = [];
  for (const l of lefts) for (const g of gaps) for (const r of rights) out.push(l + g + r);
  return out;
}

/** The lower-case ASCII letters, for "a letter follows" groups. */
export const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
