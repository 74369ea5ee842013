/**
 * Prompt-injection detector: normalisation, weighted multilingual rules and a small hashed n-gram
 * model, combined into one `InjectionFinding` per text. Pure and synchronous; see README.md.
 */
export {
  DEFAULT_THRESHOLD,
  DETECTOR_NAME,
  DETECTOR_VERSION,
  type MessagePart,
  type MessagesResult,
  type ScoreOptions,
  scoreInjection,
  scoreMessages,
} from './scorer';
export { INJECTION_FAMILIES, INJECTION_FAMILY_IDS, type InjectionFamily } from './families';
export {
  type ClassifierFailure,
  type ClassifierResult,
  ClassifierUnavailableError,
  createExternalClassifier,
  type ExternalClassifier,
  type ExternalClassifierOptions,
} from './external/classifier';
export { normalize, type NormalizedText } from './normalize/normalize';
