import { z } from 'zod';
import { PROVIDER_IDS } from '@/lib/providers/catalog';

const perMTok = z.number().min(0).max(100_000);

export const priceBody = z
  .object({
    provider: z.enum(PROVIDER_IDS as [string, ...string[]]),
    model: z.string().trim().min(1).max(200).regex(/^[A-Za-z0-9._:/@-]+$/, 'a model id as the provider names it'),
    input_per_mtok: perMTok,
    output_per_mtok: perMTok,
    cached_input_per_mtok: perMTok.nullable().optional(),
    cache_write_per_mtok: perMTok.nullable().optional(),
  })
  .strict();

export const priceKeyQuery = z.object({
  provider: z.string().min(1).max(64),
  model: z.string().min(1).max(200),
});
