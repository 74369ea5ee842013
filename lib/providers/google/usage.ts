import { isObject } from '../shared/view';
import type { StreamReadResult, Usage } from '../types';

/**
 * `usageMetadata` → normalised usage. Google's `totalTokenCount` is the sum of `promptTokenCount`,
 * `candidatesTokenCount`, `toolUsePromptTokenCount` and `thoughtsTokenCount`: candidates exclude
 * thoughts, and tool-use prompt tokens (e.g. search results fed back) are input not in the prompt
 * count. `promptTokenCount` already includes `cachedContentTokenCount`.
 */

const COUNTS = ['promptTokenCount', 'candidatesTokenCount', 'thoughtsTokenCount', 'toolUsePromptTokenCount', 'totalTokenCount'] as const;

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function geminiUsage(meta: unknown, model?: unknown): Usage | undefined {
  if (!isObject(meta)) return undefined;
  // Vertex's intermediate stream chunks carry only `trafficType`: no count is not zero tokens.
  if (!COUNTS.some((field) => meta[field] !== undefined)) return undefined;
  const thoughts = count(meta.thoughtsTokenCount);
  return {
    model: typeof model === 'string' ? model : undefined,
    inputTokens: count(meta.promptTokenCount) + count(meta.toolUsePromptTokenCount),
    outputTokens: count(meta.candidatesTokenCount) + thoughts,
    cachedTokens: count(meta.cachedContentTokenCount),
    cacheWriteTokens: 0,
    reasoningTokens: meta.thoughtsTokenCount === undefined ? undefined : thoughts,
  };
}

export function geminiFinishReason(response: unknown): string | undefined {
  if (!isObject(response) || !Array.isArray(response.candidates)) return undefined;
  const first = response.candidates[0];
  return isObject(first) && typeof first.finishReason === 'string' ? first.finishReason : undefined;
}

/** A top-level `{"error": {code, message, status}}`, as Google sends it inside a stream. */
export function geminiStreamError(response: unknown): StreamReadResult['error'] {
  if (!isObject(response) || !isObject(response.error)) return undefined;
  const { status, code, message } = response.error;
  return { type: String(status ?? code ?? 'error'), message: String(message ?? '') };
}

/** A complete response; an array (a JSON-array stream read whole) reports its last usage and finish reason. */
export function usageFromGeminiResponse(body: unknown): StreamReadResult {
  const chunks = Array.isArray(body) ? body : [body];
  const result: StreamReadResult = {};
  for (const chunk of chunks) {
    if (!isObject(chunk)) continue;
    const error = geminiStreamError(chunk);
    if (error) result.error = error;
    const usage = geminiUsage(chunk.usageMetadata, chunk.modelVersion);
    if (usage) result.usage = usage;
    const finish = geminiFinishReason(chunk);
    if (finish) result.finishReason = finish;
  }
  return result;
}
