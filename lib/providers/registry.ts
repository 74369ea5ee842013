import { anthropicAdapter } from './anthropic/adapter';
import { bedrockAdapter } from './bedrock';
import { googleAdapter } from './google';
import { vertexAdapter } from './vertex';
import { isProviderId, type ProviderId } from './catalog';
import { azureAdapter } from './openai/azure';
import { compatibleAdapter, customAdapter, openAiAdapter } from './openai/adapter';
import type { ProviderAdapter } from './types';

/**
 * The adapter for each provider segment. OpenAI-compatible hosts are one base configured by data
 * (their base URL in the catalog); the rest have their own folder.
 */
const ADAPTERS = {
  openai: openAiAdapter,
  anthropic: anthropicAdapter,
  azure: azureAdapter,
  bedrock: bedrockAdapter,
  vertex: vertexAdapter,
  google: googleAdapter,
  mistral: compatibleAdapter('mistral'),
  groq: compatibleAdapter('groq'),
  deepseek: compatibleAdapter('deepseek'),
  together: compatibleAdapter('together'),
  fireworks: compatibleAdapter('fireworks'),
  openrouter: compatibleAdapter('openrouter'),
  xai: compatibleAdapter('xai'),
  moonshot: compatibleAdapter('moonshot'),
  cohere: compatibleAdapter('cohere'),
  huggingface: compatibleAdapter('huggingface'),
  ollama: compatibleAdapter('ollama'),
  custom: customAdapter,
} as const satisfies Record<ProviderId, ProviderAdapter>;

export function adapterFor(provider: string): { id: ProviderId; adapter: ProviderAdapter } | undefined {
  if (!isProviderId(provider)) return undefined;
  return { id: provider, adapter: ADAPTERS[provider] };
}
