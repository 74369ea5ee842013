import type { ContextRule, PatternRecognizer } from '../../engine/types';
import { REFERENCE_WORDS, pattern } from '../fragments';

interface IdSpec {
  id: string;
  type: string;
  locale: string;
  source: string;
  flags?: string;
  /** Digits in the longest digit cluster the value needs (separators such as spaces join clusters). */
  minDigits: number;
  hint?: RegExp;
  validate?: (value: string) => boolean | number;
  score: number;
  words: readonly string[];
  boost?: number;
  requireContext?: boolean;
  maxLength: number;
  spansWhitespace?: boolean;
}

/** A national identifier found in digit windows, with reference words lowering confidence. */
export function nationalId(spec: IdSpec): PatternRecognizer {
  const context: ContextRule = {
    words: spec.words,
    boost: spec.boost ?? (spec.requireContext ? 0.45 : 0.25),
    required: spec.requireContext,
    negative: REFERENCE_WORDS,
  };
  return {
    kind: 'pattern',
    id: spec.id,
    type: spec.type,
    locale: spec.locale,
    pattern: pattern(spec.source, spec.flags ?? 'g'),
    scope: { kind: 'digits', minDigits: spec.minDigits, hint: spec.hint },
    validate: spec.validate,
    score: spec.score,
    context,
    maxLength: spec.maxLength,
    spansWhitespace: spec.spansWhitespace ?? true,
  };
}
