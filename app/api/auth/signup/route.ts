import { getDb } from '@/db';
import { withPublic } from '@/lib/api/with-org';
import { readJsonBody } from '@/lib/api/body';
import { fromZodError, json } from '@/lib/api/respond';
import { requestIp } from '@/lib/auth/context';
import { signUp, signupSchema } from '@/lib/auth/signup';
import { env } from '@/lib/config/env';

// POST /api/auth/signup - create a user and their organisation (for scripts; the page uses it too)
export const POST = withPublic(async (req) => {
  const parsed = signupSchema.safeParse((await readJsonBody(req, env().GATEWAY_MANAGEMENT_MAX_BODY_BYTES)) ?? {});
  if (!parsed.success) throw fromZodError(parsed.error);
  const { user, org } = await signUp(await getDb(), parsed.data, { ip: requestIp(req), userAgent: req.headers.get('user-agent') });
  return json(
    {
      user: { id: user.id, email: user.email, name: user.name },
      organization: { id: org.id, name: org.name, slug: org.slug, role: 'owner' },
    },
    201,
  );
});
