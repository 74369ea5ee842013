import { getDb } from '@/db';
import { findApiKeyByHash } from '@/db/queries/keys';
import { trustedOrgId } from '@/db/tenant';
import { AppError } from '@/lib/errors';
import { keyCache } from '@/lib/keys/cache';
import { hashKey } from '@/lib/keys/format';
import { staleIfError } from '@/lib/runtime/stale';
import type { ApiKey } from '@/db/schema';
import type { HeaderMap, KeyLocation } from '@/lib/providers/types';
import type { PipelineContext } from './types';

const GATEWAY_KEY = /^gw_(live|test)_[0-9A-Za-z]{32,64}$/;

export function headerValue(headers: HeaderMap, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readLocation(ctx: PipelineContext, location: KeyLocation): string | undefined {
  if ('query' in location) {
    if (!ctx.req.query) return undefined;
    return new URLSearchParams(ctx.req.query).get(location.query) ?? undefined;
  }
  const value = headerValue(ctx.req.headers, location.header);
  if (!value) return undefined;
  return location.scheme === 'bearer' ? /^Bearer\s+(.+)$/i.exec(value)?.[1]?.trim() : value.trim();
}

/** True when the caller also sent a provider credential of its own (pass-through mode). */
function hasOwnProviderCredential(ctx: PipelineContext): boolean {
  if (headerValue(ctx.req.headers, 'x-gateway-aws-access-key-id')) return true;
  return ctx.adapter.keyLocations.some((location) => {
    const value = readLocation(ctx, location);
    return value !== undefined && value !== '' && !GATEWAY_KEY.test(value);
  });
}

function parseIdentity(ctx: PipelineContext): void {
  const h = ctx.req.headers;
  const text = (name: string) => headerValue(h, name)?.slice(0, 256) || undefined;
  ctx.identity = { agentId: text('x-gateway-agent-id'), userId: text('x-gateway-user-id'), userGroup: text('x-gateway-user-group') };
  const metadata = headerValue(h, 'x-gateway-metadata');
  if (metadata) {
    if (metadata.length > 4096) throw new AppError('validation', 'X-Gateway-Metadata: at most 4096 characters', { field: 'X-Gateway-Metadata' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(metadata);
    } catch {
      throw new AppError('validation', 'X-Gateway-Metadata: must be a JSON object', { field: 'X-Gateway-Metadata' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new AppError('validation', 'X-Gateway-Metadata: must be a JSON object', { field: 'X-Gateway-Metadata' });
    ctx.identity.metadata = parsed as Record<string, unknown>;
  }
}

/**
 * A gateway key's record, from the in-memory cache by hash (a miss, including an unknown key, is
 * cached briefly too); throws `unauthorized` for unknown, revoked and expired keys.
 */
export async function lookupGatewayKey(raw: string): Promise<ApiKey> {
  if (!GATEWAY_KEY.test(raw)) throw new AppError('unauthorized', 'invalid gateway key');
  const hash = hashKey(raw);
  const cache = keyCache();
  let entry = cache.get(hash);
  if (!entry) {
    const stale = cache.getStale(hash)?.row;
    const row = await staleIfError(async () => {
      const found = (await findApiKeyByHash(await getDb(), hash)) ?? null;
      cache.set(hash, found);
      return found;
    }, stale, 'api_keys');
    entry = { row, expiresAt: 0 };
  }
  const key = entry.row;
  if (!key) throw new AppError('unauthorized', 'invalid gateway key');
  if (key.status !== 'active') throw new AppError('unauthorized', 'this gateway key has been revoked');
  if (key.expiresAt && key.expiresAt.getTime() <= Date.now()) throw new AppError('unauthorized', 'this gateway key has expired');
  return key;
}

/**
 * Step 2: the gateway key, from `X-Gateway-Key` (pass-through: the provider key rides where the SDK
 * puts it) or from wherever this provider's SDK puts its API key (stored-credential mode). Key
 * records come from an in-memory cache by hash: no database round trip on the hot path.
 */
export async function authenticate(ctx: PipelineContext): Promise<void> {
  let raw = headerValue(ctx.req.headers, 'x-gateway-key')?.trim();
  if (raw) {
    ctx.passthrough = hasOwnProviderCredential(ctx);
  } else {
    for (const location of ctx.adapter.keyLocations) {
      const value = readLocation(ctx, location);
      if (value && GATEWAY_KEY.test(value)) {
        raw = value;
        ctx.keyLocation = location;
        break;
      }
    }
  }
  if (!raw) throw new AppError('unauthorized', 'missing gateway key: send it where your SDK sends its API key, or in X-Gateway-Key');
  const key = await lookupGatewayKey(raw);
  ctx.key = key;
  ctx.orgId = trustedOrgId(key.orgId);
  parseIdentity(ctx);
}
