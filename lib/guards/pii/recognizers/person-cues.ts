import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES_IN } from '../lexicon/given-names-world';
import {
  GIVEN_NAMES_DE, GIVEN_NAMES_EN, GIVEN_NAMES_ES, GIVEN_NAMES_FR, GIVEN_NAMES_IT, GIVEN_NAMES_NL, GIVEN_NAMES_PT,
} from '../lexicon/given-names-europe';
import { MORE_GIVEN_NAMES } from '../lexicon/given-names-more';
import { AMBIGUOUS_SURNAMES, SURNAMES } from '../lexicon/surnames';
import { MONTH_NAMES } from '../lexicon/months';
import { CLOSINGS, GREETINGS, NAME_LABELS, SELF_INTRODUCTIONS, NAME_PARTICLES, NOT_SURNAMES, STRONG_INTRODUCTIONS, TITLES, WEAK_INTRODUCTIONS } from '../lexicon/name-cues';
import { DE_NL_STREET_WORDS, EN_STREET_TYPES, ES_STREET_TYPES, FR_STREET_TYPES, IT_STREET_TYPES, PT_STREET_TYPES } from '../lexicon/street-types';
import { EXTRA_GIVEN_NAMES, EXTRA_SURNAMES, PRODUCT_AND_PLACE_NAMES } from '../lexicon/names-extended';

/**
 * How much a cue before a capitalised word says about it being a name:
 * strong - any capitalised words ("my name is Okonkwo"); medium - a known given name or two
 * capitalised words ("signed by Tom Hale"); weak - only a known given name ("thanks Maria").
 */
export type CueStrength = 'strong' | 'medium' | 'greeting' | 'weak';

const lower = (words: readonly string[]) => words.map((w) => w.toLowerCase());

/** Product, software and place words that are also names ("Claude", "Julia", "Jenkins"): never a name on their own. */
const PRODUCT_WORDS: ReadonlySet<string> = new Set(lower(PRODUCT_AND_PLACE_NAMES));
export const PRODUCT_WORD_SET = PRODUCT_WORDS;
/**
 * Entries of the broader lexicon with at most this many letters ("Ole", "Kai", "Vos") are too often
 * words or syllables in some language; they count only where a cue or another name part supports them.
 */
const SHORT_EXTRA_NAME = 4;
const extraGiven = lower(Object.values(EXTRA_GIVEN_NAMES).flat());
const extraSurnames = lower(Object.values(EXTRA_SURNAMES).flat());

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  lower([
    ...GIVEN_NAMES_EN, ...GIVEN_NAMES_DE, ...GIVEN_NAMES_FR, ...GIVEN_NAMES_ES, ...GIVEN_NAMES_IT, ...GIVEN_NAMES_NL,
    ...GIVEN_NAMES_PT, ...GIVEN_NAMES_IN, ...MORE_GIVEN_NAMES,
  ])
    .concat(extraGiven.filter((n) => n.length > SHORT_EXTRA_NAME))
    .filter((n) => !PRODUCT_WORDS.has(n)),
);
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set([
  ...lower(AMBIGUOUS_GIVEN_NAMES),
  ...extraGiven.filter((n) => n.length <= SHORT_EXTRA_NAME && !GIVEN_NAMES.has(n)),
  ...PRODUCT_WORDS,
]);
const AMBIGUOUS_SURNAME_SET = new Set([...lower(AMBIGUOUS_SURNAMES), ...PRODUCT_WORDS]);
/** Family names that identify a person on their own; everyday-word surnames ("Price", "Park") are left out. */
export const DISTINCT_SURNAMES: ReadonlySet<string> = new Set(
  lower(SURNAMES)
    .concat(extraSurnames.filter((n) => n.length > SHORT_EXTRA_NAME))
    .filter((s) => !AMBIGUOUS_SURNAME_SET.has(s)),
);
export const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES);
export const PARTICLE_WORDS: ReadonlySet<string> = new Set(NAME_PARTICLES);
export const CLOSING_PHRASES: ReadonlySet<string> = new Set(CLOSINGS);

