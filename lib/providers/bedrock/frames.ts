import { isObject } from '../shared/view';
import type { GatewayErrorInfo, StreamReadResult } from '../types';
import { createEventStreamDecoder, encodeExceptionFrame, headerString, type EventStreamDecoder } from './event-stream';

/**
 * What the two Bedrock stream formats share: event-stream frames whose `:message-type` is `event`
 * (named by `:event-type`), `exception` (a modelled error, `:exception-type`) or `error` (a protocol
 * error with `:error-code` / `:error-message`), and the exception frame the gateway writes itself.
 */

const utf8 = new TextDecoder();

export function parseJsonBytes(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    return undefined;
  }
}

function exceptionMessage(payload: Uint8Array): string {
  const body = parseJsonBytes(payload);
  if (isObject(body)) {
    const message = body.message ?? body.Message;
    if (typeof message === 'string') return message;
  }
  return utf8.decode(payload.subarray(0, 500));
}

/**
 * Feeds `onEvent` with each event frame and records the first in-stream error in `result`.
 * A corrupt frame ends decoding and is reported as an error too: the client's SDK fails on it the
 * same way, so the request did not complete.
 */
export function createFrameDecoder(result: StreamReadResult, onEvent: (eventType: string, payload: Uint8Array) => void): EventStreamDecoder {
  return createEventStreamDecoder(
    (m) => {
      const kind = headerString(m.headers, ':message-type');
      if (kind === 'event') {
        const type = headerString(m.headers, ':event-type');
        if (type !== undefined) onEvent(type, m.payload);
      } else if (kind === 'exception') {
        result.error ??= { type: headerString(m.headers, ':exception-type') ?? 'exception', message: exceptionMessage(m.payload) };
      } else if (kind === 'error') {
        result.error ??= { type: headerString(m.headers, ':error-code') ?? 'error', message: headerString(m.headers, ':error-message') ?? '' };
      }
    },
    (e) => {
      result.error ??= { type: 'eventStreamDecodeError', message: e.message };
    },
  );
}

/**
 * Stream exceptions are members of the operation's output union (lower camel case); a name outside
 * the union would surface in the SDK as a bare Error, so every gateway code maps onto one of them.
 * `modelTimeoutException` exists only in InvokeModelWithResponseStream's union.
 */
export function exceptionTypeFor(error: GatewayErrorInfo, withModelTimeout: boolean): string {
  const { code, status } = error;
  if (status === 429 || code === 'rate_limited') return 'throttlingException';
  if (status === 503) return 'serviceUnavailableException';
  if (status === 504) return withModelTimeout ? 'modelTimeoutException' : 'modelStreamErrorException';
  if (status === 502) return 'modelStreamErrorException';
  if (status >= 400 && status < 500) return 'validationException';
  return 'internalServerException';
}

export function bedrockExceptionFrame(error: GatewayErrorInfo, withModelTimeout: boolean): Uint8Array {
  const type = exceptionTypeFor(error, withModelTimeout);
  const body: Record<string, unknown> = {
    message: `${error.message} (request id: ${error.requestId})`,
    code: error.code,
    requestId: error.requestId,
  };
  if (type === 'modelStreamErrorException') body.originalStatusCode = error.status;
  return encodeExceptionFrame(type, JSON.stringify(body));
}

export function toCount(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : 0;
}
