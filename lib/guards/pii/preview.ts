import type { EntityFinding } from '@/lib/guards/types';

const WHITESPACE_RUN = /\s+/g;

/**
 * A short excerpt for a violation row: every finding replaced by `[TYPE]`, whitespace collapsed, and
 * cut to `maxLen` around the first finding. Raw values are removed before cutting, so no part of one
 * can appear in the preview.
 */
export function redactedPreview(text: string, findings: readonly EntityFinding[], maxLen = 120): string {
  const ordered = [...findings].sort((a, b) => a.start - b.start);
  let masked = '';
  let cursor = 0;
  let firstTag = -1;
  for (const f of ordered) {
    if (f.start < cursor) {
      cursor = Math.max(cursor, f.end);
      continue;
    }
    masked += text.slice(cursor, f.start).replace(WHITESPACE_RUN, ' ');
    if (firstTag < 0) firstTag = masked.length;
    masked += `[${f.type}]`;
    cursor = f.end;
  }
  masked += text.slice(cursor).replace(WHITESPACE_RUN, ' ');
  const leading = masked.length - masked.trimStart().length;
  masked = masked.trim();
  if (masked.length <= maxLen) return masked;
  const budget = Math.max(1, maxLen - 2);
  const anchor = Math.max(0, firstTag - leading);
  let start = Math.max(0, Math.min(anchor - Math.floor(budget / 3), masked.length - budget));
  const end = Math.min(masked.length, start + budget);
  start = Math.max(0, end - budget);
  return `${start > 0 ? '…' : ''}${masked.slice(start, end)}${end < masked.length ? '…' : ''}`;
}
