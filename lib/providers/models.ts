import type { ProviderId } from './catalog';

/**
 * The model catalog: what each provider serves, as `provider/model` ids. The unified endpoint and
 * `GET /api/gateway/models` accept these (plus any model an organisation has priced itself, and
 * any model of a `custom` upstream, which is the tenant's own server). The proxy routes do not
 * consult it: a provider's new model works through them the day it ships, priced once known.
 */
export const MODEL_CATALOG: Partial<Record<ProviderId, readonly string[]>> = {
  openai: ['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4o', 'gpt-4o-mini', 'o3', 'o3-mini', 'o4-mini', 'text-embedding-3-small', 'text-embedding-3-large'],
  azure: ['gpt-5', 'gpt-5-mini', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4o', 'gpt-4o-mini', 'o3-mini', 'o4-mini', 'text-embedding-3-small', 'text-embedding-3-large'],
  anthropic: ['claude-opus-4-5', 'claude-opus-4-1', 'claude-sonnet-4-5', 'claude-sonnet-4', 'claude-haiku-4-5', 'claude-3-5-haiku'],
  google: ['gemini-2.5-pro', 'gemini-2.5-flash', 'gemini-2.5-flash-lite', 'gemini-2.0-flash', 'gemini-2.0-flash-lite', 'gemini-embedding-001'],
  vertex: ['gemini-2.5-pro', 'gemini-2.5-flash', 'gemini-2.5-flash-lite', 'gemini-2.0-flash', 'claude-sonnet-4-5@20250929', 'claude-haiku-4-5@20251001', 'claude-opus-4-1@20250805'],
  bedrock: [
    'anthropic.claude-sonnet-4-5-20250929-v1:0',
    'anthropic.claude-haiku-4-5-20251001-v1:0',
    'anthropic.claude-opus-4-1-20250805-v1:0',
    'anthropic.claude-3-5-sonnet-20240620-v1:0',
    'anthropic.claude-3-5-haiku-20241022-v1:0',
    'amazon.nova-pro-v1:0',
    'amazon.nova-lite-v1:0',
    'meta.llama3-3-70b-instruct-v1:0',
  ],
  mistral: ['mistral-large-latest', 'mistral-medium-latest', 'mistral-small-latest', 'codestral-latest', 'mistral-embed'],
  groq: ['llama-3.3-70b-versatile', 'llama-3.1-8b-instant'],
  deepseek: ['deepseek-chat', 'deepseek-reasoner'],
  together: ['meta-llama/Llama-3.3-70B-Instruct-Turbo', 'meta-llama/Llama-3.1-8B-Instruct-Turbo'],
  fireworks: ['accounts/fireworks/models/llama-v3p3-70b-instruct'],
  openrouter: ['openai/gpt-4o', 'openai/gpt-4o-mini', 'anthropic/claude-sonnet-4.5', 'google/gemini-2.5-flash'],
  xai: ['grok-4', 'grok-3', 'grok-3-mini'],
  moonshot: ['kimi-k2'],
  cohere: ['command-a', 'command-r-plus', 'command-r'],
};

export function catalogModels(provider: ProviderId): readonly string[] {
  return MODEL_CATALOG[provider] ?? [];
}

/** Splits `provider/model` (the model part may itself contain slashes, e.g. OpenRouter ids). */
export function splitQualifiedModel(qualified: string): { provider: string; model: string } | undefined {
  const slash = qualified.indexOf('/');
  if (slash <= 0 || slash === qualified.length - 1) return undefined;
  return { provider: qualified.slice(0, slash), model: qualified.slice(slash + 1) };
}
