import { z } from 'zod';

const role = z.enum(['owner', 'admin', 'member', 'viewer']);

export const addMemberSchema = z
  .object({
    email: z.string().trim().toLowerCase().email('must be a valid email address').max(254),
    role: role.default('member'),
  })
  .strict();

export const changeRoleSchema = z.object({ role }).strict();
