import { env } from '@/lib/config/env';
import { resolveStoredCredential } from '@/lib/credentials/resolve';
import { AppError } from '@/lib/errors';
import { PROVIDERS } from '@/lib/providers/catalog';
import type { UpstreamCredential } from '@/lib/providers/types';
import { headerValue } from './authenticate';
import type { PipelineContext } from './types';
import { assertPublicHost } from './upstream/ssrf';

function passthroughCredential(ctx: PipelineContext): UpstreamCredential {
  const h = ctx.req.headers;
  const accessKeyId = headerValue(h, 'x-gateway-aws-access-key-id');
  const secretAccessKey = headerValue(h, 'x-gateway-aws-secret-access-key');
  if (accessKeyId || secretAccessKey) {
    if (!accessKeyId || !secretAccessKey) throw new AppError('validation', 'X-Gateway-AWS-Access-Key-Id and X-Gateway-AWS-Secret-Access-Key go together', { field: 'X-Gateway-AWS-Secret-Access-Key' });
    return { mode: 'passthrough', aws: { accessKeyId, secretAccessKey, sessionToken: headerValue(h, 'x-gateway-aws-session-token') } };
  }
  return { mode: 'passthrough' };
}

/** The query without the gateway key, when the caller put it there (Gemini's `?key=`). */
function upstreamQuery(ctx: PipelineContext): string {
  const location = ctx.keyLocation;
  if (!ctx.req.query || !location || !('query' in location)) return ctx.req.query;
  const params = new URLSearchParams(ctx.req.query);
  params.delete(location.query);
  return params.toString();
}

function tenantBaseUrl(credential: UpstreamCredential | null | undefined): string | undefined {
  if (!credential || credential.mode !== 'stored') return undefined;
  return 'baseUrl' in credential ? credential.baseUrl : undefined;
}

/**
 * Step 3: the upstream target and its credentials. The adapter reads the path; the credential is
 * the organisation's stored one (default, or named by the path or `X-Gateway-Credential`) unless
 * the caller passed its own. Tenant-supplied base URLs are checked against private addresses here
 * and again at connect time.
 */
export async function route(ctx: PipelineContext, rest: string): Promise<void> {
  const resolved = ctx.adapter.resolve({ provider: ctx.provider, rest, query: upstreamQuery(ctx), method: ctx.req.method, headers: ctx.req.headers });
  ctx.route = resolved;
  ctx.clientPath = rest;

  const name = resolved.credentialName ?? headerValue(ctx.req.headers, 'x-gateway-credential');
  const needsStoredBase = resolved.origin === undefined;
  const stored = !ctx.passthrough || needsStoredBase ? await resolveStoredCredential(ctx.orgId!, ctx.provider, name) : null;
  if (!ctx.passthrough && !stored) {
    throw new AppError(
      'validation',
      `no ${PROVIDERS[ctx.provider].label} credential${name ? ` named "${name}"` : ''} is configured for this organisation: add one under Providers, or send your own provider key with X-Gateway-Key`,
      { field: 'provider' },
    );
  }
  ctx.credential = ctx.passthrough ? passthroughCredential(ctx) : stored!;

  const base = tenantBaseUrl(stored);
  let url: URL;
  if (resolved.origin === undefined) {
    if (!base) throw new AppError('validation', `credential "${name}" has no base URL`, { field: 'provider' });
    url = new URL(base + resolved.path);
    ctx.tenantOrigin = true;
  } else if (resolved.tenantPath !== undefined && base) {
    url = new URL(base + resolved.tenantPath);
    ctx.tenantOrigin = true;
  } else {
    url = new URL(resolved.origin + resolved.path);
  }
  if (ctx.tenantOrigin && !env().GATEWAY_ALLOW_PRIVATE_UPSTREAMS) assertPublicHost(url.hostname);
  ctx.upstreamUrl = url;
}
