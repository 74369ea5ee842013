/**
 * The one table of error codes the product returns, and the error class that carries them.
 * Handlers throw; one mapper per surface (management API: lib/api/respond.ts; gateway:
 * lib/pipeline/errors.ts) turns the error into a response. Messages are safe to show to callers:
 * never a stack trace, a key, a credential or a prompt.
 */
export const ERROR_STATUS = {
  validation: 400,
  unauthorized: 401,
  budget_exceeded: 402,
  forbidden: 403,
  policy_denied: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  approval_required: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  upstream_error: 502,
  provider_unavailable: 502,
  circuit_open: 503,
  guard_unavailable: 503,
  service_unavailable: 503,
  provider_timeout: 504,
  gateway_timeout: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const conflict = (message: string) => new AppError('conflict', message);
export const validation = (field: string, message: string) =>
  new AppError('validation', field ? `${field}: ${message}` : message, { field });
export const forbidden = (message = 'your role does not allow this action') => new AppError('forbidden', message);
export const unauthorized = (message = 'authentication required') => new AppError('unauthorized', message);

/** Postgres unique violation, whatever the driver wrapped it in. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: string }).code === '23505') return true;
  }
  return false;
}
