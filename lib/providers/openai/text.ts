import { createSseReader, parseJson } from '../shared/sse';
import { isObject } from '../shared/view';
import type { TextDeltaReader } from '../types';

/** Assistant text of a chat completion. */
export function chatResponseText(body: unknown): string {
  if (!isObject(body) || !Array.isArray(body.choices)) return '';
  const choice = body.choices[0];
  if (!isObject(choice) || !isObject(choice.message)) return '';
  const content = choice.message.content;
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (isObject(p) && typeof p.text === 'string' ? p.text : '')).join('');
  return '';
}

/** Text deltas of a chat completion stream (`choices[0].delta.content`). */
export function createChatTextReader(): TextDeltaReader {
  let out = '';
  let error: { type: string; message: string } | undefined;
  const sse = createSseReader((_event, data) => {
    if (data === '[DONE]') return;
    const chunk = parseJson(data);
    if (!isObject(chunk)) return;
    if (isObject(chunk.error)) {
      error = { type: String(chunk.error.type ?? 'error'), message: String(chunk.error.message ?? '') };
      return;
    }
    const choice = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
    if (isObject(choice) && isObject(choice.delta) && typeof choice.delta.content === 'string') out += choice.delta.content;
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
