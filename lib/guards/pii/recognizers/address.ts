import { hasWordNear } from '../engine/context';
import type { ScanText } from '../engine/scan-text';
import type { Candidate, FinderRecognizer } from '../engine/types';
import {
  DE_NL_STREET_PREFIXES, DE_NL_STREET_WORDS, DE_STREET_PREPOSITIONS, DE_STREET_SUFFIXES, EN_STREET_TYPES, ES_STREET_TYPES, FR_STREET_TYPES, IT_STREET_TYPES,
  NL_STREET_SUFFIXES, PT_STREET_TYPES, STREET_NAME_PARTICLES,
} from '../lexicon/street-types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** "rue" -> "[Rr]ue", so a type matches at sentence start without making the whole regex case-insensitive. */
const anyFirstCase = (w: string) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${escape(w.slice(1))}`;

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]*`;
const PARTICLES = alternation(STREET_NAME_PARTICLES);
const HOUSE_NUMBER = String.raw`\d{1,5}[A-Za-z]?(?:[\-/]\d{1,4}[A-Za-z]?)?`;

/** A bare house number, where every address style is anchored. */
const HOUSE_NUMBER_HIT = /(?<![\w.,\-/])\d{1,5}(?![\d.,]\d)/g;
const HOUSE_NUMBER_TAIL = new RegExp(HOUSE_NUMBER, 'y');

const EN_ADDRESS = new RegExp(
  String.raw`${HOUSE_NUMBER},? (?:(?:North|South|East|West|N|S|E|W)\.? )?(?:(?:${NAME_WORD}|\d{1,3}(?:st|nd|rd|th)) ){1,4}?(?:${alternation(EN_STREET_TYPES)})(?![\p{L}\p{N}])`,
  'uy',
);
const FR_ADDRESS = new RegExp(
  String.raw`${HOUSE_NUMBER}(?: ?(?:bis|ter))?,? (?:${FR_STREET_TYPES.map(anyFirstCase).join('|')}) (?:(?:${PARTICLES}) ?)?${NAME_WORD}(?:[ \-](?:(?:${PARTICLES}) ?)?${NAME_WORD}){0,4}`,
  'uy',
);
const GLUED_SUFFIXES = [...DE_STREET_SUFFIXES, ...NL_STREET_SUFFIXES].sort((a, b) => b.length - a.length).map(anyFirstCase).join('|');
/** Ends right before the house number: "Hauptstraße ", "Lange Straße ", "Keizersgracht ". */
const DE_NL_BEFORE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${alternation(DE_NL_STREET_PREFIXES)}) )?(?:\p{Lu}[\p{L}\-]*(?:${GLUED_SUFFIXES})|\p{Lu}[\p{L}\-]* (?:${alternation(DE_NL_STREET_WORDS)})) $`,
  'u',
);
/** "Am Schlossgarten 4", "Im Winkel 2": a preposition and a noun name a German street without a type word. */
const DE_PREPOSITION_BEFORE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${alternation(DE_STREET_PREPOSITIONS)}) \p{Lu}[\p{L}\-]+ $`,
  'u',
);
const ROMANCE_TYPES: [string, readonly string[]][] = [['es', ES_STREET_TYPES], ['it', IT_STREET_TYPES], ['br', PT_STREET_TYPES]];
const ROMANCE_BEFORE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${alternation(ROMANCE_TYPES.flatMap(([, types]) => types))}) (?:(?:${PARTICLES}) )?(?:${NAME_WORD}|\d{1,2})(?: (?:(?:${PARTICLES}) )?${NAME_WORD}){0,4},? (?:n[º°o.] ?|nº ?|num\. ?)?$`,
  'u',
);
const NL_ONLY_SUFFIXES = NL_STREET_SUFFIXES.filter((s) => !DE_STREET_SUFFIXES.includes(s));

const ADDRESS_WORDS = ['address', 'addr', 'live', 'lives', 'living', 'located', 'ship', 'deliver', 'delivery', 'send', 'visit', 'adresse', 'anschrift', 'wohne', 'wohnt', 'dirección', 'direccion', 'vivo', 'indirizzo', 'abito', 'adres', 'woon', 'endereço', 'endereco', 'moro', 'office', 'home'];

function scoreAt(scan: ScanText, start: number, end: number): number {
  return hasWordNear(scan.lower, start, end, ADDRESS_WORDS) ? 0.9 : 0.8;
}

function romanceLocale(typeWord: string): string {
  for (const [locale, types] of ROMANCE_TYPES) if (types.includes(typeWord)) return locale;
  return 'es';
}

const FR_TYPE_WORDS = new Set(FR_STREET_TYPES);
const GLUED_SUFFIX_LIST = [...DE_STREET_SUFFIXES, ...NL_STREET_SUFFIXES];
/** Last three letters of every glued suffix: most words before a number fail this one lookup. */
const GLUED_SUFFIX_ENDINGS = new Set(GLUED_SUFFIX_LIST.map((s) => s.slice(-3)));
const STANDALONE_TYPE_WORDS = new Set(DE_NL_STREET_WORDS);
/** Any Spanish, Italian or Portuguese type word; found once per text, then looked up per number. */
const ROMANCE_TYPE_ANYWHERE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${alternation(ROMANCE_TYPES.flatMap(([, types]) => types))}) `,
  'gu',
);

function isUpperOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 192 && c <= 222);
}

/** The word right after `pos` (which should be a space), lower-cased. */
function wordAfter(text: string, pos: number): string {
  let end = pos + 1;
  while (end < text.length && end - pos < 16 && text.charCodeAt(end) !== 32) end++;
  return text.slice(pos + 1, end).toLowerCase();
}

/** The word ending right before `pos - 1` (the space before a house number). */
function wordBefore(text: string, pos: number): string {
  let start = pos - 1;
  while (start > 0 && pos - start < 40 && text.charCodeAt(start - 1) !== 32 && text.charCodeAt(start - 1) !== 10) start--;
  return text.slice(start, pos - 1);
}

function romanceTypePositions(text: string): number[] {
  const positions: number[] = [];
  ROMANCE_TYPE_ANYWHERE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROMANCE_TYPE_ANYWHERE.exec(text))) positions.push(m.index);
  return positions;
}

function findAddresses(scan: ScanText, out: Candidate[], locales: ReadonlySet<string> | null): void {
  const text = scan.text;
  const wants = (locale: string) => locale === 'generic' || !locales || locales.has(locale);
  let romance: number[] | null = null;
  HOUSE_NUMBER_HIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let consumedUntil = 0;
  const push = (locale: string, start: number, end: number) => {
    out.push({ type: 'STREET_ADDRESS', locale, start, end, score: scoreAt(scan, start, end) });
    consumedUntil = end;
  };
  while ((m = HOUSE_NUMBER_HIT.exec(text))) {
    const at = m.index;
    if (at < consumedUntil) continue;
    HOUSE_NUMBER_TAIL.lastIndex = at;
    const numberEnd = at + (HOUSE_NUMBER_TAIL.exec(text)?.[0].length ?? m[0].length);
    // Number first: English ("221B Baker Street") and French ("12 rue de la Paix").
    const gap = text.charCodeAt(numberEnd) === 44 ? numberEnd + 1 : numberEnd;
    if (text.charCodeAt(gap) === 32) {
      if (isUpperOrDigit(text.charCodeAt(gap + 1))) {
        EN_ADDRESS.lastIndex = at;
        const en = EN_ADDRESS.exec(text);
        if (en) {
          push('generic', at, at + en[0].length);
          continue;
        }
      }
      if (wants('fr') && FR_TYPE_WORDS.has(wordAfter(text, gap))) {
        FR_ADDRESS.lastIndex = at;
        const fr = FR_ADDRESS.exec(text);
        if (fr) {
          push('fr', at, at + fr[0].length);
          continue;
        }
      }
    }
    // Number last: German/Dutch ("Hauptstraße 5") and Spanish/Italian/Portuguese ("Via Roma 10").
    if (at === 0 || text.charCodeAt(at - 1) !== 32) continue;
    const previous = wordBefore(text, at);
    const previousLower = previous.toLowerCase();
    const gluedType = GLUED_SUFFIX_ENDINGS.has(previousLower.slice(-3)) && GLUED_SUFFIX_LIST.some((suffix) => previousLower.endsWith(suffix));
    if (gluedType || STANDALONE_TYPE_WORDS.has(previous)) {
      const before = text.slice(Math.max(0, at - 80), at);
      const glued = DE_NL_BEFORE_NUMBER.exec(before);
      if (glued) {
        const locale = NL_ONLY_SUFFIXES.some((suffix) => previousLower.endsWith(suffix)) ? 'nl' : 'de';
        if (wants(locale)) push(locale, at - before.length + glued.index, numberEnd);
        continue;
      }
    }
    if (wants('de') && isUpperOrDigit(previous.charCodeAt(0))) {
      const before = text.slice(Math.max(0, at - 60), at);
      const prepositional = DE_PREPOSITION_BEFORE_NUMBER.exec(before);
      if (prepositional) {
        push('de', at - before.length + prepositional.index, numberEnd);
        continue;
      }
    }
    romance ??= romanceTypePositions(text);
    if (!romance.some((p) => p < at && p >= at - 80)) continue;
    const before = text.slice(Math.max(0, at - 80), at);
    const match = ROMANCE_BEFORE_NUMBER.exec(before);
    if (match) {
      const locale = romanceLocale(match[1]);
      if (wants(locale)) push(locale, at - before.length + match.index, numberEnd);
    }
  }
}

export function createAddressRecognizer(locales: ReadonlySet<string> | null): FinderRecognizer {
  return {
    kind: 'finder',
    id: 'multi.street_address',
    type: 'STREET_ADDRESS',
    locale: 'generic',
    maxLength: 96,
    spansWhitespace: true,
    find: (scan, out) => {
      if (scan.clusters().length > 0) findAddresses(scan, out, locales);
    },
  };
}
