import * as personCues from './person-cues';

// A local copy: in CommonJS builds (tsx, vitest) every access to an imported binding is a getter call.
const { NON_NAME_WORDS } = personCues;

/**
 * The lower-confidence path for capitalised words that no lexicon knows: they are reported as a
 * name only when the shape of the words and what surrounds them agree:
 * - a greeting before a single word that the comma or "!" closes ("Hallo Roswitha, ...");
 * - two or more capitalised words followed by an e-mail address ("Ping Anselm Quade <aq@...>");
 * - two or more capitalised words in running text whose last word has a family-name ending
 *   (-son, -ez, -ini, -ski, -mann, -stra, ...), not at a sentence start, not inside a run of
 *   Title Case words and not before an organisation word ("Ferguson Foundation").
 * Everything here is Set lookups and character loops over a few dozen characters.
 */

/** Family-name endings by language; checked on the lower-cased last word (at least 5 letters). */
const SURNAME_ENDINGS: readonly string[] = [
  // English, Scottish, Nordic patronymics and place-derived names
  'son', 'sen', 'sson', 'worth', 'field', 'ford', 'ridge', 'bottom', 'stone', 'ington', 'hurst', 'wick', 'thwaite', 'shaw',
  // German, Austrian, Swiss
  'mann', 'meier', 'meyer', 'mayer', 'maier', 'berger', 'stein', 'feld', 'hofer', 'huber', 'inger', 'bauer', 'schmidt', 'häuser',
  'hauser', 'brunner', 'reiter', 'lehner', 'bichler', 'eder', 'müller', 'hardt',
  // Dutch and Frisian
  'stra', 'sma', 'ema', 'inga', 'enga', 'huis', 'huizen', 'kamp', 'veld', 'dijk', 'horst', 'hout', 'beek', 'broek',
  // French
  'eau', 'eaux', 'ault', 'court', 'oux', 'mont',
  // Spanish, Portuguese
  'ez', 'áez', 'ís', 'eira', 'eiro', 'edo', 'ães', 'ões', 'uez',
  // Italian
  'ini', 'elli', 'etti', 'otti', 'ucci', 'acci', 'azzi', 'uzzi', 'oni', 'ardi', 'aldi', 'esi', 'assi',
  // Slavic, Baltic, Romanian, Greek, Turkish, Armenian, Georgian
  'ski', 'ska', 'sky', 'skyi', 'wicz', 'vich', 'czyk', 'enko', 'ova', 'ová', 'ov', 'ev', 'ić', 'vić', 'escu', 'eanu',
  'opoulos', 'poulos', 'idis', 'akis', 'oğlu', 'oglu', 'yan', 'shvili', 'adze', 'ienė', 'aitė', 'auskas',
  // Indian
  'wala', 'walla', 'kar', 'appa', 'swamy', 'nathan', 'murthy', 'raman', 'esan', 'iah', 'reddy', 'adhyay', 'vedi',
  // Japanese
  'moto', 'mura', 'yama', 'kawa', 'hara', 'shita', 'zaki', 'saki', 'naka', 'uchi', 'gawa', 'bayashi',
];

const ENDINGS_BY_LAST_CHAR = new Map<string, string[]>();
for (const e of SURNAME_ENDINGS) {
  const last = e[e.length - 1];
  const list = ENDINGS_BY_LAST_CHAR.get(last) ?? [];
  list.push(e);
  ENDINGS_BY_LAST_CHAR.set(last, list);
}

/** Lower-case words that make the following capitalised words a thing, not a person ("the Hamilton Building"). */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'our', 'their', 'its', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'le',
  'la', 'les', 'un', 'une', 'el', 'los', 'las', 'il', 'lo', 'gli', 'het', 'o', 'os', 'as', 'um', 'uma', 'at', 'in', 'near',
  'via', 'using', 'on', 'into', 'onto',
]);

