/**
 * List prices in USD per million tokens, versioned. A model is priced by its canonical name
 * (see `canonicalModel`), whichever provider serves it: Claude on Bedrock or Vertex is priced as
 * Claude, GPT on Azure as GPT. Organisations override any entry (price_overrides); a model with no
 * entry is recorded with cost null and flagged, never as free.
 */
export const PRICE_TABLE_VERSION = '2025-11-01';

export interface ModelPrice {
  input: number;
  output: number;
  /** Cache reads; defaults to `input` when the provider has no discount. */
  cachedInput?: number;
  /** Cache writes (Anthropic's 5-minute cache); defaults to `input`. */
  cacheWrite?: number;
}

const anthropic = (input: number, output: number): ModelPrice => ({ input, output, cachedInput: input * 0.1, cacheWrite: input * 1.25 });

export const PRICES: Record<string, ModelPrice> = {
  // OpenAI
  'gpt-5': { input: 1.25, output: 10, cachedInput: 0.125 },
  'gpt-5-chat-latest': { input: 1.25, output: 10, cachedInput: 0.125 },
  'gpt-5-mini': { input: 0.25, output: 2, cachedInput: 0.025 },
  'gpt-5-nano': { input: 0.05, output: 0.4, cachedInput: 0.005 },
  'gpt-4.1': { input: 2, output: 8, cachedInput: 0.5 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6, cachedInput: 0.1 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4, cachedInput: 0.025 },
  'gpt-4o': { input: 2.5, output: 10, cachedInput: 1.25 },
  'gpt-4o-mini': { input: 0.15, output: 0.6, cachedInput: 0.075 },
  'gpt-4-turbo': { input: 10, output: 30 },
  'gpt-3.5-turbo': { input: 0.5, output: 1.5 },
  o1: { input: 15, output: 60, cachedInput: 7.5 },
  'o1-mini': { input: 1.1, output: 4.4, cachedInput: 0.55 },
  o3: { input: 2, output: 8, cachedInput: 0.5 },
  'o3-mini': { input: 1.1, output: 4.4, cachedInput: 0.55 },
  'o4-mini': { input: 1.1, output: 4.4, cachedInput: 0.275 },
  'text-embedding-3-small': { input: 0.02, output: 0 },
  'text-embedding-3-large': { input: 0.13, output: 0 },
  'text-embedding-ada-002': { input: 0.1, output: 0 },
  // Anthropic (also on Bedrock and Vertex)
  'claude-opus-4-5': anthropic(5, 25),
  'claude-opus-4-1': anthropic(15, 75),
  'claude-opus-4': anthropic(15, 75),
  'claude-sonnet-4-5': anthropic(3, 15),
  'claude-sonnet-4': anthropic(3, 15),
  'claude-3-7-sonnet': anthropic(3, 15),
  'claude-3-5-sonnet': anthropic(3, 15),
  'claude-haiku-4-5': anthropic(1, 5),
  'claude-3-5-haiku': anthropic(0.8, 4),
  'claude-3-haiku': anthropic(0.25, 1.25),
  'claude-3-opus': anthropic(15, 75),
  // Google
  'gemini-2.5-pro': { input: 1.25, output: 10, cachedInput: 0.3125 },
  'gemini-2.5-flash': { input: 0.3, output: 2.5, cachedInput: 0.075 },
  'gemini-2.5-flash-lite': { input: 0.1, output: 0.4, cachedInput: 0.025 },
  'gemini-2.0-flash': { input: 0.1, output: 0.4, cachedInput: 0.025 },
  'gemini-2.0-flash-lite': { input: 0.075, output: 0.3 },
  'gemini-1.5-pro': { input: 1.25, output: 5, cachedInput: 0.3125 },
  'gemini-1.5-flash': { input: 0.075, output: 0.3, cachedInput: 0.01875 },
  'gemini-embedding-001': { input: 0.15, output: 0 },
  'text-embedding-004': { input: 0.1, output: 0 },
  // Mistral
  'mistral-large': { input: 2, output: 6 },
  'mistral-medium': { input: 0.4, output: 2 },
  'mistral-small': { input: 0.1, output: 0.3 },
  codestral: { input: 0.3, output: 0.9 },
  'open-mistral-nemo': { input: 0.15, output: 0.15 },
  'ministral-8b': { input: 0.1, output: 0.1 },
  'mistral-embed': { input: 0.1, output: 0 },
  // Others
  'deepseek-chat': { input: 0.27, output: 1.1, cachedInput: 0.07 },
  'deepseek-reasoner': { input: 0.55, output: 2.19, cachedInput: 0.14 },
  'grok-4': { input: 3, output: 15, cachedInput: 0.75 },
  'grok-3': { input: 3, output: 15, cachedInput: 0.75 },
  'grok-3-mini': { input: 0.3, output: 0.5, cachedInput: 0.075 },
  'kimi-k2': { input: 0.6, output: 2.5, cachedInput: 0.15 },
  'command-a': { input: 2.5, output: 10 },
  'command-r-plus': { input: 2.5, output: 10 },
  'command-r': { input: 0.15, output: 0.6 },
  'llama-3.3-70b-versatile': { input: 0.59, output: 0.79 },
  'llama-3.1-8b-instant': { input: 0.05, output: 0.08 },
  'llama-3.3-70b-instruct-turbo': { input: 0.88, output: 0.88 },
  'llama-3.1-8b-instruct-turbo': { input: 0.18, output: 0.18 },
};

/** Names sorted longest first, so `gpt-4o-mini` wins over `gpt-4o` as a prefix. */
const NAMES_BY_LENGTH = Object.keys(PRICES).sort((a, b) => b.length - a.length);

/**
 * The name a model is priced under: lower case, without the decorations providers add —
 * `models/` (Gemini), `us.`/`eu.` inference profiles and `anthropic.` (Bedrock), `@date` (Vertex),
 * `-v1:0` versions, date suffixes, and `vendor/` prefixes (OpenRouter, Together).
 */
export function canonicalModel(model: string): string {
  let name = model.trim().toLowerCase();
  name = name.replace(/^models\//, '');
  name = name.replace(/^(us|eu|apac|global)\.(?=[a-z]+\.)/, '');
  name = name.replace(/^(anthropic|meta|mistral|amazon|cohere|ai21|deepseek|openai)\./, '');
  name = name.replace(/-v\d+(:\d+)?$/, '');
  name = name.replace(/@\d{8}$/, '');
  name = name.replace(/-\d{4}-\d{2}-\d{2}$/, '').replace(/-\d{8}$/, '');
  return name;
}

/** List price for a model, by its canonical name or the longest known prefix of it. */
export function listPrice(model: string): { name: string; price: ModelPrice } | undefined {
  const canonical = canonicalModel(model);
  const candidates = [canonical];
  const slash = canonical.lastIndexOf('/');
  if (slash >= 0) candidates.push(canonical.slice(slash + 1));
  for (const candidate of candidates) {
    if (PRICES[candidate]) return { name: candidate, price: PRICES[candidate] };
    const prefix = NAMES_BY_LENGTH.find((name) => candidate.startsWith(name + '-') || candidate.startsWith(name + '.'));
    if (prefix) return { name: prefix, price: PRICES[prefix] };
  }
  return undefined;
}
