import type { PatternRecognizer } from '../engine/types';
import { MONTH_NAMES } from '../lexicon/months';
import { pattern } from './fragments';

/** Birth-date cues in the supported languages; a date without one is just a date. */
const BIRTH_WORDS = [
  'born', 'birth', 'dob', 'd.o.b', 'd.o.b.', 'birthday', 'birthdate', 'date of birth', 'b.', 'geboren', 'geb.', 'geburtsdatum',
  'geburtstag', 'né', 'née', 'naissance', 'nacido', 'nacida', 'nacimiento', 'nato', 'nata', 'nascita', 'geboortedatum',
  'nascido', 'nascida', 'nascimento', 'fecha de nac', 'data di nascita', 'data de nascimento', 'date de naissance',
];

const MAX_YEAR = new Date().getUTCFullYear();

function plausibleDay(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n + (n <= MAX_YEAR % 100 ? 2000 : 1900);
}

/** Accepts d/m/y, m/d/y and y/m/d readings; a birth date must lie between 1900 and today. */
const DATE_SEPARATOR = /[./\-]/;
const LAST_YEAR = /(?:19|20)\d{2}(?!.*\d{4})/;
const FIRST_NUMBER = /\d{1,2}/;

function isPlausibleNumericDate(value: string): boolean {
  const parts = value.split(DATE_SEPARATOR);
  if (parts.length !== 3) return false;
  const [a, b, c] = parts;
  if (a.length === 4) {
    const year = Number(a);
    return year >= 1900 && year <= MAX_YEAR && plausibleDay(Number(c), Number(b), year);
  }
  const year = fullYear(c);
  if (year < 1900 || year > MAX_YEAR) return false;
  return plausibleDay(Number(a), Number(b), year) || plausibleDay(Number(b), Number(a), year);
}

function isPlausibleYearIn(value: string): boolean {
  const year = Number(LAST_YEAR.exec(value)?.[0] ?? 0);
  const day = Number(FIRST_NUMBER.exec(value)?.[0] ?? 0);
  return year >= 1900 && year <= MAX_YEAR && day >= 1 && day <= 31;
}

const MONTHS = [...MONTH_NAMES].sort((a, b) => b.length - a.length).join('|');
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const ORDINAL = String.raw`(?:st|nd|rd|th|er|º|\.)?`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{N}])`;

const BIRTH_CONTEXT = { words: BIRTH_WORDS, boost: 0.45, required: true };

export const dateOfBirthRecognizers: PatternRecognizer[] = [
  {
    kind: 'pattern',
    id: 'generic.dob.numeric',
    type: 'DATE_OF_BIRTH',
    locale: 'generic',
    pattern: pattern(String.raw`(?<![\w\-./:])(?:\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?![\w\-:]|[./]\d)`),
    scope: { kind: 'digits', minDigits: 4, hint: /\d[./\-]\d/ },
    validate: isPlausibleNumericDate,
    score: 0.45,
    context: BIRTH_CONTEXT,
    maxLength: 10,
    spansWhitespace: false,
  },
  {
    kind: 'pattern',
    id: 'generic.dob.day_month_year',
    type: 'DATE_OF_BIRTH',
    locale: 'generic',
    pattern: pattern(
      `${NOT_LETTER_BEFORE}${DAY}${ORDINAL}(?: of| de)? (?:${MONTHS})\\.?,?(?: de| del)? ${YEAR}${NOT_LETTER_AFTER}`,
      'giu',
    ),
    scope: { kind: 'digits', minDigits: 4, hint: /\d\p{L}*\.?,? \p{L}/u },
    validate: isPlausibleYearIn,
    score: 0.45,
    context: BIRTH_CONTEXT,
    maxLength: 32,
    spansWhitespace: true,
  },
  {
    kind: 'pattern',
    id: 'generic.dob.month_day_year',
    type: 'DATE_OF_BIRTH',
    locale: 'generic',
    pattern: pattern(`${NOT_LETTER_BEFORE}(?:${MONTHS})\\.? ${DAY}(?:st|nd|rd|th)?,? ${YEAR}${NOT_LETTER_AFTER}`, 'giu'),
    scope: { kind: 'digits', minDigits: 4, hint: /\p{L}\.? \d/u },
    validate: isPlausibleYearIn,
    score: 0.45,
    context: BIRTH_CONTEXT,
    maxLength: 24,
    spansWhitespace: true,
  },
];
