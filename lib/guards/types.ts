/**
 * Types shared by every guard. Guards are pure functions over text (or a provider-neutral view of a
 * request/response); the pipeline decides what to do with what they find.
 *
 * Offsets are UTF-16 code-unit indexes into the scanned string (what `String.prototype.slice` uses),
 * so the scan API, the dashboards and the masking code all agree on where an entity sits.
 */

export type Direction = 'request' | 'response';

/** Where a piece of text came from. `tool` and `document` are scored as possible indirect injection. */
export type TextRole = 'system' | 'user' | 'assistant' | 'tool' | 'document';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** What a policy does with a finding. `detect` records only; `pseudonymize` is reversible per request. */
export type EntityAction = 'detect' | 'mask' | 'pseudonymize' | 'block';

/** One sensitive value found in text: personal data (`pii`) or a credential (`secret`). */
export interface EntityFinding {
  /** Stable upper-case identifier, e.g. `EMAIL`, `CREDIT_CARD`, `US_SSN`, `AWS_ACCESS_KEY_ID`. */
  type: string;
  category: 'pii' | 'secret';
  start: number;
  end: number;
  /** Confidence 0..1 after checksum validation and context words. */
  score: number;
  severity: Severity;
  /** Locale the recogniser belongs to (`generic`, `us`, `uk`, `de`, ...). */
  locale: string;
}

/** Result of scoring one text for prompt injection. */
export interface InjectionFinding {
  /** 0..1; combined from rules and the learned model. */
  score: number;
  flagged: boolean;
  /** Family of the strongest signal, e.g. `instruction_override`, `prompt_extraction`; null when clean. */
  family: string | null;
  /** Span in the original text that carries the strongest signal. */
  evidence: { start: number; end: number } | null;
  detector: string;
  version: string;
}
