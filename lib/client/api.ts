/**
 * The browser's way into the management API: same-origin fetch with the session cookie, JSON in
 * and out, and every non-2xx answer turned into an `ApiError` that keeps the API's error body
 * (`{error: {code, message, request_id, field}}`) so forms can put a message beside its field.
 */

export interface ApiErrorBody {
  code: string;
  message: string;
  request_id?: string;
  field?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly field: string | undefined;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.requestId = body.request_id;
    this.field = body.field;
  }

  /**
   * The message without the API's `field: ` prefix, for showing next to that field.
   * The API writes validation messages as "email: must be a valid email address".
   */
  get fieldMessage(): string {
    if (this.field && this.message.startsWith(`${this.field}: `)) return this.message.slice(this.field.length + 2);
    return this.message;
  }
}

const GENERIC_MESSAGES: Record<number, string> = {
  401: 'Your session has ended. Sign in again.',
  403: 'Your role does not allow this action.',
  404: 'Not found.',
  429: 'Too many requests. Wait a moment and try again.',
};

/** Reads an error response of any shape (the API's JSON, an HTML error page, nothing) into an ApiError. */
export function parseErrorBody(status: number, text: string, headerRequestId?: string | null): ApiError {
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const error = (parsed as { error?: unknown } | undefined)?.error;
  if (error && typeof error === 'object' && typeof (error as ApiErrorBody).message === 'string') {
    const body = error as ApiErrorBody;
    return new ApiError(status, {
      code: typeof body.code === 'string' ? body.code : 'unknown',
      message: body.message,
      request_id: typeof body.request_id === 'string' ? body.request_id : (headerRequestId ?? undefined),
      field: typeof body.field === 'string' ? body.field : undefined,
    });
  }
  const message = GENERIC_MESSAGES[status] ?? (status >= 500 ? 'The server had a problem. Try again in a moment.' : `Request failed (HTTP ${status}).`);
  return new ApiError(status, { code: status >= 500 ? 'internal' : 'unknown', message, request_id: headerRequestId ?? undefined });
}

export interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'network', message: 'Could not reach the server. Check your connection and try again.' });
  }
  const text = await response.text();
  if (!response.ok) throw parseErrorBody(response.status, text, response.headers.get('x-request-id'));
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A message fit for an alert, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
