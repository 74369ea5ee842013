import { scoreWithContext } from '../engine/context';
import type { ScanText } from '../engine/scan-text';
import type { Candidate, ContextRule, FinderRecognizer } from '../engine/types';

/**
 * Emails are anchored at each "@": the local part is read backwards with a character loop and the
 * domain with one sticky regex, so text without "@" costs a single indexOf.
 */

const DOMAIN = /(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-]|\.[A-Za-z0-9])/y;
const MAX_LOCAL = 64;
/** Extensions that follow "@2x" in asset names (icon@2x.png) and are not mail domains. */
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'css', 'js', 'ts', 'tsx', 'jsx', 'json', 'map', 'pdf', 'mp4', 'zip', 'txt', 'md']);
const CONTEXT: ContextRule = { words: ['email', 'e-mail', 'mail', 'correo', 'courriel', 'contact', 'address'], boost: 0.1 };

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLocalChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45; // . _ % + -
}

function findEmails(scan: ScanText, out: Candidate[]): void {
  const text = scan.text;
  let at = text.indexOf('@');
  while (at >= 0) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
    const glued = start > 0 && isLocalChar(text.charCodeAt(start - 1));
    while (start < at && !isAlnum(text.charCodeAt(start))) start++;
    DOMAIN.lastIndex = at + 1;
    const domain = start < at && !glued && text.charCodeAt(at - 1) !== 46 ? DOMAIN.exec(text) : null;
    if (domain) {
      const end = at + 1 + domain[0].length;
      const tld = domain[0].slice(domain[0].lastIndexOf('.') + 1).toLowerCase();
      if (!FILE_EXTENSIONS.has(tld)) {
        out.push({ type: 'EMAIL', locale: 'generic', start, end, score: scoreWithContext(scan.lower, start, end, 0.9, CONTEXT) });
      }
      at = text.indexOf('@', end);
    } else {
      at = text.indexOf('@', at + 1);
    }
  }
}

export const emailRecognizer: FinderRecognizer = {
  kind: 'finder',
  id: 'generic.email',
  type: 'EMAIL',
  locale: 'generic',
  maxLength: 320,
  spansWhitespace: false,
  find: findEmails,
};
