import { z } from 'zod';
import { pageQuery } from '@/lib/api/pagination';

export const auditQuery = pageQuery(200, 50).extend({
  action: z
    .string()
    .max(64)
    .regex(/^[a-z_]+(\.[a-z_]+)*$/, 'an action such as key.revoke or gateway.denied')
    .optional(),
});
