import type { PatternRecognizer } from '../../engine/types';
import { isValidEsDni, isValidEsNie, isValidFrNir, isValidItFiscalCode, isValidNlBsn } from '../../validators/europe';
import { NUM_END, NUM_START, TOKEN_END, TOKEN_START } from '../fragments';
import { nationalId } from './define';

const CF_DIGIT = '[0-9LMNPQRSTUV]';

export const frRecognizers: PatternRecognizer[] = [
  nationalId({
    id: 'fr.nir', type: 'FR_NIR', locale: 'fr', minDigits: 6, maxLength: 21,
    source: `${NUM_START}[12378] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2}${NUM_END}`,
    validate: isValidFrNir, score: 0.8, boost: 0.15,
    words: ['sécurité sociale', 'securite sociale', 'sécu', 'secu', 'nir', 'insee', 'carte vitale', 'social security', 'n° ss', 'numéro de sécurité'],
  }),
];

export const esRecognizers: PatternRecognizer[] = [
  nationalId({
    id: 'es.dni', type: 'ES_DNI', locale: 'es', minDigits: 8, maxLength: 10, spansWhitespace: false,
    source: `${NUM_START}\\d{8}-?[A-Z]${TOKEN_END}`,
    validate: isValidEsDni, score: 0.75, boost: 0.2,
    words: ['dni', 'nif', 'documento nacional', 'd.n.i', 'documento de identidad', 'identidad'],
  }),
  nationalId({
    id: 'es.nie', type: 'ES_NIE', locale: 'es', minDigits: 7, maxLength: 11, spansWhitespace: false,
    source: `${TOKEN_START}[XYZ]-?\\d{7}-?[A-Z]${TOKEN_END}`,
    validate: isValidEsNie, score: 0.75, boost: 0.2,
    words: ['nie', 'extranjero', 'tarjeta de residencia', 'residencia', 'identidad de extranjero'],
  }),
];

export const itRecognizers: PatternRecognizer[] = [
  nationalId({
    id: 'it.fiscal_code', type: 'IT_FISCAL_CODE', locale: 'it', minDigits: 1, hint: /[A-Z]{6}[\dLMNPQRSTUV]/, maxLength: 16, spansWhitespace: false,
    source: `${TOKEN_START}[A-Z]{6}${CF_DIGIT}{2}[ABCDEHLMPRST]${CF_DIGIT}{2}[A-Z]${CF_DIGIT}{3}[A-Z]${TOKEN_END}`,
    validate: isValidItFiscalCode, score: 0.9, boost: 0.1,
    words: ['codice fiscale', 'c.f.', 'cf', 'fiscal code', 'tessera sanitaria'],
  }),
];

export const nlRecognizers: PatternRecognizer[] = [
  nationalId({
    id: 'nl.bsn', type: 'NL_BSN', locale: 'nl', minDigits: 9, hint: /\d{9}|\d{2}\.\d{3}|\d{3} \d{3}/, maxLength: 11,
    source: `${NUM_START}(?:\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3} \\d{3} \\d{3}|\\d{3}\\.\\d{3}\\.\\d{3})${NUM_END}`,
    validate: isValidNlBsn, score: 0.45, requireContext: true,
    words: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'sofi', 'persoonsnummer', 'citizen service number', 'burger service nummer'],
  }),
];
