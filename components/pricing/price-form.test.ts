import { describe, expect, it } from 'vitest';
import { builtInRows, EMPTY_PRICE_FORM, formForModel, overrideToForm, perMillion, priceFieldFromApi, priceFormToRequest } from './price-form';

describe('price form', () => {
  it('builds a PUT body with optional cache prices as null', () => {
    expect(priceFormToRequest({ ...EMPTY_PRICE_FORM, provider: 'custom', model: ' house-llm ', input: '0.5', output: '$2' })).toEqual({
      request: { provider: 'custom', model: 'house-llm', input_per_mtok: 0.5, output_per_mtok: 2, cached_input_per_mtok: null, cache_write_per_mtok: null },
    });
    const full = priceFormToRequest({ provider: 'anthropic', model: 'claude-x', input: '3', output: '15', cachedInput: '0.3', cacheWrite: '3.75' });
    expect('request' in full && full.request).toMatchObject({ cached_input_per_mtok: 0.3, cache_write_per_mtok: 3.75 });
  });

  it('names every wrong field', () => {
    const result = priceFormToRequest({ provider: 'openai', model: 'gpt 4o', input: '', output: '-1', cachedInput: 'cheap', cacheWrite: '200000' });
    expect('errors' in result && Object.keys(result.errors).sort()).toEqual(['cacheWrite', 'cachedInput', 'input', 'model', 'output']);
  });

  it('maps API fields back to form fields', () => {
    expect(priceFieldFromApi('input_per_mtok')).toBe('input');
    expect(priceFieldFromApi('cache_write_per_mtok')).toBe('cacheWrite');
    expect(priceFieldFromApi('nonsense')).toBeUndefined();
  });

  it('starts a form from the built-in price of a model, including provider decorations', () => {
    expect(formForModel('bedrock', 'anthropic.claude-3-5-haiku-20241022-v1:0')).toEqual({ provider: 'bedrock', model: 'anthropic.claude-3-5-haiku-20241022-v1:0', input: '0.8', output: '4', cachedInput: '0.08', cacheWrite: '1' });
    expect(formForModel('custom', 'house-llm')).toMatchObject({ input: '', output: '' });
  });

  it('round-trips an override', () => {
    expect(overrideToForm({ provider: 'openai', model: 'gpt-4o', input_per_mtok: 2, output_per_mtok: 8, cached_input_per_mtok: null, cache_write_per_mtok: 1.5 })).toEqual({ provider: 'openai', model: 'gpt-4o', input: '2', output: '8', cachedInput: '', cacheWrite: '1.5' });
  });

  it('lists the built-in table, searchable, with cache prices filled in', () => {
    const rows = builtInRows('gpt-4o');
    expect(rows.map((r) => r.model)).toEqual(['gpt-4o', 'gpt-4o-mini']);
    const haiku = builtInRows('claude-3-haiku')[0];
    expect(haiku.price).toEqual({ input: 0.25, output: 1.25, cachedInput: 0.025, cacheWrite: 0.3125 });
    expect(builtInRows('gpt-4-turbo')[0].cachedIsInput).toBe(true);
    expect(builtInRows().length).toBeGreaterThan(40);
  });

  it('formats per-million prices without rounding to cents', () => {
    expect(perMillion(2.5)).toBe('$2.50');
    expect(perMillion(0.075)).toBe('$0.075');
    expect(perMillion(0)).toBe('$0');
    expect(perMillion(null)).toBe('—');
  });
});

describe('usual provider', () => {
  it('guesses the provider of a built-in model', async () => {
    const { usualProvider } = await import('./price-form');
    expect(usualProvider('claude-haiku-4-5')).toBe('anthropic');
    expect(usualProvider('gemini-2.5-pro')).toBe('google');
    expect(usualProvider('llama-3.1-8b-instruct-turbo')).toBe('together');
    expect(usualProvider('gpt-4o')).toBe('openai');
  });
});
