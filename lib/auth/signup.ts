import { z } from 'zod';
import type { Db } from '@/db';
import { createAccount } from '@/db/queries/accounts';
import { audit, type AuditActor } from '@/lib/audit';
import { trustedOrgId } from '@/db/tenant';
import { AppError } from '@/lib/errors';
import { createDefaultPolicies } from '@/lib/policy/defaults';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password';

export const signupSchema = z.object({
  email: z.string().trim().toLowerCase().email('must be a valid email address').max(254),
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(256),
  name: z.string().trim().min(1, 'required').max(100),
  organization: z.string().trim().min(1, 'required').max(100),
});

export type SignupInput = z.infer<typeof signupSchema>;

/** Creates the user, their organisation and the owner membership; a taken e-mail is a 400 on `email`. */
export async function signUp(db: Db, input: SignupInput, actor: Omit<AuditActor, 'type' | 'id'>) {
  try {
    const { user, org, joined } = await createAccount(db, { ...input, passwordHash: await hashPassword(input.password) });
    await audit(db, { orgId: org.id, actor: { ...actor, type: 'user', id: user.id }, action: 'auth.sign_up', target: { type: 'organization', id: org.id } });
    for (const j of joined) {
      await audit(db, { orgId: j.orgId, actor: { ...actor, type: 'user', id: user.id }, action: 'member.join', target: { type: 'user', id: user.id }, details: { role: j.role, invitation_id: j.invitationId } });
    }
    // Useful from the first call: detect-and-record policies, editable like any other (lib/policy/defaults.ts).
    await createDefaultPolicies(db, trustedOrgId(org.id), { type: 'system', id: 'defaults' }, user.id);
    return { user, org };
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') {
      throw new AppError('validation', 'email: an account with this email already exists', { field: 'email' });
    }
    throw error;
  }
}
