/**
 * Vertex AI: Gemini models under publishers/google and Claude under publishers/anthropic
 * (rawPredict / streamRawPredict with Anthropic Messages bodies). Every call needs a bearer token
 * minted by the mock's OAuth endpoint, as the real service needs one from Google's.
 */
import { anthropicError, serveAnthropic, type AnthropicBody } from './anthropic';
import { googleError, handleGenerate } from './google';
import { accessTokenOk } from './oauth';
import { parseBody } from './openai';
import { sendError } from './respond';
import type { Ctx, ErrorShape } from './types';

/** Quota errors come from the Vertex platform (Google shape); the rest from the model (Anthropic shape). */
export const vertexAnthropicError: ErrorShape = (status, message, errorType) =>
  status === 429 || status === 401 || status === 403 ? googleError(status, message, errorType) : anthropicError(status, message, errorType);

function authOk(ctx: Ctx): boolean {
  if (accessTokenOk(ctx)) return true;
  sendError(
    ctx,
    googleError,
    401,
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
  );
  return false;
}

/** params: [project, location, publisher, model, method] */
export function handleVertex(ctx: Ctx): void | Promise<void> {
  if (!authOk(ctx)) return;
  const [, , publisher, rawModel, method] = ctx.params;
  const model = decodeURIComponent(rawModel);
  if (publisher === 'google') return handleGenerate(ctx, model, method, true);
  if (method !== 'rawPredict' && method !== 'streamRawPredict') {
    return sendError(ctx, vertexAnthropicError, 400, `${method} is not supported for Anthropic models; use rawPredict or streamRawPredict.`);
  }
  const body = parseBody<AnthropicBody>(ctx, vertexAnthropicError);
  if (!body) return;
  if (body.anthropic_version !== 'vertex-2023-10-16') {
    return sendError(ctx, vertexAnthropicError, 400, 'anthropic_version: Input should be \'vertex-2023-10-16\'');
  }
  return serveAnthropic(ctx, body, model, vertexAnthropicError, method === 'streamRawPredict' || body.stream === true);
}
