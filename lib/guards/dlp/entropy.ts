import type { PatternRecognizer } from '@/lib/guards/pii/engine/types';
import { ASSIGNMENT, secretPattern } from './define';

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let entropy = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/**
 * Random tokens of 16+ characters score above ~3.5 bits/char; words, identifiers and repeated
 * placeholders ("xxxx", "YOUR_API_KEY") stay well below.
 */
export const MIN_SECRET_ENTROPY = 3.4;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Names of variables and references to them, not values: OPENAI_API_KEY, process.env.X, my-secret-name. */
const REFERENCE = /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|(?:process|os|env|import|config|settings|self|this)\.[\w.]+|[a-z]+(?:[-_][a-z]+)+)$/;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[A-Za-z]/;

export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 16 || UUID.test(value) || REFERENCE.test(value)) return false;
  if (!HAS_DIGIT.test(value) || !HAS_LETTER.test(value)) return false;
  return shannonEntropy(value) >= MIN_SECRET_ENTROPY;
}

const SECRET_KEYS = String.raw`(?:[A-Za-z0-9]*[_\-.]?)?(?:api[_\-.]?key|apikey|access[_\-.]?key|secret[_\-.]?key|private[_\-.]?key|client[_\-.]?secret|app[_\-.]?secret|secret|token|auth[_\-.]?token|access[_\-.]?token|refresh[_\-.]?token|bearer|credentials?|signing[_\-.]?key|encryption[_\-.]?key|master[_\-.]?key|webhook[_\-.]?secret|session[_\-.]?key|key)`;
const SECRET_VALUE = String.raw`([A-Za-z0-9+/_\-.~]{16,256}={0,2})(?![A-Za-z0-9+/_\-.~=])`;

export const entropyRecognizers: PatternRecognizer[] = [
  secretPattern({
    id: 'generic.secret_assignment',
    type: 'GENERIC_SECRET',
    source: `(?<![A-Za-z0-9])${SECRET_KEYS}${ASSIGNMENT}${SECRET_VALUE}`,
    flags: 'gid',
    valueGroup: 1,
    literals: ['key', 'token', 'secret', 'bearer', 'credential'],
    ignoreCase: true,
    before: 32,
    after: 300,
    validate: looksLikeSecretValue,
    score: 0.75,
    maxLength: 258,
  }),
  secretPattern({
    id: 'generic.bearer_or_prose',
    type: 'GENERIC_SECRET',
    source: String.raw`(?:bearer|authorization:\s*bearer|(?:api key|token|secret|access key)(?: is|:)?)\s+["'\x60]?${SECRET_VALUE}`,
    flags: 'gid',
    valueGroup: 1,
    literals: ['bearer', 'key', 'token', 'secret'],
    ignoreCase: true,
    after: 300,
    validate: looksLikeSecretValue,
    score: 0.75,
    maxLength: 258,
  }),
];
