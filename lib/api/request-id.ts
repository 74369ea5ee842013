import { randomUUID } from 'node:crypto';

const SAFE_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/** Keeps a caller's X-Request-ID when it is a sane token, so traces join up; otherwise makes one. */
export function requestIdFrom(value: string | null | undefined): string {
  return value && SAFE_ID.test(value) ? value : randomUUID();
}
