/**
 * Every upstream the gateway serves, as data. The provider segment in `/api/gateway/<provider>/…`
 * is a key of this registry; the credential kind says what a stored credential for it holds.
 * Wire formats live in the adapters (lib/providers/<format>/); this file only names and describes.
 */

export type CredentialKind = 'api_key' | 'azure' | 'aws' | 'vertex' | 'custom';

interface ProviderInfo {
  label: string;
  credentialKind: CredentialKind;
  /** Default upstream base URL; `GATEWAY_UPSTREAM_<ID>_URL` overrides it. */
  baseUrl: string;
  /** True when the stored credential must carry an API key. */
  apiKeyRequired: boolean;
  /** Tenant may set a base URL on the credential (checked against private addresses). */
  tenantBaseUrl?: 'optional' | 'required';
}

export const PROVIDERS = {
  openai: { label: 'OpenAI', credentialKind: 'api_key', baseUrl: 'https://api.openai.com', apiKeyRequired: true },
  anthropic: { label: 'Anthropic', credentialKind: 'api_key', baseUrl: 'https://api.anthropic.com', apiKeyRequired: true },
  azure: { label: 'Azure OpenAI', credentialKind: 'azure', baseUrl: 'https://{resource}.openai.azure.com', apiKeyRequired: true },
  bedrock: { label: 'AWS Bedrock', credentialKind: 'aws', baseUrl: 'https://bedrock-runtime.{region}.amazonaws.com', apiKeyRequired: false },
  vertex: { label: 'Google Vertex AI', credentialKind: 'vertex', baseUrl: 'https://{location}-aiplatform.googleapis.com', apiKeyRequired: false },
  google: { label: 'Google Gemini', credentialKind: 'api_key', baseUrl: 'https://generativelanguage.googleapis.com', apiKeyRequired: true },
  mistral: { label: 'Mistral', credentialKind: 'api_key', baseUrl: 'https://api.mistral.ai', apiKeyRequired: true },
  groq: { label: 'Groq', credentialKind: 'api_key', baseUrl: 'https://api.groq.com/openai', apiKeyRequired: true },
  deepseek: { label: 'DeepSeek', credentialKind: 'api_key', baseUrl: 'https://api.deepseek.com', apiKeyRequired: true },
  together: { label: 'Together AI', credentialKind: 'api_key', baseUrl: 'https://api.together.xyz', apiKeyRequired: true },
  fireworks: { label: 'Fireworks AI', credentialKind: 'api_key', baseUrl: 'https://api.fireworks.ai/inference', apiKeyRequired: true },
  openrouter: { label: 'OpenRouter', credentialKind: 'api_key', baseUrl: 'https://openrouter.ai/api', apiKeyRequired: true },
  xai: { label: 'xAI', credentialKind: 'api_key', baseUrl: 'https://api.x.ai', apiKeyRequired: true },
  moonshot: { label: 'Moonshot AI', credentialKind: 'api_key', baseUrl: 'https://api.moonshot.ai', apiKeyRequired: true },
  cohere: { label: 'Cohere', credentialKind: 'api_key', baseUrl: 'https://api.cohere.ai/compatibility', apiKeyRequired: true },
  huggingface: { label: 'Hugging Face TGI', credentialKind: 'api_key', baseUrl: 'https://router.huggingface.co', apiKeyRequired: true, tenantBaseUrl: 'optional' },
  ollama: { label: 'Ollama', credentialKind: 'api_key', baseUrl: 'http://127.0.0.1:11434', apiKeyRequired: false, tenantBaseUrl: 'optional' },
  custom: { label: 'Custom OpenAI-compatible', credentialKind: 'custom', baseUrl: '', apiKeyRequired: false, tenantBaseUrl: 'required' },
} as const satisfies Record<string, ProviderInfo>;

export type ProviderId = keyof typeof PROVIDERS;

export const PROVIDER_IDS = Object.keys(PROVIDERS) as ProviderId[];

export function isProviderId(value: string): value is ProviderId {
  return Object.prototype.hasOwnProperty.call(PROVIDERS, value);
}

export function providerInfo(id: ProviderId): ProviderInfo {
  return PROVIDERS[id];
}