/** Capitalised words that never start or continue a name. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  lower([
    ...NOT_SURNAMES, ...EN_STREET_TYPES, ...FR_STREET_TYPES, ...ES_STREET_TYPES, ...IT_STREET_TYPES, ...PT_STREET_TYPES,
    ...DE_NL_STREET_WORDS, ...MONTH_NAMES,
    'Sir', 'Madam', 'Madame', 'Colleague', 'Colleagues', 'All', 'Everyone', 'Friends', 'Friend', 'Hiring', 'Manager',
    'Valued', 'Customer', 'Customers', 'Client', 'Member', 'Members', 'User', 'Users', 'Applicant', 'Candidate', 'Partner',
    'Partners', 'Admin', 'Administrator', 'Reader', 'Sirs', 'Reviewer', 'Committee', 'Board', 'Editor', 'Corporation',
    'Foundation', 'Institute', 'Association', 'Agency', 'Ministry', 'Council', 'Services', 'Solutions', 'Systems',
    'Technologies', 'Labs', 'Holdings', 'Capital', 'Consulting', 'Bank', 'Insurance', 'Airlines', 'Hotel', 'Clinic',
    'Center', 'Centre', 'Store', 'Shop', 'Cafe', 'Restaurant', 'City', 'County', 'State', 'Park', 'River', 'Lake',
    'Mount', 'Island', 'Beach', 'Airport', 'Station', 'Church', 'Museum', 'Library', 'Project', 'Product', 'Account',
    'Order', 'Invoice', 'Note', 'Notes', 'Meeting', 'Report', 'Summary', 'Update', 'Request', 'Response', 'Error',
    'Warning', 'Info', 'Debug', 'True', 'False', 'Null', 'None', 'Yours', 'Sincerely', 'Regards', 'Best', 'Kind',
    'Cheers', 'Grüße', 'Cordialement', 'Saludos', 'Saluti', 'Groeten', 'Atenciosamente', 'Team', 'Staff', 'Doctor',
    'World', 'There', 'Everybody', 'Folks', 'Guys', 'Again', 'Welt', 'Monde', 'Mundo', 'Tutti', 'Allemaal', 'Todos',
  ]),
);

const CUES = new Map<string, CueStrength>();
for (const w of WEAK_INTRODUCTIONS) CUES.set(w, 'weak');
for (const w of [...GREETINGS, ...SELF_INTRODUCTIONS]) CUES.set(w, 'greeting');
for (const w of STRONG_INTRODUCTIONS) CUES.set(w, 'strong');
for (const w of [
  'signed', 'signed by', 'attention', 'attn', 'c/o', 'patient', 'applicant', 'employee', 'tenant', 'customer', 'client',
  'cardholder', 'account holder', 'beneficiary', 'recipient', 'passenger', 'spoke with', 'spoke to', 'talked to', 'met with',
  'according to', 'assigned to', 'reported by', 'approved by', 'contact', 'contact person', 'ansprechpartner',
  'ansprechpartnerin', 'named', 'called', 'beste',
  // The same roles in the other supported languages.
  'ship to', 'send to', 'deliver to', 'bill to', 'addressed to', 'kontakt', 'contatto', 'contacto', 'contato', 'contactpersoon',
  'mitarbeiter', 'mitarbeiterin', 'kunde', 'kundin', 'patientin', 'antragsteller', 'antragstellerin', 'kontoinhaber',
  'kontoinhaberin', 'employé', 'employée', 'salarié', 'salariée', 'patiente', 'titulaire', 'empleado', 'empleada', 'paciente',
  'titular', 'solicitante', 'trabajador', 'trabajadora', 'dipendente', 'lavoratore', 'lavoratrice', 'travailleur', 'travailleuse',
  'arbeitnehmer', 'arbeitnehmerin', 'werknemer', 'trabalhador', 'trabalhadora', 'worker', 'staff member', 'colleague', 'paziente', 'titolare', 'richiedente', 'medewerker', 'medewerkster', 'klant',
  'patiënt', 'aanvrager', 'rekeninghouder', 'funcionário', 'funcionária', 'favorecido', 'favorecida',
]) {
  CUES.set(w, 'medium');
}

/** Labels where the value is certainly a name ("Name:") versus one that may be a team ("From:"). */
const STRONG_LABELS = new Set(NAME_LABELS.filter((l) => /name|nom|nome|naam|apellido|cognome|prénom|prenom/.test(l)));
const LABELS = new Set(NAME_LABELS);

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

