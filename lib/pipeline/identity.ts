import { AppError } from '@/lib/errors';
import { orgSettings } from '@/lib/orgs/cache';
import { IdentityUnavailableError, verifyIdentityToken } from '@/lib/policy/identity';
import { headerValue } from './authenticate';
import { guardFailed } from './guard-state';
import type { PipelineContext } from './types';

/**
 * Step 2b: who the end user is. Plain `X-Gateway-User-Id` / `X-Gateway-User-Group` headers (groups
 * separated by commas) unless an `X-Gateway-Identity-Token` is sent: then its verified claims
 * replace them, and a token that does not verify is a 401. Runs before rate limits, so per-user
 * limits and policy scopes see the verified user.
 */
export async function identity(ctx: PipelineContext): Promise<void> {
  const id = ctx.identity;
  if (id.userGroup) id.groups = id.userGroup.split(',').map((g) => g.trim()).filter(Boolean).slice(0, 100);
  const token = headerValue(ctx.req.headers, 'x-gateway-identity-token')?.trim();
  if (!token) return;
  const settings = await orgSettings(ctx.orgId!);
  if (!settings.identity || (!settings.identity.jwks_url && !settings.identity.hmac_secret)) {
    throw new AppError('unauthorized', 'X-Gateway-Identity-Token: identity tokens are not configured for this organisation');
  }
  try {
    const verified = await verifyIdentityToken(token, settings.identity);
    id.userId = verified.userId;
    id.groups = verified.groups;
    id.userGroup = verified.groups.join(',') || undefined;
    id.verified = true;
  } catch (error) {
    if (error instanceof IdentityUnavailableError) return guardFailed(ctx, settings, 'identity', error);
    throw new AppError('unauthorized', `X-Gateway-Identity-Token: invalid (${(error as Error).message.slice(0, 160)})`);
  }
}
