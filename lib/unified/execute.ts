import { performance } from 'node:perf_hooks';
import { requestIdFrom } from '@/lib/api/request-id';
import { readJsonBody } from '@/lib/api/body';
import { fromZodError, json } from '@/lib/api/respond';
import { trustedOrgId } from '@/db/tenant';
import { env } from '@/lib/config/env';
import { resolveStoredCredential } from '@/lib/credentials/resolve';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { handleGatewayRequest, type GatewayResponse } from '@/lib/pipeline';
import { lookupGatewayKey } from '@/lib/pipeline/authenticate';
import { isProviderId, type ProviderId } from '@/lib/providers/catalog';
import { splitQualifiedModel } from '@/lib/providers/models';
import { availableModels, isCallable } from './models';
import { messagesOf, unifiedRequestSchema, type UnifiedRequest } from './schema';
import { nativeCall } from './targets';
import { collectBody, streamChunks, unifiedError } from './wire';

const RETRYABLE = new Set(['provider_timeout', 'provider_unavailable', 'circuit_open', 'upstream_error', 'rate_limited']);
const IDENTITY_HEADERS = ['x-gateway-agent-id', 'x-gateway-user-id', 'x-gateway-user-group', 'x-gateway-metadata', 'x-gateway-identity-token', 'x-gateway-approval-id', 'traceparent', 'tracestate'];

function bearer(request: Request): string {
  const header = request.headers.get('authorization') ?? '';
  const raw = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? request.headers.get('x-gateway-key') ?? '';
  if (!raw) throw new AppError('unauthorized', 'missing gateway key: send Authorization: Bearer <gateway key>');
  return raw;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * `POST /api/gateway`: `{prompt | messages, model: "provider/model", stream?, fallbacks?}` for apps
 * that do not want a provider SDK. Each attempt is a native call through the gateway's own
 * pipeline (auth, limits, guards, metering, recording); a retryable failure before any output
 * moves on to the next model in the fallback chain (the request's, else the key's).
 */
export async function handleUnified(request: Request): Promise<Response> {
  const started = performance.now();
  const requestId = requestIdFrom(request.headers.get('x-request-id'));
  try {
    const raw = bearer(request);
    const key = await lookupGatewayKey(raw);
    const orgId = trustedOrgId(key.orgId);
    const parsed = unifiedRequestSchema.safeParse((await readJsonBody(request, env().GATEWAY_MAX_BODY_BYTES)) ?? {});
    if (!parsed.success) throw fromZodError(parsed.error);
    const body: UnifiedRequest = parsed.data;

    const models = await availableModels(orgId, key);
    const enabled = new Set<string>(models.map((m) => m.provider));
    if ((await resolveStoredCredential(orgId, 'custom')) !== null) enabled.add('custom');
    const chain = [body.model, ...(body.fallbacks ?? key.fallbacks)];
    const targets = chain.map((qualified, i) => {
      const split = splitQualifiedModel(qualified);
      if (!split || !isProviderId(split.provider) || !isCallable(models, enabled, split.provider, split.model)) {
        throw new AppError('validation', `${i === 0 ? 'model' : `fallbacks.${i - 1}`}: unknown or disabled model ${qualified}; see GET /api/gateway/models`, { field: i === 0 ? 'model' : 'fallbacks' });
      }
      return { qualified, provider: split.provider as ProviderId, model: split.model };
    });

    const headers: Record<string, string> = { authorization: `Bearer ${raw}`, 'content-type': 'application/json', 'x-request-id': requestId };
    for (const name of IDENTITY_HEADERS) {
      const value = request.headers.get(name);
      if (value) headers[name] = value;
    }
    let last: GatewayResponse | undefined;
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i];
      const credential = await resolveStoredCredential(orgId, target.provider);
      const native = nativeCall(target.provider, target.model, messagesOf(body), { stream: body.stream, maxTokens: body.max_tokens, temperature: body.temperature }, credential);
      const bytes = Buffer.from(JSON.stringify(native.body));
      last = await handleGatewayRequest({
        method: 'POST',
        path: native.path,
        query: native.query,
        headers: { ...headers, 'content-length': String(bytes.byteLength) },
        body: once(bytes),
        remoteAddress: request.headers.get('x-forwarded-for')?.split(',')[0],
        signal: request.signal,
      });
      const ctx = last.context!;
      const executionPath = i === 0 ? 'primary' : 'fallback';
      if (last.status < 400) {
        const format = ctx.route?.format;
        if (!format?.responseText || !format.createTextReader) throw new AppError('internal', `no text reader for ${target.provider}`);
        if (body.stream) return streamChunks(last, format.createTextReader(ctx.route!, String(last.headers['content-type'] ?? '')), requestId, { provider: target.provider, executionPath });
        const text = format.responseText(JSON.parse((await collectBody(last)).toString('utf8')));
        const t = ctx.timings;
        return json(
          {
            response: text,
            model: target.qualified,
            meta: {
              providerId: target.provider,
              executionPath,
              fallbackUsed: i > 0,
              entitiesDetected: ctx.guardStats.entitiesDetected,
              latency: {
                totalMs: Math.round(performance.now() - started),
                maskingMs: Math.round(ctx.guardStats.maskingMs * 100) / 100,
                providerMs: t.upstreamStart !== undefined ? Math.round((t.upstreamEnd ?? performance.now()) - t.upstreamStart) : 0,
                rehydrationMs: Math.round(ctx.guardStats.rehydrationMs * 100) / 100,
              },
            },
          },
          200,
          { 'x-request-id': requestId },
        );
      }
      const code = ctx.errorCode ?? 'upstream_error';
      if (!RETRYABLE.has(code) || i === targets.length - 1) break;
      await collectBody(last).catch(() => undefined);
      log.info({ requestId, from: target.qualified, to: targets[i + 1].qualified, code }, 'unified endpoint falling back');
    }
    return unifiedError(last!, requestId);
  } catch (error) {
    return unifiedError(error, requestId);
  }
}
