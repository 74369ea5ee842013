import { upstreamOverride } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import { geminiFormatFor } from '../google/gemini';
import { withQuery } from '../google/path';
import type { ProviderAdapter, ResolvedRoute, RouteInput, WireFormat } from '../types';
import { vertexAnthropicFormat } from './anthropic';
import { vertexAccessToken } from './oauth';
import { completeProjectPath, parseVertexPath, vertexOrigin } from './path';

/**
 * Vertex AI: Gemini (`publishers/google`, GenerateContent bodies) and Claude (`publishers/anthropic`,
 * Anthropic Messages bodies) behind one OAuth bearer minted from the organisation's service account.
 * With a pass-through caller (`X-Gateway-Key` plus its own `Authorization: Bearer ya29…`) the
 * caller's token goes upstream untouched.
 *
 * A project-less path (@google/genai given only the gateway key as `apiKey`) is completed here with
 * the credential's project, by editing `url` in place: the route is resolved before the credential
 * is known, and the pipeline sends the URL object it hands to `authorize`.
 */

// Anthropic's token counter on Vertex is the pseudo-model `count-tokens`: nothing is generated.
const ANTHROPIC_GENERATE = new Set(['rawPredict', 'streamRawPredict']);

function formatFor(httpMethod: string, publisher: string, model: string, method: string, query: string): WireFormat | null {
  if (publisher === 'google') return geminiFormatFor(httpMethod, method, query);
  if (httpMethod === 'POST' && ANTHROPIC_GENERATE.has(method) && model !== 'count-tokens') return vertexAnthropicFormat;
  return null;
}

export function resolveVertex(input: RouteInput): ResolvedRoute {
  const { location, publisher, model, method, upstreamPath } = parseVertexPath(input.rest);
  return {
    // An operator override replaces scheme and host for every location (tests, private endpoints).
    origin: upstreamOverride('vertex') ?? vertexOrigin(location),
    path: withQuery(upstreamPath, input.query),
    format: formatFor(input.method, publisher, model, method, input.query),
    pathModel: model,
    pathStream: method === 'streamGenerateContent' || method === 'streamRawPredict',
    region: location,
  };
}

export const vertexAdapter: ProviderAdapter = {
  errorShape: 'google',
  keyLocations: [{ header: 'authorization', scheme: 'bearer' }, { header: 'x-goog-api-key' }],
  resolve: resolveVertex,
  async authorize({ credential, headers, url, route }) {
    if (credential.mode !== 'stored') return;
    if (credential.kind !== 'vertex') {
      throw new AppError('validation', 'the stored Vertex AI credential is not a service account', { field: 'provider' });
    }
    url.pathname = completeProjectPath(url.pathname, credential.project, route.region ?? credential.location);
    headers.authorization = `Bearer ${await vertexAccessToken(credential)}`;
  },
};
