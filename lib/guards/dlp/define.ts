import type { ContextRule, PatternRecognizer, Scope } from '@/lib/guards/pii/engine/types';

interface SecretSpec {
  id: string;
  type: string;
  source: string;
  /** Case-sensitive literal prefixes (or keywords with `ignoreCase`) that must occur for the pattern to run. */
  literals: readonly string[];
  ignoreCase?: boolean;
  /** Characters before / after a literal hit that the match may reach. */
  before?: number;
  after: number;
  flags?: string;
  valueGroup?: number;
  validate?: (value: string) => boolean | number;
  score: number;
  context?: ContextRule;
  maxLength: number;
  spansWhitespace?: boolean;
  opener?: { literal: string; closer?: RegExp };
}

/** A credential pattern that only runs near its literal prefix or keyword. */
export function secretPattern(spec: SecretSpec): PatternRecognizer {
  const scope: Scope = {
    kind: 'literal',
    literals: spec.literals,
    ignoreCase: spec.ignoreCase,
    before: spec.before ?? 0,
    after: spec.after,
  };
  const flags = (spec.flags ?? 'g') + (spec.valueGroup !== undefined && !(spec.flags ?? '').includes('d') ? 'd' : '');
  return {
    kind: 'pattern',
    id: spec.id,
    type: spec.type,
    locale: 'generic',
    pattern: new RegExp(spec.source, flags),
    valueGroup: spec.valueGroup,
    scope,
    validate: spec.validate,
    score: spec.score,
    context: spec.context,
    maxLength: spec.maxLength,
    spansWhitespace: spec.spansWhitespace ?? false,
    opener: spec.opener,
  };
}

/** Token characters on either side: a key is not part of a longer identifier. */
export const KEY_START = String.raw`(?<![A-Za-z0-9_\-])`;
export const KEY_END = String.raw`(?![A-Za-z0-9_\-])`;
/** `key = value`, `key: value`, `"key": "value"`, `key => value`, `KEY=value`. */
export const ASSIGNMENT = String.raw`["']?\s*(?:[:=]|=>|:=)\s*["'\x60]?`;
