import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { metrics } from '@/lib/metrics';
import { orgSettings } from '@/lib/orgs/cache';
import { createRateLimiter, rateLimitHeaders, resolveLimits, toScopeLimits, type RateLimiter, type ScopeRef } from '@/lib/ratelimit';
import { processSingleton } from '@/lib/runtime/singleton';
import type { PipelineContext } from './types';

export function rateLimiter(): RateLimiter {
  return processSingleton('rate-limiter', () =>
    // The limiter logs "failing open" at most once per 30 s itself; each degraded request is counted.
    createRateLimiter({ redisUrl: env().REDIS_URL, logger: log, onDegraded: () => metrics.rateLimitDegraded() }),
  );
}

function providerDefault(provider: string): number {
  const specific = process.env[`GATEWAY_RATE_LIMIT_PER_PROVIDER_${provider.toUpperCase()}`];
  return specific ? Number(specific) : env().GATEWAY_RATE_LIMIT_PER_PROVIDER;
}

/** Rough prompt size for token limits before the real count is known (settled afterwards). */
function estimateTokens(ctx: PipelineContext): number {
  let chars = 0;
  for (const part of ctx.view?.parts ?? []) chars += part.text.length;
  return Math.ceil(chars / 4);
}

/**
 * Step 4: requests- and tokens-per-minute at the key, user, organisation and provider scopes.
 * Effective limits: operator defaults, then the organisation's overrides, then the key's own.
 */
export async function limit(ctx: PipelineContext): Promise<void> {
  const config = env();
  const key = ctx.key!;
  const settings = await orgSettings(ctx.orgId!);
  const limits = resolveLimits({
    env: {
      key: { rpm: config.GATEWAY_RATE_LIMIT_PER_KEY },
      user: { rpm: config.GATEWAY_RATE_LIMIT_PER_USER },
      org: { rpm: config.GATEWAY_RATE_LIMIT_PER_ORG },
      provider: { rpm: providerDefault(ctx.provider) },
    },
    org: settings.rate_limits,
    key: { rpm: key.rateLimitRpm, tpm: key.rateLimitTpm },
  });
  const scopes = toScopeLimits(limits, {
    key: key.id,
    user: ctx.identity.userId ? `${key.orgId}:${ctx.identity.userId}` : undefined,
    org: key.orgId,
    provider: `${key.orgId}:${ctx.provider}`,
  });
  if (scopes.length === 0) return;
  ctx.estimatedTokens = estimateTokens(ctx);
  const limiter = rateLimiter();
  const decision = await limiter.check({ scopes, estimatedTokens: ctx.estimatedTokens });
  ctx.rateLimitHeaders = rateLimitHeaders(decision);
  if (!decision.allowed) {
    const by = decision.limitedBy;
    metrics.rateLimitHit(by?.scope ?? 'unknown');
    throw new AppError('rate_limited', `rate limit exceeded: ${by ? `${by.kind} per minute for this ${by.scope}` : 'too many requests'}`, { scope: by?.scope }, ctx.rateLimitHeaders);
  }
  const tokenScopes: ScopeRef[] = scopes.filter((s) => s.tpm).map(({ scope, id }) => ({ scope, id }));
  if (tokenScopes.length > 0) {
    ctx.settle = (actual) => void limiter.settleTokens(tokenScopes, actual - ctx.estimatedTokens);
  }
}
