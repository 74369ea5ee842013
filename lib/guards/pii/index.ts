/**
 * Personal-data and secret detection for the gateway's guards: detection, masking,
 * pseudonymisation with rehydration, and streaming helpers. See README.md beside this file.
 */
import type { EntityFinding } from '@/lib/guards/types';
import { detectEntities } from './detect';
import type { DetectOptions } from './engine/types';

export { detectEntities, DEFAULT_MIN_SCORE } from './detect';
export type { DetectOptions } from './engine/types';
export { applyEntityActions, maskToken } from './actions';
export type { ActionResult } from './actions';
export { Pseudonymizer } from './pseudonymizer';
export type { StreamRehydrator } from './pseudonymizer';
export { createStreamScanner } from './stream-scanner';
export type { StreamScanner, StreamScanOptions, StreamScanResult } from './stream-scanner';
export { ENTITY_TYPES, LOCALES, entityTypeInfo } from './entity-types';
export type { EntityTypeInfo } from './entity-types';
export { redactedPreview } from './preview';
export { SECRET_RECOGNIZERS, shannonEntropy } from '@/lib/guards/dlp';
export { ALL_RECOGNIZERS } from './registry';

/** Secrets and credentials only (the DLP view of `detectEntities`). */
export function detectSecrets(text: string, options: Omit<DetectOptions, 'categories'> = {}): EntityFinding[] {
  return detectEntities(text, { ...options, categories: ['secret'] });
}
