import type { EntityAction, EntityFinding } from '@/lib/guards/types';
import type { Pseudonymizer } from './pseudonymizer';

export function maskToken(type: string): string {
  return `[REDACTED:${type}]`;
}

export interface ActionResult {
  text: string;
  /** Findings whose action is `block`; the caller stops the request or response. */
  blocked: EntityFinding[];
  changed: boolean;
}

/**
 * Applies each finding's action to `text`. `mask` writes `[REDACTED:TYPE]`, `pseudonymize` writes the
 * request's placeholder (falling back to a mask without a pseudonymizer), `detect` leaves the value.
 * `block` also masks the value so the returned text is safe to log even though the caller blocks.
 * Findings must not overlap (as `detectEntities` returns them); overlapping ones are skipped.
 */
export function applyEntityActions(
  text: string,
  findings: readonly EntityFinding[],
  actionFor: (finding: EntityFinding) => EntityAction,
  pseudonymizer?: Pseudonymizer,
): ActionResult {
  const blocked: EntityFinding[] = [];
  if (findings.length === 0) return { text, blocked, changed: false };
  const ordered = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  let changed = false;
  for (const f of ordered) {
    if (f.start < cursor || f.end > text.length || f.start >= f.end) continue;
    const action = actionFor(f);
    if (action === 'detect') continue;
    if (action === 'block') blocked.push(f);
    const value = text.slice(f.start, f.end);
    const replacement =
      action === 'pseudonymize' && pseudonymizer ? pseudonymizer.placeholderFor(f.type, value) : maskToken(f.type);
    out += text.slice(cursor, f.start) + replacement;
    cursor = f.end;
    changed = true;
  }
  if (!changed) return { text, blocked, changed };
  return { text: out + text.slice(cursor), blocked, changed };
}
