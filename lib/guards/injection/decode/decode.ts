/**
 * Finds segments of the original text that look encoded (base64, hex, URL-encoding, HTML or
 * `\u` escapes) and decodes them, so the decoded text can be scanned like any other. Each candidate
 * is cheap to reject: the regexes only match long runs of the right alphabet, and a decoded result
 * must read as text before anyone scans it.
 */

export type EncodingKind = 'base64' | 'hex' | 'url' | 'html_entities' | 'unicode_escapes';

export interface DecodedSegment {
  kind: EncodingKind;
  /** Span of the encoded segment in the string that was searched. */
  start: number;
  end: number;
  text: string;
}

const HEX = /(?:\b|0x|\\x)(?:[0-9a-fA-F]{2}(?:[ :,]|\\x|0x)?){10,}/g;
const URL_ENCODED = /[^\s"'<>()[\]]*(?:%[0-9A-Fa-f]{2}[^\s"'<>()[\]%]{0,6}){4,}/g;
const HTML_ENTITIES = /(?:&#(?:[xX][0-9a-fA-F]{1,6}|\d{1,7});\s?){4,}/g;
const UNICODE_ESCAPES = /(?:\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]{1,6}\}){4,}/g;

const MAX_SEGMENTS = 8;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decoded bytes count as text when they are valid UTF-8 and mostly letters, digits and spaces. */
function readable(text: string): boolean {
  if (text.length < 6) return false;
  let good = 0;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) spaces++;
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c >= 0xa0) good++;
  }
  if (good / text.length < 0.95) return false;
  // Sentences have spaces; CJK sentences do not but are non-ASCII throughout.
  return spaces >= 1 || /[\u3040-\u30ff\u4e00-\u9fff\u0400-\u04ff]{4,}/.test(text);
}

