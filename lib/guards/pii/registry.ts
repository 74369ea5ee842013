import { SECRET_RECOGNIZERS } from '@/lib/guards/dlp';
import { entityTypeInfo } from './entity-types';
import { prepareContextWords } from './engine/context';
import type { DetectOptions, Recognizer } from './engine/types';
import { createAddressRecognizer } from './recognizers/address';
import { dateOfBirthRecognizers } from './recognizers/date-of-birth';
import { emailRecognizer } from './recognizers/email';
import { financialRecognizers } from './recognizers/financial';
import { deRecognizers } from './recognizers/national/de';
import { esRecognizers, frRecognizers, itRecognizers, nlRecognizers } from './recognizers/national/fr-es-it-nl';
import { auRecognizers, brRecognizers, caRecognizers, inRecognizers } from './recognizers/national/in-br-ca-au';
import { ukRecognizers } from './recognizers/national/uk';
import { usRecognizers } from './recognizers/national/us';
import { networkRecognizers } from './recognizers/network';
import { personRecognizer } from './recognizers/person';
import { phoneRecognizers } from './recognizers/phone';

/** Every pattern recogniser, in priority order (earlier wins a tie on score and length). */
export const PATTERN_RECOGNIZERS = [
  ...SECRET_RECOGNIZERS,
  ...financialRecognizers,
  ...usRecognizers,
  ...ukRecognizers,
  ...deRecognizers,
  ...frRecognizers,
  ...esRecognizers,
  ...itRecognizers,
  ...nlRecognizers,
  ...inRecognizers,
  ...brRecognizers,
  ...caRecognizers,
  ...auRecognizers,
  ...dateOfBirthRecognizers,
  ...networkRecognizers,
  ...phoneRecognizers,
];

const ALL_ADDRESS_RECOGNIZER = createAddressRecognizer(null);

/** All recognisers with every locale enabled (for documentation, counts and stream bounds). */
export const ALL_RECOGNIZERS: readonly Recognizer[] = [...PATTERN_RECOGNIZERS, emailRecognizer, personRecognizer, ALL_ADDRESS_RECOGNIZER];

// Register every required-context word list with the word index up front, so the index built for
// a text already holds them (a later registration would force a rebuild).
for (const r of ALL_RECOGNIZERS) if (r.kind === 'pattern' && r.context?.required) prepareContextWords(r.context.words);

const selectionCache = new Map<string, readonly Recognizer[]>();
const MAX_CACHED_SELECTIONS = 256;

function selectionKey(options: DetectOptions): string {
  const part = (list: readonly string[] | undefined) => (list ? [...list].sort().join(',') : '*');
  return `${part(options.locales)}|${part(options.types)}|${part(options.categories)}`;
}

/** The recognisers an options object asks for; cached so repeated calls do no filtering work. */
export function selectRecognizers(options: DetectOptions = {}): readonly Recognizer[] {
  const key = selectionKey(options);
  const cached = selectionCache.get(key);
  if (cached) return cached;
  const locales = options.locales ? new Set(options.locales.map((l) => l.toLowerCase())) : null;
  const types = options.types ? new Set(options.types) : null;
  const categories = options.categories ? new Set(options.categories) : null;
  const wanted = (r: Recognizer) => {
    if (types && !types.has(r.type)) return false;
    if (categories && !categories.has(entityTypeInfo(r.type)?.category ?? 'pii')) return false;
    if (!locales || r.locale === 'generic' || locales.has(r.locale)) return true;
    return r.alsoLocales?.some((l) => locales.has(l)) ?? false;
  };
  const address = locales ? createAddressRecognizer(locales) : ALL_ADDRESS_RECOGNIZER;
  const selected = [...PATTERN_RECOGNIZERS, emailRecognizer, personRecognizer, address].filter(wanted);
  if (selectionCache.size >= MAX_CACHED_SELECTIONS) selectionCache.clear();
  selectionCache.set(key, selected);
  return selected;
}
