import { createSseReader, parseJson } from '../shared/sse';
import { isObject } from '../shared/view';
import type { TextDeltaReader } from '../types';

/** Assistant text of a Messages response (text blocks only). */
export function messageText(body: unknown): string {
  if (!isObject(body) || !Array.isArray(body.content)) return '';
  return body.content.map((b) => (isObject(b) && b.type === 'text' && typeof b.text === 'string' ? b.text : '')).join('');
}

/** Folds one Anthropic stream event into text (shared with Bedrock InvokeModel, which wraps the same events). */
export function anthropicEventText(payload: Record<string, unknown>): string {
  if (payload.type !== 'content_block_delta' || !isObject(payload.delta)) return '';
  return payload.delta.type === 'text_delta' && typeof payload.delta.text === 'string' ? payload.delta.text : '';
}

export function createMessagesTextReader(): TextDeltaReader {
  let out = '';
  let error: { type: string; message: string } | undefined;
  const sse = createSseReader((event, data) => {
    if (event !== 'content_block_delta' && event !== 'error') return;
    const payload = parseJson(data);
    if (!isObject(payload)) return;
    if (event === 'error' && isObject(payload.error)) error = { type: String(payload.error.type ?? 'error'), message: String(payload.error.message ?? '') };
    else out += anthropicEventText(payload);
  });
  return {
    push(chunk) {
      sse.push(chunk);
      const text = out;
      out = '';
      return text;
    },
    finish: () => ({ error }),
  };
}
