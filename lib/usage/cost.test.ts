import { describe, expect, it } from 'vitest';
import { computeCost } from './cost';
import { canonicalModel, listPrice } from './prices';

const usage = (inputTokens: number, outputTokens: number, cachedTokens = 0, cacheWriteTokens = 0) => ({ inputTokens, outputTokens, cachedTokens, cacheWriteTokens });

describe('model names', () => {
  it.each([
    ['gpt-4o-2024-08-06', 'gpt-4o'],
    ['anthropic.claude-3-5-sonnet-20240620-v1:0', 'claude-3-5-sonnet'],
    ['us.anthropic.claude-sonnet-4-20250514-v1:0', 'claude-sonnet-4'],
    ['claude-sonnet-4@20250514', 'claude-sonnet-4'],
    ['models/gemini-2.5-flash', 'gemini-2.5-flash'],
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'],
  ])('%s is priced as %s', (model, expected) => {
    expect(listPrice(model)?.name ?? canonicalModel(model)).toBe(expected);
  });

  it('prefers the longest known prefix and strips vendor prefixes', () => {
    expect(listPrice('gpt-4o-mini-2024-07-18')?.name).toBe('gpt-4o-mini');
    expect(listPrice('openai/gpt-4o')?.name).toBe('gpt-4o');
    expect(listPrice('gemini-2.5-flash-preview-05-20')?.name).toBe('gemini-2.5-flash');
  });
});

describe('cost', () => {
  it('prices input, cached input and output separately', () => {
    // gpt-4o: $2.50 in, $1.25 cached, $10 out per million
    const { costUsd } = computeCost('openai', 'gpt-4o', usage(1_000_000, 100_000, 400_000));
    expect(costUsd).toBeCloseTo(0.6 * 2.5 + 0.4 * 1.25 + 0.1 * 10, 10);
  });

  it('prices Anthropic cache writes at their own rate', () => {
    const { costUsd } = computeCost('anthropic', 'claude-sonnet-4-5', usage(3_000, 500, 1_000, 1_000));
    expect(costUsd).toBeCloseTo((1_000 * 3 + 1_000 * 0.3 + 1_000 * 3.75 + 500 * 15) / 1e6, 12);
  });

  it('flags unknown models with a null cost, and honours overrides', () => {
    expect(computeCost('custom', 'my-finetune', usage(10, 10))).toEqual({ costUsd: null, priceUnknown: true });
    const override = () => ({ input: 1, output: 2 });
    expect(computeCost('custom', 'my-finetune', usage(1_000_000, 1_000_000), override).costUsd).toBe(3);
  });
});
