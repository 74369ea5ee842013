import type { EntityFinding } from '@/lib/guards/types';
import type { ScanText } from './scan-text';

/** A possible entity before overlap resolution. */
export interface Candidate {
  type: string;
  locale: string;
  start: number;
  end: number;
  score: number;
}

/** Words near a match that change its confidence. All words are lower-case. */
export interface ContextRule {
  words: readonly string[];
  /** Added to the score when one of `words` appears near the match. */
  boost: number;
  /** Drop the match unless a context word is present (for formats that are otherwise too generic). */
  required?: boolean;
  /** Words that make the match less likely to be this entity (order numbers, versions, ...). */
  negative?: readonly string[];
}

/**
 * Where a pattern runs. Running every regex over the whole text is too slow for the request path, so
 * each pattern only sees small windows: around digit clusters, or around literal prefixes/keywords.
 */
export type Scope =
  /**
   * Windows around digit clusters whose longest cluster has at least `minDigits` digits; `hint`, when
   * given, is a cheap test the window text must pass before the full pattern runs.
   */
  | { kind: 'digits'; minDigits: number; hint?: RegExp }
  | { kind: 'literal'; literals: readonly string[]; ignoreCase?: boolean; before: number; after: number };

interface RecognizerBase {
  /** Unique, stable id of this pattern (several patterns can share one entity type). */
  id: string;
  type: string;
  locale: string;
  /** Longest text the entity can span, in UTF-16 units: bounds the stream scanner's hold-back. */
  maxLength: number;
  /** True when the entity can contain spaces (spaced numbers, names, addresses, dates). */
  spansWhitespace: boolean;
  /** Further locales that select this recogniser (NANP numbers serve both `us` and `ca`). */
  alsoLocales?: readonly string[];
  /**
   * Literal that starts a long entity (a PEM block, a JWT). A stream holds text back from an
   * unfinished opener, up to `maxLength`: until `closer` matches after it when one is given,
   * otherwise until the entity is found complete or (for entities without spaces) a space follows.
   */
  opener?: { literal: string; closer?: RegExp };
}

export interface PatternRecognizer extends RecognizerBase {
  kind: 'pattern';
  /** Compiled once; must carry the `g` flag (and `d` when `valueGroup` is set). */
  pattern: RegExp;
  /** Capture group holding the value when the pattern also matches a leading keyword. */
  valueGroup?: number;
  scope: Scope;
  /**
   * Checksum or structure check. Returning a number accepts only that many leading characters (for
   * formats whose true length is known only after reading them, like an IBAN's country code).
   */
  validate?: (value: string) => boolean | number;
  /** Confidence of a validated match without context. */
  score: number;
  context?: ContextRule;
}

export interface FinderRecognizer extends RecognizerBase {
  kind: 'finder';
  /** Lexicon-driven recognisers do their own scanning over the shared text view. */
  find(scan: ScanText, out: Candidate[]): void;
}

export type Recognizer = PatternRecognizer | FinderRecognizer;

export interface DetectOptions {
  /** Country recognisers to run (`us`, `uk`, `de`, ...); `generic` ones always run. Default: all. */
  locales?: readonly string[];
  /** Entity types to report. Default: all. */
  types?: readonly string[];
  categories?: readonly ('pii' | 'secret')[];
  /** Findings below this confidence are dropped. Default 0.5. */
  minScore?: number;
}

export type { EntityFinding };
