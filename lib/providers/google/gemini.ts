import type { WireFormat } from '../types';
import { editGeminiBody } from './edit-chunk';
import { createGeminiStreamEditor } from './edit-stream';
import { readGeminiRequest } from './request';
import { createGeminiStreamReader, geminiArrayErrorEvent, geminiSseErrorEvent } from './stream';
import { createGeminiTextReader, geminiText } from './text';
import { usageFromGeminiResponse } from './usage';

/**
 * Google GenerateContent (`…/models/{m}:generateContent` and `:streamGenerateContent`), spoken by the
 * Gemini API and by Vertex AI for `publishers/google` models.
 *
 * Two format objects differ only in how a stream the gateway must cut short is ended: the interface
 * gives `streamErrorEvent` no route, so the adapter picks the variant from the query it resolved
 * (`alt=sse` → an SSE error event; otherwise a final `,{"error":…}]` array element). The stream
 * reader itself follows the response's content type, so a mismatch cannot hide usage.
 */
export const geminiFormat: WireFormat = {
  id: 'gemini',
  readRequest: readGeminiRequest,
  usageFromResponse: (body) => usageFromGeminiResponse(body),
  createStreamReader: createGeminiStreamReader,
  streamErrorEvent: geminiSseErrorEvent,
  responseText: geminiText,
  createTextReader: createGeminiTextReader,
  editResponse: (body, hooks) => editGeminiBody(body, hooks),
  createStreamEditor: createGeminiStreamEditor,
};

/** The same format for streams encoded as a JSON array (no `alt=sse`). */
export const geminiJsonArrayFormat: WireFormat = { ...geminiFormat, streamErrorEvent: geminiArrayErrorEvent };

const GENERATE_METHODS = new Set(['generateContent', 'streamGenerateContent']);

export const asksForSse = (query: string): boolean => /(^|&)alt=sse(&|$)/.test(query);

/** The format for a Google model method, or null for methods forwarded unread (countTokens, embedContent…). */
export function geminiFormatFor(httpMethod: string, apiMethod: string, query: string): WireFormat | null {
  if (httpMethod !== 'POST' || !GENERATE_METHODS.has(apiMethod)) return null;
  return apiMethod === 'streamGenerateContent' && !asksForSse(query) ? geminiJsonArrayFormat : geminiFormat;
}
