import { ZodError } from 'zod';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** A zod problem as one validation error naming the first offending field. */
export function fromZodError(error: ZodError, prefix?: string): AppError {
  const issue = error.issues[0];
  const path = issue.path.map(String).join('.');
  const field = [prefix, path].filter(Boolean).join('.') || prefix || 'body';
  return new AppError('validation', `${field}: ${issue.message}`, { field });
}

/** The management API's single error mapper: `{"error": {code, message, request_id}}`, never a stack. */
export function errorResponse(error: unknown, requestId: string): Response {
  const appError = error instanceof AppError ? error : error instanceof ZodError ? fromZodError(error) : undefined;
  if (!appError) {
    log.error({ err: error, requestId }, 'unhandled error in management API');
    return json({ error: { code: 'internal', message: 'internal error', request_id: requestId } }, 500, { 'x-request-id': requestId });
  }
  const body: Record<string, unknown> = { code: appError.code, message: appError.message, request_id: requestId };
  if (typeof appError.details.field === 'string') body.field = appError.details.field;
  return json({ error: body }, appError.status, { 'x-request-id': requestId, ...appError.headers });
}
