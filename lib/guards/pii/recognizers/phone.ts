import type { PatternRecognizer } from '../engine/types';
import { digitsOf } from '../validators/checksums';
import { NUM_END, PHONE_WORDS, REFERENCE_WORDS, pattern } from './fragments';

/** ITU country calling codes (1-3 digits), for checking the start of an E.164 number. */
const COUNTRY_CODES = new Set(
  ('1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98 ' +
    '211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239 240 241 242 243 244 245 246 248 249 250 ' +
    '251 252 253 254 255 256 257 258 260 261 262 263 264 265 266 267 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370 371 ' +
    '372 373 374 375 376 377 378 380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 506 507 508 509 590 591 592 593 594 595 596 ' +
    '597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687 688 689 690 691 692 850 852 853 855 856 880 886 960 961 962 963 ' +
    '964 965 966 967 968 970 971 972 973 974 975 976 977 992 993 994 995 996 998').split(' '),
);

/** Digits of an international number without the "(0)" trunk prefix some people write. */
function e164Digits(value: string): string {
  return digitsOf(value.replace('(0)', ''));
}

function isValidE164(value: string): boolean {
  const d = e164Digits(value);
  if (d.length < 8 || d.length > 15) return false;
  return COUNTRY_CODES.has(d.slice(0, 1)) || COUNTRY_CODES.has(d.slice(0, 2)) || COUNTRY_CODES.has(d.slice(0, 3));
}

function digitCountBetween(min: number, max: number) {
  return (value: string) => {
    const n = digitsOf(value).length;
    return n >= min && n <= max;
  };
}

const PHONE_CONTEXT = {
  words: PHONE_WORDS,
  boost: 0.35,
  negative: [...REFERENCE_WORDS, 'ssn', 'nhs', 'account', 'iban', 'card', 'passport', 'licence', 'license', 'tax', 'medicare', 'aadhaar', 'tfn', 'abn', 'bsn', 'cpf', 'sin', 'routing', 'id', 'no.'],
};
const PHONE_REQUIRED_CONTEXT = { ...PHONE_CONTEXT, required: true };
/** Before a national number: not glued to a word, a "+", or another digit group. */
const PHONE_START = String.raw`(?<![\w+\-./#@=]|\d |\d\.)`;

interface NationalPhone {
  locale: string;
  alsoLocales?: readonly string[];
  id: string;
  source: string;
  digits: [number, number];
  score: number;
  requireContext?: boolean;
  /** Longest digit cluster when a prefix such as "+91" is written apart from the number. */
  minRun?: number;
  /** A cheap test every match passes (see Scope), for patterns that need their context. */
  hint?: RegExp;
}

const NATIONAL: NationalPhone[] = [
  { locale: 'us', alsoLocales: ['ca'], id: 'nanp.paren', source: String.raw`(?:1[ .\-]?)?\([2-9]\d{2}\) ?[2-9]\d{2}[ .\-]\d{4}`, digits: [10, 11], score: 0.65 },
  { locale: 'us', alsoLocales: ['ca'], id: 'nanp.separated', source: String.raw`(?:1[ .\-])?[2-9]\d{2}([ .\-])[2-9]\d{2}\1\d{4}`, digits: [10, 11], score: 0.55 },
  { locale: 'us', alsoLocales: ['ca'], id: 'nanp.compact', source: String.raw`[2-9]\d{2}[2-9]\d{6}`, digits: [10, 10], score: 0.4, requireContext: true, hint: /\d{10}/ },
  { locale: 'uk', id: 'uk', source: String.raw`(?:\(0\d{2,4}\) ?|0\d{2,4}[ \-]?)\d{3,4}[ \-]?\d{3,4}`, digits: [10, 11], score: 0.5 },
  { locale: 'de', id: 'de', source: String.raw`(?:\(0\d{2,5}\) ?|0[1-9]\d{1,4}(?: ?/ ?|[ \-]))\d{3,8}(?:[ \-]\d{1,5})?`, digits: [9, 13], score: 0.5 },
  { locale: 'fr', id: 'fr', source: String.raw`0[1-9]([ .\-])\d{2}(?:\1\d{2}){3}`, digits: [10, 10], score: 0.6 },
  { locale: 'es', id: 'es', source: String.raw`[6789]\d{2} (?:\d{2} \d{2} \d{2}|\d{3} \d{3})`, digits: [9, 9], score: 0.5 },
  { locale: 'it', id: 'it.mobile', source: String.raw`3\d{2}[ .\-]\d{3}[ .\-]?\d{3,4}`, digits: [9, 10], score: 0.5 },
  { locale: 'it', id: 'it.landline', source: String.raw`0\d{1,3}[ .\-]\d{5,8}`, digits: [7, 11], score: 0.5 },
  { locale: 'nl', id: 'nl', source: String.raw`0(?:6[ \-]?\d{8}|\d{2,3}[ \-]\d{6,7}|\d{2} \d{3} \d{4})`, digits: [10, 10], score: 0.5 },
  { locale: 'in', id: 'in', source: String.raw`(?:0|\+91[ \-]?)?[6-9]\d{4}[ \-]\d{5}`, digits: [10, 13], score: 0.5 },
  { locale: 'br', id: 'br', source: String.raw`\([1-9]{2}\) ?9?\d{4}-\d{4}`, digits: [10, 11], score: 0.65 },
  { locale: 'au', id: 'au', source: String.raw`(?:\(0[2378]\) ?\d{4} ?\d{4}|04\d{2} ?\d{3} ?\d{3}|0[2378] \d{4} \d{4})`, digits: [10, 10], score: 0.55 },
];

const nationalRecognizers: PatternRecognizer[] = NATIONAL.map((p) => ({
  kind: 'pattern',
  id: `${p.locale}.phone.${p.id}`,
  type: 'PHONE',
  locale: p.locale,
  alsoLocales: p.alsoLocales,
  pattern: pattern(`${PHONE_START}(?:${p.source})${NUM_END}`),
  scope: { kind: 'digits', minDigits: p.minRun ?? p.digits[0], hint: p.hint },
  validate: digitCountBetween(p.digits[0], p.digits[1]),
  score: p.score,
  context: p.requireContext ? PHONE_REQUIRED_CONTEXT : PHONE_CONTEXT,
  maxLength: 24,
  spansWhitespace: true,
}));

export const phoneRecognizers: PatternRecognizer[] = [
  {
    kind: 'pattern',
    id: 'generic.phone.e164',
    type: 'PHONE',
    locale: 'generic',
    pattern: pattern(String.raw`(?<![\w+])\+[1-9]\d{0,3}(?:[ .\-]?(?:\(\d{1,4}\)|\d{1,5})){1,6}${NUM_END}`),
    scope: { kind: 'literal', literals: ['+'], before: 0, after: 28 },
    validate: isValidE164,
    score: 0.8,
    context: { words: PHONE_WORDS, boost: 0.15, negative: REFERENCE_WORDS },
    maxLength: 28,
    spansWhitespace: true,
  },
  ...nationalRecognizers,
];
