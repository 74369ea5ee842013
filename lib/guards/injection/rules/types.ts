import type { InjectionFamily } from '../families';

/** Which texts a rule reads: direct input (user/system/assistant), indirect data (tool/document), or both. */
export type RuleScope = 'any' | 'direct' | 'indirect';

export interface RuleSpec {
  id: string;
  family: InjectionFamily;
  /** Log-odds added to the score when the rule matches (before context damping). */
  weight: number;
  /**
   * Weight used instead of `weight` for the other scope, e.g. "call the tool X" is ordinary in a
   * user prompt and suspicious inside a tool result. Omitted means the same weight in both.
   */
  indirectWeight?: number;
  scope?: RuleScope;
  /**
   * Literal substrings of the normalised text, one of which must be present before the regex runs.
   * This is the prefilter that keeps the rule pass cheap on clean text.
   */
  keys: readonly string[];
  /**
   * Further key groups: every match also contains a key of each group. A rule whose keys are common
   * words ("end", "owner", "read") is then only run when its rarer companions occur as well, which
   * keeps benign text from paying for it. The windows are still taken around `keys`.
   */
  also?: readonly (readonly string[])[];
  /** Pattern over the normalised text (lower case, no diacritics, collapsed whitespace). */
  pattern: RegExp;
  /** Damp when preceded by a negation ("never reveal your system prompt" in a system prompt). */
  negatable?: boolean;
  /**
   * The match is a token people also talk about (chat-template markers): damp it in text that
   * discusses tokens, formats or attacks even when it is not quoted.
   */
  mentionable?: boolean;
  /** Language of the phrase, for reports; structural rules use `any`. */
  lang?: string;
  /**
   * Longest distance (characters) a match can extend before or after the key it contains; the
   * rule is only run on windows this wide around key occurrences. Default 320.
   */
  reach?: number;
}

export interface CompiledRule extends Required<Omit<RuleSpec, 'indirectWeight' | 'negatable' | 'mentionable' | 'lang' | 'reach' | 'also'>> {
  also: readonly (readonly string[])[];
  reach: number;
  mentionable: boolean;
  indirectWeight: number;
  negatable: boolean;
  lang: string;
  re: RegExp;
}

export interface RuleHit {
  rule: CompiledRule;
  /** Span in the normalised text. */
  start: number;
  end: number;
  /** Weight after damping for quotation, reported speech and negation. */
  weight: number;
}
