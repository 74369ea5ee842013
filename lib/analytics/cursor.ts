import { validation } from '@/lib/errors';

/**
 * Opaque page cursors for the request log: base64url of `<timestamp>|<id>`. Opaque so clients
 * do not build them, and so the encoding can change without breaking anyone who only echoes them.
 */
const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(ts: string, id: string): string {
  return Buffer.from(`${ts}|${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { ts: string; id: string } {
  const [ts, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (extra !== undefined || !TS.test(ts ?? '') || !UUID.test(id ?? '')) throw validation('cursor', 'not a cursor from this API (use next_cursor as given)');
  return { ts, id };
}
