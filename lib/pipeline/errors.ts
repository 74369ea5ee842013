import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { anthropicErrorType } from '@/lib/providers/anthropic/messages';
import type { ErrorShape } from '@/lib/providers/types';

/**
 * The gateway's own errors, in the calling SDK's shape so it raises its normal error class
 * (openai.RateLimitError, anthropic.PermissionDeniedError, Bedrock's ThrottlingException…), and
 * always with our stable code, a human message and the request id.
 */
const GOOGLE_STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  402: 'RESOURCE_EXHAUSTED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  413: 'INVALID_ARGUMENT',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

const BEDROCK_EXCEPTION: Record<number, string> = {
  400: 'ValidationException',
  401: 'UnrecognizedClientException',
  402: 'ServiceQuotaExceededException',
  403: 'AccessDeniedException',
  404: 'ResourceNotFoundException',
  409: 'ConflictException',
  413: 'ValidationException',
  429: 'ThrottlingException',
  500: 'InternalServerException',
  502: 'ServiceUnavailableException',
  503: 'ServiceUnavailableException',
  504: 'ModelTimeoutException',
};

export interface RenderedError {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

export function toAppError(error: unknown, requestId: string): AppError {
  if (error instanceof AppError) return error;
  log.error({ err: error, requestId }, 'unexpected gateway error');
  return new AppError('internal', 'internal gateway error');
}

export function renderError(shape: ErrorShape, error: AppError, requestId: string): RenderedError {
  const { status, code, message } = error;
  const extra = Object.fromEntries(Object.entries(error.details).filter(([k]) => k === 'policy_id' || k === 'approval_id' || k === 'field'));
  let body: unknown;
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': requestId, ...error.headers };
  switch (shape) {
    case 'openai':
      body = { error: { message, type: code, param: (extra.field as string) ?? null, code, request_id: requestId, ...extra } };
      break;
    case 'anthropic':
      body = { type: 'error', error: { type: anthropicErrorType(status), message, code, ...extra }, request_id: requestId };
      break;
    case 'google':
      body = {
        error: {
          code: status,
          message,
          status: GOOGLE_STATUS[status] ?? 'UNKNOWN',
          details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: code, domain: 'ai-gateway', metadata: { request_id: requestId, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)])) } }],
        },
      };
      break;
    case 'bedrock': {
      const type = BEDROCK_EXCEPTION[status] ?? 'InternalServerException';
      headers['x-amzn-errortype'] = `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`;
      headers['x-amzn-requestid'] = requestId;
      body = { message, code, request_id: requestId, ...extra };
      break;
    }
    default: {
      const unreachable: never = shape;
      throw new Error(`unknown error shape ${String(unreachable)}`);
    }
  }
  return { status, headers, body: Buffer.from(JSON.stringify(body)) };
}
