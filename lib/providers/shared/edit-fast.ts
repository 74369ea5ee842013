/**
 * The hot event of every text stream is a plain text delta, and parsing its whole JSON costs most
 * of an editor's time per event (~2 µs for an OpenAI chunk). Editors recognise that event by its
 * exact shape, read only the string literal, and splice a new literal in when the text changed;
 * any other shape takes the full parse.
 */

/** Position of the JSON string literal that starts at `start` (a quote): [start, end) including both quotes, or -1. */
export function literalEnd(text: string, start: number): number {
  if (text.charCodeAt(start) !== 0x22) return -1;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return -1;
}

export interface Literal {
  start: number;
  end: number;
  value: string;
}

/** The string literal right after `marker` (e.g. `"delta":`), searched from `from`. */
export function literalAfter(text: string, marker: string, from = 0): Literal | null {
  const at = text.indexOf(marker, from);
  if (at < 0) return null;
  const start = at + marker.length;
  const end = literalEnd(text, start);
  if (end < 0) return null;
  const raw = text.slice(start + 1, end - 1);
  // Most deltas have no escapes: no parse needed.
  const value = raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
  return { start, end, value };
}

export const splice = (text: string, at: Literal, value: string): string => text.slice(0, at.start) + JSON.stringify(value) + text.slice(at.end);

/** The non-negative integer right after `marker`, or -1. */
export function intAfter(text: string, marker: string): number {
  const at = text.indexOf(marker);
  if (at < 0) return -1;
  let p = at + marker.length;
  while (text.charCodeAt(p) === 32) p++;
  let n = -1;
  for (let c = text.charCodeAt(p); c >= 48 && c <= 57; c = text.charCodeAt(++p)) n = (n < 0 ? 0 : n * 10) + (c - 48);
  return n;
}
