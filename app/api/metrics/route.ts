import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { withPublic } from '@/lib/api/with-org';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import { METRICS_CONTENT_TYPE, metricsText } from '@/lib/metrics';

export const dynamic = 'force-dynamic';

const authorization = z.string().regex(/^Bearer\s+\S+$/i).optional();

/** Compares digests so neither the length nor a prefix of the token leaks through timing. */
function tokenMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

// GET /api/metrics - Prometheus exposition of this instance (bearer GATEWAY_METRICS_TOKEN when set)
export const GET = withPublic(async (req) => {
  const expected = env().GATEWAY_METRICS_TOKEN;
  if (expected) {
    const header = authorization.safeParse(req.headers.get('authorization') ?? undefined);
    const given = header.success ? header.data?.replace(/^Bearer\s+/i, '') : undefined;
    if (!given || !tokenMatches(given, expected)) {
      throw new AppError('unauthorized', 'metrics need Authorization: Bearer <GATEWAY_METRICS_TOKEN>', {}, { 'www-authenticate': 'Bearer' });
    }
  }
  return new Response(await metricsText(), { status: 200, headers: { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' } });
});
