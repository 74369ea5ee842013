import type { PatternRecognizer } from '../../engine/types';
import { isValidAbaRouting } from '../../validators/financial';
import { isValidUsItin, isValidUsSsn } from '../../validators/americas';
import { NUM_END, NUM_START } from '../fragments';
import { nationalId } from './define';

const SSN_WORDS = ['ssn', 'ssn#', 'ss#', 'social security', 'social security number', 'social sec', 'soc sec', 'ssa'];
const ITIN_WORDS = ['itin', 'taxpayer identification', 'individual taxpayer', 'tax id', 'tin'];
const PASSPORT_WORDS = ['passport', 'passport no', 'passport number', 'passport #', 'travel document'];
const LICENSE_WORDS = ["driver's license", 'driver license', 'drivers license', "driver's licence", 'driving licence', 'driving license', 'dl', 'dl#', 'dln', 'license number', 'licence number', 'license no', 'license #'];
const ROUTING_WORDS = ['routing', 'routing number', 'aba', 'rtn', 'routing transit', 'transit number', 'ach', 'wire'];

export const usRecognizers: PatternRecognizer[] = [
  nationalId({
    id: 'us.ssn.formatted', type: 'US_SSN', locale: 'us', minDigits: 9, maxLength: 11,
    source: `${NUM_START}\\d{3}([- ])\\d{2}\\1\\d{4}${NUM_END}`,
    validate: isValidUsSsn, score: 0.65, words: SSN_WORDS, boost: 0.3,
  }),
  nationalId({
    id: 'us.ssn.compact', type: 'US_SSN', locale: 'us', minDigits: 9, hint: /\d{9}/, maxLength: 9, spansWhitespace: false,
    source: `${NUM_START}\\d{9}${NUM_END}`,
    validate: isValidUsSsn, score: 0.45, words: SSN_WORDS, requireContext: true,
  }),
  nationalId({
    id: 'us.itin.formatted', type: 'US_ITIN', locale: 'us', minDigits: 9, maxLength: 11,
    source: `${NUM_START}9\\d{2}([- ])[5-9]\\d\\1\\d{4}${NUM_END}`,
    validate: isValidUsItin, score: 0.65, words: ITIN_WORDS, boost: 0.3,
  }),
  nationalId({
    id: 'us.itin.compact', type: 'US_ITIN', locale: 'us', minDigits: 9, hint: /\d{9}/, maxLength: 9, spansWhitespace: false,
    source: `${NUM_START}9\\d{2}[5-9]\\d{5}${NUM_END}`,
    validate: isValidUsItin, score: 0.45, words: ITIN_WORDS, requireContext: true,
  }),
  nationalId({
    id: 'us.passport', type: 'US_PASSPORT', locale: 'us', minDigits: 8, hint: /\d{8}/, maxLength: 9, spansWhitespace: false,
    source: `${NUM_START}(?:[A-Z]\\d{8}|\\d{9})${NUM_END}`,
    score: 0.45, words: PASSPORT_WORDS, requireContext: true,
  }),
  nationalId({
    id: 'us.driver_license', type: 'US_DRIVER_LICENSE', locale: 'us', minDigits: 5, hint: /[A-Z][\d-]|\d{7}/, maxLength: 20,
    source: `${NUM_START}(?:[A-Z]\\d{3,14}|[A-Z]{2}\\d{5,12}|\\d{7,12}|[A-Z]\\d{3}-\\d{3}-\\d{2}-\\d{3}-\\d|[A-Z]\\d{2}-\\d{3}-\\d{4}|[A-Z]-\\d{3}-\\d{3}-\\d{3}-\\d{3})${NUM_END}`,
    score: 0.45, words: LICENSE_WORDS, requireContext: true,
  }),
  nationalId({
    id: 'us.bank_routing', type: 'US_BANK_ROUTING', locale: 'us', minDigits: 9, hint: /\d{9}/, maxLength: 9, spansWhitespace: false,
    source: `${NUM_START}\\d{9}${NUM_END}`,
    validate: isValidAbaRouting, score: 0.45, words: ROUTING_WORDS, requireContext: true,
  }),
];
