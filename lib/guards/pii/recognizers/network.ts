import type { PatternRecognizer } from '../engine/types';
import { isValidIpv4, isValidIpv6, isValidMac } from '../validators/network';
import { pattern } from './fragments';

const VERSION_WORDS = ['version', 'ver', 'v', 'release', 'build', 'firmware', 'sdk', 'api', 'os', 'patch', 'update', 'upgrade'];

function isIpv6WithContent(value: string): boolean {
  const groups = value.split(':').filter((g) => g.length > 0);
  return groups.length >= 3 && isValidIpv6(value);
}

/** Loopback, unspecified and broadcast addresses say nothing about anyone. */
function isIdentifyingIpv4(value: string): boolean {
  return isValidIpv4(value) && !value.startsWith('127.') && value !== '0.0.0.0' && value !== '255.255.255.255';
}

export const networkRecognizers: PatternRecognizer[] = [
  {
    kind: 'pattern',
    id: 'generic.ipv4',
    type: 'IP_ADDRESS',
    locale: 'generic',
    pattern: pattern(String.raw`(?<![\w.\-]|\d[.,])(?:\d{1,3}\.){3}\d{1,3}(?![\w\-]|\.\d)`),
    scope: { kind: 'digits', minDigits: 4 },
    validate: isIdentifyingIpv4,
    score: 0.75,
    context: { words: ['ip', 'ip address', 'host', 'server', 'client', 'from', 'address', 'ipv4'], boost: 0.15, negative: VERSION_WORDS },
    maxLength: 15,
    spansWhitespace: false,
  },
  {
    kind: 'pattern',
    id: 'generic.ipv6',
    type: 'IP_ADDRESS',
    locale: 'generic',
    pattern: pattern(String.raw`(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?![\w:])`),
    scope: { kind: 'digits', minDigits: 1, hint: /[\da-fA-F]:[\da-fA-F:]*:/ },
    validate: isIpv6WithContent,
    score: 0.8,
    context: { words: ['ip', 'ipv6', 'address', 'host'], boost: 0.15 },
    maxLength: 45,
    spansWhitespace: false,
  },
  {
    kind: 'pattern',
    id: 'generic.mac',
    type: 'MAC_ADDRESS',
    locale: 'generic',
    pattern: pattern(String.raw`(?<![\w:\-.])[0-9A-Fa-f]{2}([:\-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:\-])`),
    scope: { kind: 'digits', minDigits: 1, hint: /[\da-fA-F]{2}[:\-][\da-fA-F]{2}[:\-]/ },
    validate: isValidMac,
    score: 0.75,
    context: { words: ['mac', 'hardware', 'ethernet', 'wifi', 'wi-fi', 'bssid', 'device', 'nic'], boost: 0.15 },
    maxLength: 17,
    spansWhitespace: false,
  },
];
