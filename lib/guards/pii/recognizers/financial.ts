import type { PatternRecognizer } from '../engine/types';
import { isValidBtcBase58, isValidBtcBech32, isValidEthAddress } from '../validators/crypto-wallet';
import { ibanLength, isValidCreditCard, isValidIban } from '../validators/financial';
import { NUM_END, NUM_START, REFERENCE_WORDS, TOKEN_END, TOKEN_START, pattern } from './fragments';

const CARD_WORDS = ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'american express', 'discover', 'cc', 'payment', 'pay', 'kreditkarte', 'karte', 'carte', 'tarjeta', 'carta', 'creditcard', 'cartão', 'cartao', 'pan'];

/**
 * An IBAN is matched greedily in groups of four, which can swallow a following upper-case word;
 * the country's registered length says where it really ends.
 */
function validIbanLength(value: string): number | false {
  const expected = ibanLength(value.slice(0, 2));
  if (!expected) return false;
  let seen = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== ' ') seen++;
    if (seen === expected) {
      const end = i + 1;
      if (end < value.length && value[end] !== ' ') return false;
      return isValidIban(value.slice(0, end)) ? end : false;
    }
  }
  return false;
}

export const financialRecognizers: PatternRecognizer[] = [
  {
    kind: 'pattern',
    id: 'generic.credit_card',
    type: 'CREDIT_CARD',
    locale: 'generic',
    pattern: pattern(
      `${NUM_START}(?:\\d{4}([ \\-])\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1\\d{3})?|\\d{4}([ \\-])\\d{6}\\2\\d{4,5}|\\d{4}([ \\-])\\d{4}\\3\\d{4}\\3\\d{1,2}|\\d{13,19})${NUM_END}`,
    ),
    scope: { kind: 'digits', minDigits: 13 },
    validate: isValidCreditCard,
    score: 0.9,
    context: { words: CARD_WORDS, boost: 0.1, negative: REFERENCE_WORDS },
    maxLength: 23,
    spansWhitespace: true,
  },
  {
    kind: 'pattern',
    id: 'generic.iban',
    type: 'IBAN',
    locale: 'generic',
    pattern: pattern(String.raw`(?<![\w\-])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w\-])`),
    scope: { kind: 'digits', minDigits: 6, hint: /[A-Z]{2}\d{2}/ },
    validate: validIbanLength,
    score: 0.95,
    context: { words: ['iban', 'account', 'bank', 'konto', 'compte', 'cuenta', 'conto', 'rekening', 'conta'], boost: 0.05 },
    maxLength: 42,
    spansWhitespace: true,
  },
  {
    kind: 'pattern',
    id: 'generic.crypto.btc_base58',
    type: 'CRYPTO_WALLET',
    locale: 'generic',
    pattern: pattern(`${TOKEN_START}[13][1-9A-HJ-NP-Za-km-z]{25,34}${TOKEN_END}`),
    scope: { kind: 'digits', minDigits: 1, hint: /[13][1-9A-HJ-NP-Za-km-z]{25}/ },
    validate: isValidBtcBase58,
    score: 0.9,
    maxLength: 35,
    spansWhitespace: false,
  },
  {
    kind: 'pattern',
    id: 'generic.crypto.btc_bech32',
    type: 'CRYPTO_WALLET',
    locale: 'generic',
    pattern: pattern(`${TOKEN_START}(?:bc1[02-9ac-hj-np-z]{11,87}|BC1[02-9AC-HJ-NP-Z]{11,87})${TOKEN_END}`),
    scope: { kind: 'literal', literals: ['bc1', 'BC1'], before: 0, after: 90 },
    validate: isValidBtcBech32,
    score: 0.9,
    maxLength: 90,
    spansWhitespace: false,
  },
  {
    kind: 'pattern',
    id: 'generic.crypto.eth',
    type: 'CRYPTO_WALLET',
    locale: 'generic',
    pattern: pattern(`${TOKEN_START}0x[0-9a-fA-F]{40}${TOKEN_END}`),
    scope: { kind: 'literal', literals: ['0x'], before: 0, after: 42 },
    validate: isValidEthAddress,
    score: 0.8,
    context: { words: ['wallet', 'eth', 'ethereum', 'address', 'send', 'crypto', 'metamask', 'usdt', 'usdc'], boost: 0.15 },
    maxLength: 42,
    spansWhitespace: false,
  },
];
