import type { Usage } from '@/lib/providers/types';
import { listPrice, type ModelPrice } from './prices';

export interface CostResult {
  /** Null when no price is known for the model: recorded as unknown, never as zero. */
  costUsd: number | null;
  priceUnknown: boolean;
}

/** Finds an organisation's override for a model, if any (see lib/usage/overrides.ts). */
export type PriceOverrideLookup = (provider: string, model: string) => ModelPrice | undefined;

export function priceFor(provider: string, model: string | undefined, override?: PriceOverrideLookup): ModelPrice | undefined {
  if (!model) return undefined;
  return override?.(provider, model) ?? listPrice(model)?.price;
}

/** USD for one call: uncached input, cache reads, cache writes and output, each at its own rate. */
export function computeCost(provider: string, model: string | undefined, usage: Usage | undefined, override?: PriceOverrideLookup): CostResult {
  if (!usage) return { costUsd: 0, priceUnknown: false };
  const price = priceFor(provider, model, override);
  if (!price) return { costUsd: null, priceUnknown: true };
  const uncached = Math.max(0, usage.inputTokens - usage.cachedTokens - usage.cacheWriteTokens);
  const micro =
    uncached * price.input +
    usage.cachedTokens * (price.cachedInput ?? price.input) +
    usage.cacheWriteTokens * (price.cacheWrite ?? price.input) +
    usage.outputTokens * price.output;
  return { costUsd: micro / 1_000_000, priceUnknown: false };
}
