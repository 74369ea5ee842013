import { z } from 'zod';

const modelGlob = z.string().trim().min(1).max(200).regex(/^[A-Za-z0-9._:/*@-]+$/, 'a model id or glob such as gpt-4o* or anthropic/*');
const usd = z.number().positive().max(1_000_000);

export const createKeySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    environment: z.enum(['live', 'test']).default('live'),
    expires_at: z.iso.datetime({ offset: true }).optional().nullable(),
    models: z.array(modelGlob).max(100).optional(),
    rate_limit_rpm: z.number().int().positive().max(1_000_000).optional().nullable(),
    rate_limit_tpm: z.number().int().positive().max(1_000_000_000).optional().nullable(),
    /** Shorthand for a monthly budget (or daily, with budget_period). */
    budget_usd: usd.optional().nullable(),
    budget_period: z.enum(['day', 'month']).default('month'),
    budget_usd_daily: usd.optional().nullable(),
    budget_usd_monthly: usd.optional().nullable(),
    fallbacks: z.array(z.string().regex(/^[a-z0-9-]+\/.+$/, 'provider/model')).max(10).optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .refine((v) => !v.expires_at || new Date(v.expires_at).getTime() > Date.now(), { message: 'must be in the future', path: ['expires_at'] });

export const updateKeySchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    models: z.array(modelGlob).max(100).optional(),
    rate_limit_rpm: z.number().int().positive().max(1_000_000).nullable().optional(),
    rate_limit_tpm: z.number().int().positive().max(1_000_000_000).nullable().optional(),
    budget_usd_daily: usd.nullable().optional(),
    budget_usd_monthly: usd.nullable().optional(),
    fallbacks: z.array(z.string().regex(/^[a-z0-9-]+\/.+$/, 'provider/model')).max(10).optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