function bytesToText(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function decodeBase64(segment: string): string | null {
  const std = segment.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (std.length % 4 === 1) return null;
  // Mixed case or digits; a long run of lower-case letters is a word, not base64.
  if (!/[A-Z]/.test(std) || !/[a-z0-9]/.test(std)) return null;
  let binary: string;
  try {
    binary = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytesToText(bytes);
}

function decodeHex(segment: string): string | null {
  const digits = segment.replace(/0x|\\x|[ :,]/g, '');
  if (digits.length % 2 !== 0) return null;
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  return bytesToText(bytes);
}

function decodeUrl(segment: string): string | null {
  try {
    return decodeURIComponent(segment.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function decodeHtmlEntities(segment: string): string | null {
  try {
    return segment.replace(/&#([xX][0-9a-fA-F]+|\d+);/g, (_, n: string) =>
      String.fromCodePoint(n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : parseInt(n, 10)),
    );
  } catch {
    return null;
  }
}

function decodeUnicodeEscapes(segment: string): string | null {
  try {
    return segment.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, a?: string, b?: string) =>
      String.fromCodePoint(parseInt(a ?? b ?? '0', 16)),
    );
  } catch {
    return null;
  }
}

const BASE64_CHARS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') BASE64_CHARS[c.charCodeAt(0)] = 1;
const MIN_BASE64 = 20;

/** Characters a hex segment (HEX above) is made of: hex digits and its separators (`0x`, `\x`, space, `:`, `,`). */
const HEX_RUN_CHARS = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF :,x\\') HEX_RUN_CHARS[c.charCodeAt(0)] = 1;
const HEX_DIGIT = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX_DIGIT[c.charCodeAt(0)] = 1;
const MIN_HEX_DIGITS = 20;

/**
 * Calls `visit(start, end)` for every maximal run of at least `min` characters from `alphabet`
 * (ASCII only). Prose rarely has such runs, so instead of reading every character it looks at the
 * last character a run starting here would need: when that one is outside the alphabet no run can
 * start before it, and the scan jumps past it. A typical 4 KB prompt is decided in a few hundred
 * reads instead of four thousand.
 */
function forEachRun(text: string, alphabet: Uint8Array, min: number, visit: (start: number, end: number) => boolean): void {
  const n = text.length;
  const inAlphabet = (i: number) => {
    const c = text.charCodeAt(i);
    return c < 128 && alphabet[c] === 1;
  };
  let start = 0;
  while (start + min <= n) {
    // Invariant: `start` is 0 or follows a character outside the alphabet.
    let probe = start + min - 1;
    if (!inAlphabet(probe)) {
      start = probe + 1;
      continue;
    }
    while (probe > start && inAlphabet(probe - 1)) probe--;
    if (probe > start) {
      start = probe;
      continue;
    }
    let end = start + min;
    while (end < n && inAlphabet(end)) end++;
    if (!visit(start, end)) return;
    start = end + 1;
  }
}

/**
 * Runs of the base64 alphabet. A regex like /[A-Za-z0-9+/]{20,}/ re-reads every word from each of
 * its characters, which costs more than the rest of the scan.
 */
function base64Segments(text: string, out: DecodedSegment[]): void {
  forEachRun(text, BASE64_CHARS, MIN_BASE64, (start, i) => {
    if (out.length >= MAX_SEGMENTS) return false;
    let end = i;
    while (end < text.length && end - i < 2 && text.charCodeAt(end) === 0x3d) end++;
    const segment = text.slice(start, end);
    const decoded = decodeBase64(segment);
    if (decoded && readable(decoded)) out.push({ kind: 'base64', start, end, text: decoded });
    return true;
  });
}

/**
 * Whether HEX can match at all: every match is a run of hex digits and separators holding at least
 * ten digit pairs. English words made of a–f ("a decade", "bead") rarely add up to twenty digits
 * between two other letters, so on ordinary text the regex is never started.
 */
function mayHoldHex(text: string): boolean {
  let found = false;
  forEachRun(text, HEX_RUN_CHARS, MIN_HEX_DIGITS, (start, end) => {
    let digits = 0;
    for (let i = start; i < end; i++) digits += HEX_DIGIT[text.charCodeAt(i)];
    found = digits >= MIN_HEX_DIGITS;
    return !found;
  });
  return found;
}

/** `hint` is a cheap necessary condition for `re` to match anywhere in the text. */
const DECODERS: { kind: EncodingKind; re: RegExp; hint: (text: string) => boolean; decode: (s: string) => string | null }[] = [
  { kind: 'hex', re: HEX, hint: mayHoldHex, decode: decodeHex },
  { kind: 'url', re: URL_ENCODED, hint: (t) => /%[0-9A-Fa-f]{2}/.test(t), decode: decodeUrl },
  { kind: 'html_entities', re: HTML_ENTITIES, hint: (t) => t.includes('&#'), decode: decodeHtmlEntities },
  { kind: 'unicode_escapes', re: UNICODE_ESCAPES, hint: (t) => t.includes('\\u'), decode: decodeUnicodeEscapes },
];

/** Decoded segments that read as text, in order of appearance per encoding, at most a handful. */
export function findEncodedSegments(text: string): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  base64Segments(text, out);
  for (const d of DECODERS) {
    if (!d.hint(text)) continue;
    d.re.lastIndex = 0;
    for (let m = d.re.exec(text); m && out.length < MAX_SEGMENTS; m = d.re.exec(text)) {
      const decoded = d.decode(m[0]);
      if (decoded && decoded !== m[0] && readable(decoded)) {
        out.push({ kind: d.kind, start: m.index, end: m.index + m[0].length, text: decoded });
      }
    }
  }
  return out;
}

/** rot13 of ASCII letters; the normaliser's output is lower case, so only a–z matter here. */
export function rot13(text: string): string {
  return text.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));
}

/**
 * rot13 and reversed text are not recognisable by alphabet, so they are tried only when the
 * normalised text contains a rot13-encoded or reversed form of a core attack word.
 */
const ROT13_WORDS = /\b(?:vtaber|qvfertneq|vafgehpgvbaf?|cerivbhf|flfgrz cebzcg|wnvyoernx|ercyl|erirny|cnffjbeq|sbetrg)\b/;
const REVERSED_WORDS = /(?:erongi|snoitcurtsni|suoiverp|tpmorp metsys|dragersid|laever|drowssap|teg?rof)\b/;

export function looksRot13(normalized: string): boolean {
  return ROT13_WORDS.test(normalized);
}

export function looksReversed(normalized: string): boolean {
  return REVERSED_WORDS.test(normalized);
}
