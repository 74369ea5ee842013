import { upstreamOverride } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import { PROVIDERS, type ProviderId } from '../catalog';
import type { AuthorizeInput, ProviderAdapter, ResolvedRoute, RouteInput, WireFormat } from '../types';
import { openAiChatFormat } from './chat';
import { openAiEmbeddingsFormat } from './embeddings';
import { openAiResponsesFormat } from './responses';

/**
 * OpenAI and every host that speaks its API (Mistral, Groq, DeepSeek, Together, Fireworks,
 * OpenRouter, xAI, Moonshot, Cohere's compatibility API, Hugging Face TGI, Ollama, and `custom`
 * base URLs): one base, the differences are data (the base URL in the catalog).
 */

/** Picks the body format from the path; anything else is forwarded without reading the body. */
export function openAiFormatFor(method: string, path: string): WireFormat | null {
  if (method !== 'POST') return null;
  const clean = path.split('?')[0].replace(/\/+$/, '');
  if (clean.endsWith('/chat/completions') || clean.endsWith('/completions')) return openAiChatFormat;
  if (clean.endsWith('/responses')) return openAiResponsesFormat;
  if (clean.endsWith('/embeddings')) return openAiEmbeddingsFormat;
  return null;
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

function bearer(input: AuthorizeInput): void {
  const { credential } = input;
  if (credential.mode !== 'stored') return;
  const apiKey = 'apiKey' in credential ? credential.apiKey : undefined;
  if (apiKey) input.headers.authorization = `Bearer ${apiKey}`;
}

/** A provider whose upstream is a fixed base URL from the catalog (overridable by the operator). */
export function compatibleAdapter(provider: ProviderId): ProviderAdapter {
  return {
    errorShape: 'openai',
    keyLocations: [{ header: 'authorization', scheme: 'bearer' }],
    resolve(input: RouteInput): ResolvedRoute {
      const base = upstreamOverride(provider) ?? PROVIDERS[provider].baseUrl;
      const url = new URL(base);
      const basePath = url.pathname.replace(/\/+$/, '');
      return {
        origin: url.origin,
        path: withQuery(basePath + input.rest, input.query),
        format: openAiFormatFor(input.method, input.rest),
        // A tenant-supplied base URL (Ollama, TGI) replaces origin + base path; the pipeline checks it first.
        tenantPath: 'tenantBaseUrl' in PROVIDERS[provider] ? withQuery(input.rest, input.query) : undefined,
      };
    },
    authorize: bearer,
  };
}

export const openAiAdapter = compatibleAdapter('openai');

/** `custom/<credential-name>/…`: the rest is appended to the base URL stored with that credential. */
export const customAdapter: ProviderAdapter = {
  errorShape: 'openai',
  keyLocations: [{ header: 'authorization', scheme: 'bearer' }],
  resolve(input) {
    const match = /^\/([^/]+)(\/.*)?$/.exec(input.rest);
    if (!match) throw new AppError('not_found', 'custom upstreams are addressed as /api/gateway/custom/<credential-name>/…');
    const rest = match[2] ?? '/';
    return { path: withQuery(rest, input.query), format: openAiFormatFor(input.method, rest), credentialName: decodeURIComponent(match[1]) };
  },
  authorize: bearer,
};