const SENTENCE_PUNCTUATION = /[.,;:!?]$/;
/** " ' ( [ « “ ‘ < */
const OPENING_MARKS = new Set([34, 39, 40, 91, 171, 8220, 8216, 60]);
/** { [ ( , */
const OPENING_PUNCTUATION = new Set([123, 91, 40, 44]);
const QUOTE_CHARS = /^["'“”‘’«»]+|["'“”‘’«»]+$/g;

/** Drops surrounding quotes and leading brackets or commas: `{"customer":` -> `customer":` -> `customer:`. */
function stripQuotes(word: string): string {
  let start = 0;
  while (start < word.length && OPENING_PUNCTUATION.has(word.charCodeAt(start))) start++;
  if (start > 0) word = word.slice(start);
  return word.indexOf('"') < 0 && word.indexOf("'") < 0 && word.indexOf('“') < 0 && word.indexOf('«') < 0 ? word : word.replace(QUOTE_CHARS, '');
}
const RANK: Record<string, number> = { weak: 1, greeting: 2, medium: 3, closing: 4, strong: 5, title: 6 };

export type Cue = CueStrength | 'title' | 'closing';

/** Cue named by the phrase of `words` (read backwards from a capitalised word), if any. */
function phraseCue(phrase: string, trailing: string, crossedNewline: boolean): Cue | null {
  if (trailing === ':') {
    if (STRONG_LABELS.has(phrase)) return 'strong';
    const cue = CUES.get(phrase);
    return LABELS.has(phrase) || cue === 'strong' || cue === 'medium' ? 'medium' : cue === 'greeting' ? 'greeting' : null;
  }
  if (trailing === ',' || crossedNewline) return CLOSING_PHRASES.has(phrase) ? 'closing' : null;
  return CUES.get(phrase) ?? null;
}

/**
 * Reads up to four words before `pos` in the lower-cased text and reports the strongest cue.
 * Stops at sentence punctuation and line breaks, so "... in May. Will you" has no cue for "Will".
 */
export function cueBefore(lowerText: string, pos: number): Cue | null {
  let i = pos;
  // An opening quote or bracket right before the name: {"customer": "Ann Lee"}, ('Ann Lee').
  while (i > 0 && OPENING_MARKS.has(lowerText.charCodeAt(i - 1))) i--;
  let crossedNewline = false;
  while (i > 0) {
    const c = lowerText.charCodeAt(i - 1);
    if (c === 10 || c === 13) crossedNewline = true;
    else if (!isSpaceCode(c)) break;
    i--;
  }
  const words: string[] = [];
  let trailing = '';
  let best: Cue | null = null;
  while (i > 0 && words.length < 4) {
    let j = i;
    while (j > 0) {
      const c = lowerText.charCodeAt(j - 1);
      if (isSpaceCode(c) || c === 10 || c === 13) break;
      j--;
    }
    let word = stripQuotes(lowerText.slice(j, i));
    if (words.length === 0 && trailing === '' && (word === ':' || word === ',')) {
      // French typography puts a space before the colon: "Nom : Dupont".
      trailing = word;
      i = j;
      while (i > 0 && isSpaceCode(lowerText.charCodeAt(i - 1))) i--;
      continue;
    }
    if (words.length === 0) {
      const last = word[word.length - 1];
      if (last === ':' || last === ',') {
        trailing = last;
        word = stripQuotes(word.slice(0, -1));
      } else if (trailing === '' && !crossedNewline) {
        const bare = word.endsWith('.') ? word.slice(0, -1) : word;
        if (TITLE_WORDS.has(bare) || TITLE_WORDS.has(word)) return 'title';
      }
    } else if (SENTENCE_PUNCTUATION.test(word)) break;
    words.unshift(word);
    const cue = phraseCue(words.join(' '), trailing, crossedNewline);
    if (cue && (!best || RANK[cue] > RANK[best])) best = cue;
    i = j;
    while (i > 0 && isSpaceCode(lowerText.charCodeAt(i - 1))) i--;
    if (i > 0 && (lowerText.charCodeAt(i - 1) === 10 || lowerText.charCodeAt(i - 1) === 13)) break;
  }
  return best;
}

/** Words that turn a following given name into a place: "São Paulo", "San Diego", "Saint Louis". */
const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  'são', 'sao', 'san', 'santa', 'santo', 'saint', 'sainte', 'st.', 'ste.', 'sankt', 'st', 'port', 'fort', 'mount', 'lake', 'cape',
  // Street types before a street named after a person: "Avenida Afonso Pena", "Via Giuseppe Verdi".
  'rue', 'avenue', 'boulevard', 'bd', 'calle', 'avenida', 'avda.', 'paseo', 'via', 'viale', 'corso', 'piazza', 'largo',
  'rua', 'travessa', 'alameda', 'praça', 'rodovia', 'estrada',
]);

