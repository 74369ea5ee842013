/**
 * Secret and credential recognisers (request- and response-side DLP). They run through the same
 * engine as the personal-data recognisers; see `@/lib/guards/pii` for the detection API.
 */
import type { PatternRecognizer } from '@/lib/guards/pii/engine/types';
import { cloudRecognizers } from './cloud';
import { credentialRecognizers } from './credentials';
import { entropyRecognizers } from './entropy';
import { vendorTokenRecognizers } from './tokens';

export const SECRET_RECOGNIZERS: readonly PatternRecognizer[] = [
  ...cloudRecognizers,
  ...vendorTokenRecognizers,
  ...credentialRecognizers,
  ...entropyRecognizers,
];

export { looksLikeSecretValue, shannonEntropy } from './entropy';
