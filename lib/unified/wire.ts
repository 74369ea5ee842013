import { errorResponse } from '@/lib/api/respond';
import { AppError, ERROR_STATUS, type ErrorCode } from '@/lib/errors';
import type { GatewayResponse } from '@/lib/pipeline';
import type { TextDeltaReader } from '@/lib/providers/types';

const encoder = new TextEncoder();

export async function collectBody(response: GatewayResponse): Promise<Buffer> {
  const { body } = response;
  if (body === null) return Buffer.alloc(0);
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The unified endpoint's error shape `{"error": {code, message, request_id}}`, from an exception or a failed call. */
export function unifiedError(source: unknown, requestId: string): Response {
  if (source && typeof source === 'object' && 'status' in source && 'context' in source) {
    const response = source as GatewayResponse;
    const ctx = response.context!;
    const code = (ctx.errorCode && ctx.errorCode in ERROR_STATUS ? ctx.errorCode : 'upstream_error') as ErrorCode;
    const message = ctx.errorMessage ?? `the provider answered ${response.status}`;
    const error = new AppError(code, message);
    const retryAfter = response.headers['retry-after'];
    const res = errorResponse(error, requestId);
    if (retryAfter) res.headers.set('retry-after', String(retryAfter));
    return new Response(res.body, { status: ctx.errorCode && ctx.errorCode in ERROR_STATUS ? ERROR_STATUS[code] : response.status, headers: res.headers });
  }
  return errorResponse(source, requestId);
}

/**
 * Streams the provider's text deltas as `data: {"chunk": "…"}` events, then `data: [DONE]`. The
 * deltas are the pipeline's output, so any response guard (masking, rehydration) has already run.
 */
export function streamChunks(response: GatewayResponse, reader: TextDeltaReader, requestId: string, info: { provider: string; executionPath: string }): Response {
  const source = response.body;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        if (source && !(source instanceof Uint8Array)) {
          for await (const chunk of source) {
            const text = reader.push(chunk);
            if (text) controller.enqueue(encoder.encode(`data: ${JSON.stringify({ chunk: text })}\n\n`));
          }
        }
        const { error } = reader.finish();
        if (error) controller.enqueue(encoder.encode(`event: error\ndata: ${JSON.stringify({ error: { code: 'upstream_error', message: error.message, request_id: requestId } })}\n\n`));
        controller.enqueue(encoder.encode('data: [DONE]\n\n'));
      } catch {
        controller.enqueue(encoder.encode(`event: error\ndata: ${JSON.stringify({ error: { code: 'upstream_error', message: 'the stream failed', request_id: requestId } })}\n\n`));
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-request-id': requestId, 'x-gateway-provider': info.provider, 'x-gateway-execution-path': info.executionPath },
  });
}
