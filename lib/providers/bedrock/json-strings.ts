import type { TextRole } from '@/lib/guards/types';
import { isObject, type PartCollector } from '../shared/view';
import type { TextPart } from '../types';

const MAX_DEPTH = 32;

/**
 * Collects every string inside a JSON value (a tool call's `input`, a `json` tool result) as its own
 * part, each with the exact path of that string. Bedrock carries tool arguments as JSON objects, not
 * as a JSON string as OpenAI does, so a part holding the serialised object could not be written back
 * with a plain string assignment; one part per string leaf can, and the guards still see every value.
 */
export function addJsonStrings(
  collector: PartCollector,
  role: TextRole,
  value: unknown,
  path: (string | number)[],
  kind: TextPart['kind'],
  depth = 0,
): void {
  if (typeof value === 'string') {
    collector.add(role, value, path, kind);
    return;
  }
  if (depth >= MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) addJsonStrings(collector, role, value[i], [...path, i], kind, depth + 1);
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) addJsonStrings(collector, role, value[key], [...path, key], kind, depth + 1);
  }
}