/** First words of place and organisation names: "South Kensington", "New Hampton", "Royal Wellington". */
const PLACE_STARTS: ReadonlySet<string> = new Set([
  'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'great', 'little', 'old', 'port', 'royal', 'central', 'greater',
  'nord', 'süd', 'ost', 'bad', 'neu', 'alt', 'sankt', 'nieuw', 'oud', 'nova', 'novo', 'nueva', 'nuevo', 'villa', 'ciudad',
  'mount', 'lake', 'fort', 'saint', 'san', 'santa', 'são', 'st', 'hotel', 'club', 'casa', 'palazzo', 'château', 'schloss',
]);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterUpper(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** The next character after a one-word name that ends a greeting: "Hi Dawson," "Thanks Ama!" or the end of the line. */
export function closesGreeting(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return Number.isNaN(c) || c === 44 || c === 33 || c === 10 || c === 13;
}

/** Whether an e-mail address follows: " <ann@x.io>", " (ann@x.io)", ", ann@x.io". */
function emailFollows(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i) === 44) i++; // ,
  let spaces = 0;
  while (text.charCodeAt(i) === 32 && spaces < 2) { i++; spaces++; }
  const open = text.charCodeAt(i);
  if (open === 60 || open === 40 || open === 91) i++; // < ( [
  else if (spaces === 0) return false;
  const limit = Math.min(text.length, i + 80);
  let at = -1;
  let j = i;
  for (; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 10 || c === 62 || c === 41 || c === 93 || c === 44 || c === 59) break;
    if (c === 64) at = j;
  }
  return at > i && at < j - 3 && text.lastIndexOf('.', j) > at;
}

function hasSurnameEnding(lowerWord: string): boolean {
  if (lowerWord.length < 5) return false;
  const list = ENDINGS_BY_LAST_CHAR.get(lowerWord[lowerWord.length - 1]);
  if (!list) return false;
  for (const e of list) if (lowerWord.length > e.length + 1 && lowerWord.endsWith(e)) return true;
  return false;
}

/** The word that ends just before `pos` (skipping spaces, not crossing a line), with its start. */
function wordBefore(text: string, pos: number): { word: string; start: number; punct: boolean } | null {
  let i = pos;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === 0) return null;
  const c = text.charCodeAt(i - 1);
  if (c === 10 || c === 13) return null;
  let j = i;
  while (j > 0) {
    const d = text.charCodeAt(j - 1);
    if (d === 32 || d === 9 || d === 10 || d === 13) break;
    j--;
  }
  const word = text.slice(j, i);
  return { word, start: j, punct: /[.!?:;]$/.test(word) };
}

/** The capitalised word right after `end` (one space between), lower-cased, or ''. */
function capitalisedWordAfter(text: string, lower: string, end: number): string {
  if (text.charCodeAt(end) !== 32 || !isLetterUpper(text, end + 1)) return '';
  let j = end + 1;
  while (j < text.length && j - end < 24) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 10 || c === 44 || c === 46 || c === 59 || c === 58 || c === 41) break;
    j++;
  }
  return lower.slice(end + 1, j);
}

/**
 * Score for capitalised words [start, end) of which the first is in no lexicon; `words` counts the
 * name parts. 0 means not a name.
 */
export function unknownNameScore(
  text: string,
  lower: string,
  start: number,
  end: number,
  words: number,
  cue: string | null,
  possessive: boolean,
): number {
  if (words < 2) return cue === 'greeting' && !possessive && closesGreeting(text, end) ? 0.7 : 0;
  if (cue === 'greeting') return 0.75;
  const firstEnd = text.indexOf(' ', start);
  const first = lower.slice(start, firstEnd);
  if (PLACE_STARTS.has(first)) return 0;
  // A house number after the words makes them a street: "Oude Delft 27".
  if (text.charCodeAt(end) === 32 && isDigit(text.charCodeAt(end + 1))) return 0;
  // "ship to Ann Quade, 12 Elm Street": after "to"/"for", a street address after the comma.
  if (cue === 'weak' && text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32 && isDigit(text.charCodeAt(end + 2))) return 0.7;
  if (emailFollows(text, end)) return 0.75;
  // Family-name ending on the last word.
  const lastStart = text.lastIndexOf(' ', end - 1) + 1;
  const last = lower.slice(lastStart, end);
  if (!hasSurnameEnding(last) || NON_NAME_WORDS.has(last)) return 0;
  const after = capitalisedWordAfter(text, lower, end);
  if (after !== '' && (NON_NAME_WORDS.has(after) || !isLetterUpper(text, end + 1))) return 0;
  if (after !== '') return 0; // Part of a longer Title Case run ("Anderson Cooper Show").
  const before = wordBefore(text, start);
  if (before === null || before.punct) return 0; // Sentence or line start: could be a heading or a capitalised phrase.
  const bare = before.word.toLowerCase().replace(/^["'(\[{]+|["',)\]}]+$/g, '');
  if (DETERMINERS.has(bare)) return 0;
  if (isLetterUpper(before.word, 0) && cue === null) return 0; // Title Case run.
  return cue === 'weak' ? 0.65 : 0.6;
}
