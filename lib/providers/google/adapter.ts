import { upstreamOverride } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import { PROVIDERS } from '../catalog';
import type { ProviderAdapter, ResolvedRoute, RouteInput } from '../types';
import { geminiFormatFor } from './gemini';
import { decodePath, splitMethod, withQuery } from './path';

/**
 * The Gemini API (generativelanguage.googleapis.com). The @google/genai SDK's `httpOptions.baseUrl`
 * is `<app>/api/gateway/google`, so the rest is the API's own path: `/v1beta/models/{m}:{method}`,
 * `/v1/…`, `/v1beta/models` (list), `/upload/v1beta/files`… The key is forwarded in
 * `x-goog-api-key`, never in the query: the pipeline already removed a gateway key sent as `?key=`
 * from `input.query`, and the query is appended here exactly once.
 */

const VERSION = /^v1(alpha|beta)?$/;

export function resolveGemini(input: RouteInput): ResolvedRoute {
  const segments = decodePath(input.rest);
  if (segments[0] === 'upload') segments.shift();
  if (!VERSION.test(segments[0] ?? '')) {
    throw new AppError('not_found', 'Gemini API paths start with /v1beta/ or /v1/ (set the SDK base URL to <app>/api/gateway/google)');
  }
  const route: ResolvedRoute = {
    origin: upstreamOverride('google') ?? PROVIDERS.google.baseUrl,
    path: withQuery(input.rest, input.query),
    format: null,
  };
  const [, collection, id] = segments;
  if (segments.length === 3 && (collection === 'models' || collection === 'tunedModels')) {
    const [model, method] = splitMethod(id);
    route.pathModel = collection === 'models' ? model : `tunedModels/${model}`;
    if (method !== undefined) {
      route.format = geminiFormatFor(input.method, method, input.query);
      route.pathStream = method === 'streamGenerateContent';
    }
  }
  return route;
}

export const googleAdapter: ProviderAdapter = {
  errorShape: 'google',
  keyLocations: [{ header: 'x-goog-api-key' }, { query: 'key' }, { header: 'authorization', scheme: 'bearer' }],
  resolve: resolveGemini,
  authorize({ credential, headers }) {
    if (credential.mode !== 'stored') return;
    if (credential.kind !== 'api_key' || !credential.apiKey) {
      throw new AppError('validation', 'the stored Google credential has no API key', { field: 'provider' });
    }
    headers['x-goog-api-key'] = credential.apiKey;
  },
};
