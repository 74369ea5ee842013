import { AppError } from '@/lib/errors';

/**
 * Reads a JSON body without trusting Content-Length: counts bytes as they arrive and stops at the
 * limit, so an oversized or endless body costs at most `limit` bytes of memory.
 */
export async function readJsonBody(req: Request, limit: number): Promise<unknown> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  const type = req.headers.get('content-type');
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError('unsupported_media_type', 'body must be application/json');
  }
  if (!req.body) return undefined;
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('validation', 'body: malformed JSON', { field: 'body' });
  }
}

function tooLarge(limit: number): AppError {
  return new AppError('payload_too_large', `body exceeds ${limit} bytes`);
}
