import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import { headerValue } from './authenticate';
import type { PipelineContext } from './types';

async function readLimited(ctx: PipelineContext, limit: number): Promise<Uint8Array | null> {
  const body = ctx.req.body;
  if (!body) return null;
  const declared = Number(headerValue(ctx.req.headers, 'content-length') ?? NaN);
  if (declared > limit) throw new AppError('payload_too_large', `request body exceeds ${limit} bytes`);
  if (ctx.req.readAll) return ctx.req.readAll(limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > limit) throw new AppError('payload_too_large', `request body exceeds ${limit} bytes`);
    chunks.push(chunk);
  }
  if (size === 0) return null;
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
}

/**
 * The request body, read once (bounded by GATEWAY_MAX_BODY_BYTES) so it can be inspected, signed
 * and replayed on retry. When the path has a known body format, the JSON is parsed into the
 * provider-neutral view the guards and the meter use; otherwise the bytes go through untouched.
 */
export async function readBody(ctx: PipelineContext): Promise<void> {
  const route = ctx.route!;
  const bytes = await readLimited(ctx, env().GATEWAY_MAX_BODY_BYTES);
  ctx.bodyBytes = bytes;
  ctx.requestBytes = bytes?.byteLength ?? 0;
  ctx.stream = Boolean(route.pathStream);
  ctx.model = route.pathModel;
  if (!route.format) return;
  if (!bytes) {
    if (ctx.req.method === 'POST') throw new AppError('validation', 'body: a JSON body is required', { field: 'body' });
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    throw new AppError('validation', 'body: malformed JSON', { field: 'body' });
  }
  const view = route.format.readRequest(json, route);
  ctx.json = json as Record<string, unknown>;
  ctx.view = view;
  ctx.model = route.pathModel ?? view.model;
  ctx.stream = ctx.stream || view.stream;
  const transform = route.format.ensureUsageReported?.(ctx.json, view);
  if (transform) {
    ctx.transforms.push(transform);
    ctx.bodyEdited = true;
  }
}

/** The bytes to forward: the original ones unless a stage edited the parsed body. */
export function outgoingBody(ctx: PipelineContext): Uint8Array | null {
  if (!ctx.bodyEdited || !ctx.json) return ctx.bodyBytes;
  return Buffer.from(JSON.stringify(ctx.json), 'utf8');
}
