import type { PatternRecognizer } from '../../engine/types';
import { isValidUkNhs, isValidUkNino } from '../../validators/europe';
import { NUM_END, NUM_START, TOKEN_END, TOKEN_START } from '../fragments';
import { nationalId } from './define';

/** Words that put a postcode in an address rather than in a product code or a flight number. */
const ADDRESS_WORDS = [
  'postcode', 'post code', 'postal code', 'address', 'addr', 'street', 'st', 'road', 'rd', 'lane', 'avenue', 'close',
  'crescent', 'drive', 'way', 'square', 'gardens', 'terrace', 'place', 'flat', 'london', 'manchester', 'birmingham', 'leeds',
  'glasgow', 'edinburgh', 'bristol', 'liverpool', 'cardiff', 'belfast', 'oxford', 'cambridge', 'uk', 'united kingdom',
  'england', 'scotland', 'wales', 'live', 'lives', 'living', 'moved', 'deliver', 'delivery', 'ship', 'send', 'located',
];

export const ukRecognizers: PatternRecognizer[] = [
  nationalId({
    id: 'uk.nino', type: 'UK_NINO', locale: 'uk', minDigits: 6, maxLength: 13,
    source: `${TOKEN_START}[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]${TOKEN_END}`,
    validate: isValidUkNino, score: 0.75, boost: 0.2,
    words: ['national insurance', 'nino', 'ni number', 'ni no', 'ni', 'insurance number'],
  }),
  nationalId({
    id: 'uk.nhs', type: 'UK_NHS', locale: 'uk', minDigits: 10, hint: /\d{3}[ -]?\d{3}[ -]?\d{4}/, maxLength: 12,
    source: `${NUM_START}\\d{3}([ -]?)\\d{3}\\1\\d{4}${NUM_END}`,
    validate: isValidUkNhs, score: 0.45, requireContext: true,
    words: ['nhs', 'nhs number', 'nhs no', 'health service', 'patient', 'chi number', 'health number'],
  }),
  nationalId({
    id: 'uk.postcode', type: 'UK_POSTCODE', locale: 'uk', minDigits: 1, maxLength: 8, hint: /\d[A-Z]{2}/,
    source: `${TOKEN_START}(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-HJKPS-UW\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})${TOKEN_END}`,
    score: 0.45, requireContext: true, boost: 0.4, words: ADDRESS_WORDS,
  }),
];
