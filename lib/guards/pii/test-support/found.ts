import type { DetectOptions } from '../engine/types';
import { detectEntities } from '../detect';

/** Findings as [type, value] pairs, which read well in test expectations. */
export function found(text: string, options?: DetectOptions): [string, string][] {
  return detectEntities(text, options).map((f) => [f.type, text.slice(f.start, f.end)]);
}

export function typesIn(text: string, options?: DetectOptions): string[] {
  return detectEntities(text, options).map((f) => f.type);
}
