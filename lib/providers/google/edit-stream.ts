import { ByteOutput } from '../shared/edit-output';
import { eventTerminator, SseSplitter, sseEvent, sseFields, utf8 } from '../shared/edit-sse';
import { parseJson } from '../shared/sse';
import { isObject, type Json } from '../shared/view';
import type { ResolvedRoute, ResponseHooks, StreamTransform } from '../types';
import { hasComma, JsonArraySplitter } from './edit-array';
import { GeminiChunkEdit } from './edit-chunk';
import { isSseStream } from './stream';

/**
 * Response guards on a streamed GenerateContent response, SSE or JSON array (see GeminiChunkEdit).
 * Nothing is held for tool calls (a functionCall part arrives whole); text is held only as long as
 * the hooks hold it. In the JSON array the closing bracket is held until the upstream ends, so the
 * text released at the end can still go in before it.
 */
export function createGeminiStreamEditor(route: ResolvedRoute, contentType: string, hooks: ResponseHooks): StreamTransform {
  const editor = new GeminiChunkEdit(hooks);
  const out = new ByteOutput();
  const edit = (text: string): { chunk: Json | undefined; result: 'same' | 'changed' | 'drop' } => {
    const chunk = text.charCodeAt(0) === 0x7b || text.trimStart().startsWith('{') ? parseJson(text) : undefined;
    if (!isObject(chunk)) return { chunk: undefined, result: editor.edits.isBlocked ? 'drop' : 'same' };
    return { chunk, result: editor.edit(chunk) };
  };

  if (isSseStream(route, contentType)) {
    let terminator: string | undefined;
    const splitter = new SseSplitter((raw) => {
      const { data } = sseFields(utf8(raw));
      if (data === undefined) return out.bytes(raw);
      terminator ??= eventTerminator(raw);
      const { chunk, result } = edit(data);
      if (result === 'same') out.bytes(raw);
      else if (result === 'changed') out.text(sseEvent(JSON.stringify(chunk), undefined, terminator));
    });
    return {
      push(chunk) {
        splitter.push(chunk);
        return out.take();
      },
      end() {
        splitter.end();
        const tail = editor.finish();
        if (tail) out.text(sseEvent(JSON.stringify(tail), undefined, terminator));
        return out.take();
      },
    };
  }

  let opened = false;
  const separator = (gap: Uint8Array): void => {
    // The upstream's own separator unless a dropped element moved where the array opens.
    if (opened === hasComma(gap)) out.bytes(gap);
    else out.text(opened ? ',\r\n' : '[');
    opened = true;
  };
  const splitter = new JsonArraySplitter((gap, element) => {
    const { chunk, result } = edit(utf8(element));
    if (result === 'drop') return;
    separator(gap);
    if (result === 'same') out.bytes(element);
    else out.text(JSON.stringify(chunk));
  });
  return {
    push(chunk) {
      splitter.push(chunk);
      return out.take();
    },
    end() {
      const tail = editor.finish();
      if (tail) {
        out.text(opened ? ',\r\n' : '[');
        out.text(JSON.stringify(tail));
        opened = true;
      }
      const close = splitter.tail();
      if (!opened && close.length > 0) out.text('[');
      out.bytes(close);
      return out.take();
    },
  };
}
