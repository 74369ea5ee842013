import { z } from 'zod';
import { json } from '@/lib/api/respond';
import { withOrg } from '@/lib/api/with-org';
import { AppError } from '@/lib/errors';
import { scanForApi } from '@/lib/guards/scan-api';
import { rateLimiter } from '@/lib/pipeline/limit';
import { policySet } from '@/lib/policy/cache';
import { rateLimitHeaders } from '@/lib/ratelimit';

/** Scans per organisation per minute (the scan API runs the full engine on up to 100 KB). */
const SCANS_PER_MINUTE = 600;

const scanSchema = z
  .object({
    text: z.string().max(100_000),
    direction: z.enum(['request', 'response']).default('request'),
    role: z.enum(['user', 'system', 'tool']).default('user'),
    /** Optional request context, so scoped policies apply as they would to such a request. */
    context: z
      .object({ api_key_id: z.string().uuid().optional(), agent_id: z.string().max(256).optional(), user_id: z.string().max(256).optional(), groups: z.array(z.string().max(256)).max(100).optional(), model: z.string().max(200).optional(), provider: z.string().max(50).optional() })
      .strict()
      .default({}),
  })
  .strict();

// POST /api/v1/guards/scan - scan one text with the organisation's policies (playground, hosted guard API)
export const POST = withOrg({ body: scanSchema }, async ({ auth, body }) => {
  const decision = await rateLimiter().check({ scopes: [{ scope: 'org', id: `scan:${auth.orgId}`, rpm: SCANS_PER_MINUTE }] });
  if (!decision.allowed) throw new AppError('rate_limited', `at most ${SCANS_PER_MINUTE} scans per minute`, {}, rateLimitHeaders(decision));
  let set;
  try {
    set = await policySet(auth.orgId);
  } catch {
    throw new AppError('guard_unavailable', 'policies could not be loaded');
  }
  const c = body.context;
  const result = scanForApi(set, {
    text: body.text,
    direction: body.direction,
    role: body.role,
    scope: { keyId: c.api_key_id, agentId: c.agent_id, userId: c.user_id, groups: c.groups ?? [], model: c.model, provider: c.provider },
  });
  return json(result, 200, rateLimitHeaders(decision));
});
