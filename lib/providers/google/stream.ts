import { createSseReader, encodeSse, parseJson } from '../shared/sse';
import { isObject } from '../shared/view';
import type { GatewayErrorInfo, ResolvedRoute, StreamReadResult, StreamUsageReader } from '../types';
import { asBuffer, createJsonArrayScanner } from './json-array';
import { geminiFinishReason, geminiStreamError, geminiUsage } from './usage';

/**
 * Streamed GenerateContent responses in both of Google's encodings: SSE (`?alt=sse`, what the
 * @google/genai SDK asks for: `data: {GenerateContentResponse}` per chunk) and a JSON array written
 * element by element (the default without `alt=sse`, common with Vertex REST clients).
 *
 * Every chunk repeats `usageMetadata` and the last one holds the final counts, so the reader only
 * remembers the raw text of the latest chunk that mentions usage or a finish reason and parses it
 * once, at the end. Chunks are parsed on the way only when they may be an error.
 */

type Raw = string | Uint8Array;

const MARK_USAGE = '"usageMetadata"';
const MARK_FINISH = '"finishReason"';
const MARK_ERROR = '"error"';
const BYTES_USAGE = Buffer.from(MARK_USAGE);
const BYTES_FINISH = Buffer.from(MARK_FINISH);
const BYTES_ERROR = Buffer.from(MARK_ERROR);

const asText = (raw: Raw): string => (typeof raw === 'string' ? raw : asBuffer(raw).toString('utf8'));

function createChunkFolder() {
  let usageRaw: Raw | undefined;
  let finishRaw: Raw | undefined;
  let error: StreamReadResult['error'];

  function onChunk(raw: Raw, hasUsage: boolean, hasFinish: boolean, hasError: boolean): void {
    if (hasUsage) usageRaw = raw;
    if (hasFinish) finishRaw = raw;
    if (hasError) error = geminiStreamError(parseJson(asText(raw))) ?? error;
  }

  return {
    text(data: string): void {
      onChunk(data, data.includes(MARK_USAGE), data.includes(MARK_FINISH), data.includes(MARK_ERROR));
    },
    bytes(element: Uint8Array): void {
      const b = asBuffer(element);
      onChunk(element, b.includes(BYTES_USAGE), b.includes(BYTES_FINISH), b.includes(BYTES_ERROR));
    },
    finish(): StreamReadResult {
      const result: StreamReadResult = {};
      const usageChunk = usageRaw === undefined ? undefined : parseJson(asText(usageRaw));
      if (isObject(usageChunk)) result.usage = geminiUsage(usageChunk.usageMetadata, usageChunk.modelVersion);
      const finishChunk = finishRaw === usageRaw ? usageChunk : finishRaw === undefined ? undefined : parseJson(asText(finishRaw));
      result.finishReason = geminiFinishReason(finishChunk);
      if (error) result.error = error;
      return result;
    },
  };
}

/** SSE when the upstream says so; otherwise the JSON array, unless the content type is missing and the client asked for SSE. */
export function isSseStream(route: ResolvedRoute, contentType: string): boolean {
  if (contentType.includes('event-stream')) return true;
  if (contentType.includes('json')) return false;
  return /[?&]alt=sse(&|$)/.test(route.path);
}

export function createGeminiStreamReader(route: ResolvedRoute, contentType: string): StreamUsageReader {
  const folder = createChunkFolder();
  if (isSseStream(route, contentType)) {
    const sse = createSseReader((_event, data) => folder.text(data));
    return {
      push: (chunk) => sse.push(chunk),
      finish() {
        sse.end();
        return folder.finish();
      },
    };
  }
  const scanner = createJsonArrayScanner((element) => folder.bytes(element));
  return { push: (chunk) => scanner.push(chunk), finish: () => folder.finish() };
}

const GOOGLE_STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

function errorJson(error: GatewayErrorInfo): string {
  return JSON.stringify({
    error: {
      code: error.status,
      message: error.message,
      status: GOOGLE_STATUS[error.status] ?? (error.status >= 500 ? 'INTERNAL' : 'UNKNOWN'),
      details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: error.code, domain: 'ai-gateway', metadata: { request_id: error.requestId } }],
    },
  });
}

/** SSE streams end with one more `data:` event holding the error, as Google does. */
export function geminiSseErrorEvent(error: GatewayErrorInfo): Uint8Array {
  return encodeSse(errorJson(error));
}

/**
 * JSON-array streams end with the error as one more element and the closing bracket, as Google does.
 * It assumes at least one element was sent (the array is open and non-empty), which holds whenever
 * the upstream failed after its first chunk.
 */
export function geminiArrayErrorEvent(error: GatewayErrorInfo): Uint8Array {
  return Buffer.from(`,\r\n${errorJson(error)}]`);
}
