import type { PatternRecognizer } from '../../engine/types';
import { isValidBrCnpj, isValidBrCpf, isValidCaSin } from '../../validators/americas';
import { isValidAuAbn, isValidAuMedicare, isValidAuTfn, isValidInAadhaar, isValidInGstin, isValidInPan } from '../../validators/asia-pacific';
import { NUM_END, NUM_START, TOKEN_END, TOKEN_START } from '../fragments';
import { nationalId } from './define';

const AADHAAR_WORDS = ['aadhaar', 'aadhar', 'adhaar', 'uidai', 'uid', 'आधार', 'enrolment'];
const CPF_WORDS = ['cpf', 'cadastro de pessoa', 'cadastro de pessoas', 'pessoa física', 'pessoa fisica'];
const CNPJ_WORDS = ['cnpj', 'cadastro nacional', 'pessoa jurídica', 'pessoa juridica', 'empresa'];

export const inRecognizers: PatternRecognizer[] = [
  nationalId({
    id: 'in.aadhaar.formatted', type: 'IN_AADHAAR', locale: 'in', minDigits: 12, maxLength: 14,
    source: `${NUM_START}[2-9]\\d{3} \\d{4} \\d{4}${NUM_END}`,
    validate: isValidInAadhaar, score: 0.6, boost: 0.3, words: AADHAAR_WORDS,
  }),
  nationalId({
    id: 'in.aadhaar.dashed', type: 'IN_AADHAAR', locale: 'in', minDigits: 12, hint: /\d{4}-\d{4}-\d{4}/, maxLength: 14,
    source: `${NUM_START}[2-9]\\d{3}-\\d{4}-\\d{4}${NUM_END}`,
    validate: isValidInAadhaar, score: 0.45, requireContext: true, words: AADHAAR_WORDS,
  }),
  nationalId({
    id: 'in.aadhaar.compact', type: 'IN_AADHAAR', locale: 'in', minDigits: 12, hint: /\d{12}/, maxLength: 12, spansWhitespace: false,
    source: `${NUM_START}[2-9]\\d{11}${NUM_END}`,
    validate: isValidInAadhaar, score: 0.45, requireContext: true, words: AADHAAR_WORDS,
  }),
  nationalId({
    id: 'in.pan', type: 'IN_PAN', locale: 'in', minDigits: 4, hint: /[A-Z]{5}\d/, maxLength: 10, spansWhitespace: false,
    source: `${TOKEN_START}[A-Z]{3}[ABCFGHJLPTK][A-Z]\\d{4}[A-Z]${TOKEN_END}`,
    validate: isValidInPan, score: 0.7, boost: 0.25,
    words: ['pan', 'pan card', 'permanent account number', 'income tax', 'pan no'],
  }),
  nationalId({
    id: 'in.gstin', type: 'IN_GSTIN', locale: 'in', minDigits: 4, hint: /\d[A-Z]{5}\d/, maxLength: 15, spansWhitespace: false,
    source: `${TOKEN_START}\\d{2}[A-Z]{5}\\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]${TOKEN_END}`,
    validate: isValidInGstin, score: 0.9, boost: 0.1, words: ['gstin', 'gst', 'gst no', 'gst number'],
  }),
];

export const brRecognizers: PatternRecognizer[] = [
  nationalId({
    id: 'br.cpf.formatted', type: 'BR_CPF', locale: 'br', minDigits: 11, maxLength: 14,
    source: `${NUM_START}\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}${NUM_END}`,
    validate: isValidBrCpf, score: 0.85, boost: 0.15, words: CPF_WORDS,
  }),
  nationalId({
    id: 'br.cpf.compact', type: 'BR_CPF', locale: 'br', minDigits: 11, hint: /\d{11}/, maxLength: 11, spansWhitespace: false,
    source: `${NUM_START}\\d{11}${NUM_END}`,
    validate: isValidBrCpf, score: 0.45, requireContext: true, words: CPF_WORDS,
  }),
  nationalId({
    id: 'br.cnpj.formatted', type: 'BR_CNPJ', locale: 'br', minDigits: 14, maxLength: 18,
    source: `${NUM_START}\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}${NUM_END}`,
    validate: isValidBrCnpj, score: 0.9, boost: 0.1, words: CNPJ_WORDS,
  }),
  nationalId({
    id: 'br.cnpj.compact', type: 'BR_CNPJ', locale: 'br', minDigits: 14, hint: /\d{14}/, maxLength: 14, spansWhitespace: false,
    source: `${NUM_START}\\d{14}${NUM_END}`,
    validate: isValidBrCnpj, score: 0.45, requireContext: true, words: CNPJ_WORDS,
  }),
];

export const caRecognizers: PatternRecognizer[] = [
  nationalId({
    id: 'ca.sin', type: 'CA_SIN', locale: 'ca', minDigits: 9, hint: /\d{3}[ -]?\d{3}[ -]?\d{3}/, maxLength: 11,
    source: `${NUM_START}\\d{3}([ -]?)\\d{3}\\1\\d{3}${NUM_END}`,
    validate: isValidCaSin, score: 0.45, requireContext: true,
    words: ['sin', 'social insurance', 'social insurance number', "numéro d'assurance sociale", 'assurance sociale', 'nas'],
  }),
];

export const auRecognizers: PatternRecognizer[] = [
  nationalId({
    id: 'au.tfn', type: 'AU_TFN', locale: 'au', minDigits: 8, hint: /\d{3} ?\d{3} ?\d{2}/, maxLength: 11,
    source: `${NUM_START}\\d{3} ?\\d{3} ?\\d{2,3}${NUM_END}`,
    validate: isValidAuTfn, score: 0.45, requireContext: true, words: ['tfn', 'tax file number', 'tax file no', 'tax file'],
  }),
  nationalId({
    id: 'au.abn', type: 'AU_ABN', locale: 'au', minDigits: 11, maxLength: 14,
    source: `${NUM_START}\\d{2} ?\\d{3} ?\\d{3} ?\\d{3}${NUM_END}`,
    validate: isValidAuAbn, score: 0.5, boost: 0.4, words: ['abn', 'australian business number', 'business number'],
  }),
  nationalId({
    id: 'au.medicare', type: 'AU_MEDICARE', locale: 'au', minDigits: 10, hint: /\d{4} ?\d{5}/, maxLength: 14,
    source: `${NUM_START}[2-6]\\d{3} ?\\d{5} ?\\d(?:[ /-]?\\d)?${NUM_END}`,
    validate: isValidAuMedicare, score: 0.45, requireContext: true, words: ['medicare', 'medicare card', 'medicare number', 'irn'],
  }),
];
