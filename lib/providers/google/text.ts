import { createSseReader, parseJson } from '../shared/sse';
import { isObject } from '../shared/view';
import type { ResolvedRoute, TextDeltaReader } from '../types';
import { createJsonArrayScanner } from './json-array';
import { isSseStream } from './stream';

/** Text of one GenerateContentResponse (first candidate, text parts that are not thoughts). */
export function geminiText(body: unknown): string {
  if (!isObject(body) || !Array.isArray(body.candidates)) return '';
  const candidate = body.candidates[0];
  if (!isObject(candidate) || !isObject(candidate.content) || !Array.isArray(candidate.content.parts)) return '';
  return candidate.content.parts.map((p) => (isObject(p) && typeof p.text === 'string' && p.thought !== true ? p.text : '')).join('');
}

const decoder = new TextDecoder();

/** Text deltas of a stream, SSE (`alt=sse`) or the streamed JSON array. */
export function createGeminiTextReader(route: ResolvedRoute, contentType: string): TextDeltaReader {
  let out = '';
  let error: { type: string; message: string } | undefined;
  const onElement = (element: unknown) => {
    if (!isObject(element)) return;
    if (isObject(element.error)) error = { type: String(element.error.status ?? 'error'), message: String(element.error.message ?? '') };
    else out += geminiText(element);
  };
  const feed = isSseStream(route, contentType)
    ? (() => {
        const sse = createSseReader((_event, data) => onElement(parseJson(data)));
        return (chunk: Uint8Array) => sse.push(chunk);
      })()
    : (() => {
        const scanner = createJsonArrayScanner((bytes) => onElement(parseJson(decoder.decode(bytes))));
        return (chunk: Uint8Array) => scanner.push(chunk);
      })();
  return {
    push(chunk) {
      feed(chunk);
      const text = out;
      out = '';
      return text;
    },
    finish: () => ({ error }),
  };
}
