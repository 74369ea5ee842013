import { upstreamOverride } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import type { ProviderAdapter } from '../types';
import { openAiFormatFor } from './adapter';

/**
 * Azure OpenAI. The AzureOpenAI SDK's `endpoint` is `<app>/api/gateway/azure/<resource>`, so the
 * path is `/<resource>/openai/deployments/<deployment>/chat/completions?api-version=…` (or the
 * `/openai/v1/…` form). Upstream: `https://<resource>.openai.azure.com/openai/…` with `api-key`.
 */
const RESOURCE = /^[a-z0-9][a-z0-9-]{1,62}$/i;

export const azureAdapter: ProviderAdapter = {
  errorShape: 'openai',
  keyLocations: [{ header: 'api-key' }, { header: 'authorization', scheme: 'bearer' }],
  resolve(input) {
    const match = /^\/([^/]+)(\/openai\/.*)$/.exec(input.rest);
    if (!match) throw new AppError('not_found', 'Azure paths are /api/gateway/azure/<resource>/openai/…');
    const [, resource, rest] = match;
    if (!RESOURCE.test(resource)) throw new AppError('validation', 'resource: not an Azure resource name', { field: 'resource' });
    const deployment = /^\/openai\/deployments\/([^/]+)\//.exec(rest)?.[1];
    return {
      origin: upstreamOverride('azure') ?? `https://${resource.toLowerCase()}.openai.azure.com`,
      path: input.query ? `${rest}?${input.query}` : rest,
      format: openAiFormatFor(input.method, rest),
      pathModel: deployment ? decodeURIComponent(deployment) : undefined,
      region: resource.toLowerCase(),
    };
  },
  authorize({ credential, headers, url }) {
    if (credential.mode !== 'stored' || credential.kind !== 'azure') return;
    headers['api-key'] = credential.apiKey;
    // The SDK always sends api-version; a hand-written client may not, so the stored default applies.
    if (!url.searchParams.has('api-version') && url.pathname.includes('/deployments/')) url.searchParams.set('api-version', credential.apiVersion);
  },
};
