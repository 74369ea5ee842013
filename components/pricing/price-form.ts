import type { PriceOverride } from '@/lib/client/governance-types';
import { listPrice, PRICES, type ModelPrice } from '@/lib/usage/prices';

/** The price-override form, and the built-in table it sits beside. Prices are USD per million tokens. */

export interface PriceFormValues {
  provider: string;
  model: string;
  input: string;
  output: string;
  cachedInput: string;
  cacheWrite: string;
}

export type PriceFormErrors = Partial<Record<keyof PriceFormValues, string>>;

export const EMPTY_PRICE_FORM: PriceFormValues = { provider: 'openai', model: '', input: '', output: '', cachedInput: '', cacheWrite: '' };

const MODEL = /^[A-Za-z0-9._:/@-]+$/;
const MAX = 100_000;

const show = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function overrideToForm(o: PriceOverride): PriceFormValues {
  return { provider: o.provider, model: o.model, input: show(o.input_per_mtok), output: show(o.output_per_mtok), cachedInput: show(o.cached_input_per_mtok), cacheWrite: show(o.cache_write_per_mtok) };
}

/** A form pre-filled with the built-in price of a model, when there is one (a starting point to edit). */
export function formForModel(provider: string, model: string): PriceFormValues {
  const listed = listPrice(model);
  return {
    provider,
    model,
    input: listed ? String(listed.price.input) : '',
    output: listed ? String(listed.price.output) : '',
    cachedInput: listed?.price.cachedInput !== undefined ? String(roundPrice(listed.price.cachedInput)) : '',
    cacheWrite: listed?.price.cacheWrite !== undefined ? String(roundPrice(listed.price.cacheWrite)) : '',
  };
}

function amount(text: string, label: string, required: boolean): number | null | { error: string } {
  const t = text.trim().replace(/^\$/, '');
  if (!t) return required ? { error: `Enter the ${label} price.` } : null;
  if (!/^\d+(\.\d+)?$/.test(t)) return { error: `The ${label} price must be a number of US dollars, such as 2.5.` };
  const n = Number(t);
  if (n > MAX) return { error: `The ${label} price must be at most ${MAX.toLocaleString('en-US')}.` };
  return n;
}

export function priceFormToRequest(v: PriceFormValues): { request: PriceOverride } | { errors: PriceFormErrors } {
  const errors: PriceFormErrors = {};
  const model = v.model.trim();
  if (!v.provider) errors.provider = 'Pick a provider.';
  if (!model) errors.model = 'Enter the model id as the provider names it, such as gpt-4o-mini.';
  else if (model.length > 200 || !MODEL.test(model)) errors.model = 'A model id has letters, digits and . _ : / @ - only.';
  const input = amount(v.input, 'input', true);
  const output = amount(v.output, 'output', true);
  const cached = amount(v.cachedInput, 'cached input', false);
  const write = amount(v.cacheWrite, 'cache write', false);
  const pick = (field: keyof PriceFormValues, r: number | null | { error: string }) => {
    if (r !== null && typeof r === 'object') errors[field] = r.error;
    return typeof r === 'number' ? r : null;
  };
  const request: PriceOverride = {
    provider: v.provider,
    model,
    input_per_mtok: pick('input', input) ?? 0,
    output_per_mtok: pick('output', output) ?? 0,
    cached_input_per_mtok: pick('cachedInput', cached),
    cache_write_per_mtok: pick('cacheWrite', write),
  };
  return Object.keys(errors).length ? { errors } : { request };
}

/** Maps an API validation field to the form field. */
export function priceFieldFromApi(field: string | undefined): keyof PriceFormValues | undefined {
  const map: Record<string, keyof PriceFormValues> = { provider: 'provider', model: 'model', input_per_mtok: 'input', output_per_mtok: 'output', cached_input_per_mtok: 'cachedInput', cache_write_per_mtok: 'cacheWrite' };
  return field ? map[field] : undefined;
}

/** Avoids 0.30000000000000004 from derived prices (Anthropic cache reads are 10 % of input). */
export function roundPrice(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export interface BuiltInRow {
  model: string;
  price: Required<ModelPrice>;
  /** True when the cached-input price is just the input price (no discount). */
  cachedIsInput: boolean;
}

/** The shipped list prices, filtered by a search text, sorted by name. */
export function builtInRows(search = ''): BuiltInRow[] {
  const q = search.trim().toLowerCase();
  return Object.entries(PRICES)
    .filter(([model]) => !q || model.includes(q))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([model, p]) => ({
      model,
      price: { input: p.input, output: p.output, cachedInput: roundPrice(p.cachedInput ?? p.input), cacheWrite: roundPrice(p.cacheWrite ?? p.input) },
      cachedIsInput: p.cachedInput === undefined,
    }));
}

/** "$2.50", "$0.075", "$0": per-million prices keep up to six decimals, never rounded to cents. */
export function perMillion(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return `$${roundPrice(n).toLocaleString('en-US', { minimumFractionDigits: n % 1 === 0 ? 0 : 2, maximumFractionDigits: 6 })}`;
}

const FAMILY_PROVIDER: [RegExp, string][] = [
  [/^claude/, 'anthropic'],
  [/^(gemini|text-embedding-004)/, 'google'],
  [/^(mistral|codestral|ministral|open-mistral)/, 'mistral'],
  [/^deepseek/, 'deepseek'],
  [/^grok/, 'xai'],
  [/^kimi/, 'moonshot'],
  [/^command/, 'cohere'],
  [/-instruct-turbo$/, 'together'],
  [/^llama/, 'groq'],
];

/** The provider a built-in model is usually called through, to pre-fill the override form. */
export function usualProvider(model: string): string {
  return FAMILY_PROVIDER.find(([re]) => re.test(model))?.[1] ?? 'openai';
}
