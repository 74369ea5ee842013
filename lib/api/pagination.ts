import { z } from 'zod';

/** `?limit=&offset=` with a ceiling, shared by every list endpoint. */
export function pageQuery(maxLimit = 100, defaultLimit = 20) {
  return z.object({
    limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
    offset: z.coerce.number().int().min(0).default(0),
  });
}
