import { ByteOutput } from '../shared/edit-output';
import { eventTerminator, SseSplitter, sseEvent, sseFields, utf8 } from '../shared/edit-sse';
import type { ResponseHooks, StreamTransform } from '../types';
import { createChatEventEdit } from './edit-chat-events';

/** Response guards on a chat completion SSE stream; see `createChatEventEdit`. */
export function createChatStreamEditor(hooks: ResponseHooks): StreamTransform {
  const out = new ByteOutput();
  let terminator: string | undefined;
  const core = createChatEventEdit<Uint8Array>(hooks, {
    raw: (raw) => out.bytes(raw),
    event: (json) => out.text(sseEvent(json, undefined, terminator)),
  });
  const splitter = new SseSplitter((raw) => {
    const { data } = sseFields(utf8(raw));
    if (data === undefined) return out.bytes(raw);
    terminator ??= eventTerminator(raw);
    core.onData(data, raw);
  });
  return {
    push(chunk) {
      splitter.push(chunk);
      return out.take();
    },
    end() {
      splitter.end();
      core.end();
      return out.take();
    },
  };
}