/** Whether the word before `pos` makes a capitalised word part of a place name. */
export function followsPlacePrefix(lowerText: string, pos: number): boolean {
  let i = pos;
  if (i === 0 || lowerText.charCodeAt(i - 1) !== 32) return false;
  i--;
  let j = i;
  while (j > 0 && i - j < 10 && lowerText.charCodeAt(j - 1) !== 32 && lowerText.charCodeAt(j - 1) !== 10) j--;
  return PLACE_PREFIXES.has(lowerText.slice(j, i));
}

/** Last word of every cue, so most capitalised words are ruled out with one Set lookup. */
const CUE_LAST_WORDS: ReadonlySet<string> = new Set(
  [...TITLES, ...CUES.keys(), ...NAME_LABELS, ...CLOSINGS].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
);
/** Longest last word of a cue, with trailing punctuation ("ansprechpartnerin:"). */
const MAX_CUE_WORD = Math.max(...[...CUE_LAST_WORDS].map((w) => w.length)) + 3;

/** Whether a lower-cased word ends some cue ("ping", "contact", "dear"): such a word does not start a name. */
export function isCueWord(word: string): boolean {
  return CUE_LAST_WORDS.has(word);
}

/** Cheap test that `cueBefore` can find anything: the previous word ends some cue. */
export function mightFollowCue(lowerText: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && OPENING_MARKS.has(lowerText.charCodeAt(i - 1))) i--;
  // Two tries: the word right before, or the one before a stand-alone colon ("Nom : ...").
  for (let attempt = 0; attempt < 2; attempt++) {
    while (i > 0) {
      const c = lowerText.charCodeAt(i - 1);
      if (!isSpaceCode(c) && c !== 10 && c !== 13) break;
      i--;
    }
    let j = i;
    while (j > 0 && i - j <= MAX_CUE_WORD) {
      const c = lowerText.charCodeAt(j - 1);
      if (isSpaceCode(c) || c === 10 || c === 13) break;
      j--;
    }
    if (i - j > MAX_CUE_WORD) return false;
    const word = lowerText.slice(j, i);
    if (CUE_LAST_WORDS.has(word)) return true;
    let bare = stripQuotes(stripQuotes(word));
    let end = bare.length;
    while (end > 0) {
      const c = bare.charCodeAt(end - 1);
      if (c !== 46 && c !== 58 && c !== 44) break; // . : ,
      end--;
    }
    bare = stripQuotes(bare.slice(0, end));
    if (bare.length > 0) return CUE_LAST_WORDS.has(bare);
    i = j;
  }
  return false;
}
