import { upstreamOverride } from '@/lib/config/env';
import { PROVIDERS } from '../catalog';
import type { ProviderAdapter } from '../types';
import { anthropicMessagesFormat } from './messages';

/**
 * Anthropic. The SDK's `baseURL` is `<app>/api/gateway/anthropic`; current SDKs send the key as
 * `Authorization: Bearer`, older ones as `x-api-key` — both are accepted. `anthropic-version` and
 * `anthropic-beta` pass through untouched.
 */
export const anthropicAdapter: ProviderAdapter = {
  errorShape: 'anthropic',
  keyLocations: [{ header: 'x-api-key' }, { header: 'authorization', scheme: 'bearer' }],
  resolve(input) {
    const path = input.query ? `${input.rest}?${input.query}` : input.rest;
    const clean = input.rest.replace(/\/+$/, '');
    return {
      origin: upstreamOverride('anthropic') ?? PROVIDERS.anthropic.baseUrl,
      path,
      format: input.method === 'POST' && clean.endsWith('/v1/messages') ? anthropicMessagesFormat : null,
    };
  },
  authorize({ credential, headers }) {
    if (credential.mode !== 'stored' || credential.kind !== 'api_key' || !credential.apiKey) return;
    headers['x-api-key'] = credential.apiKey;
    // The client may have sent a version the upstream needs; only supply one when it did not.
    headers['anthropic-version'] ??= '2023-06-01';
  },
};
