import { ByteOutput } from '../shared/edit-output';
import { eventTerminator, SseSplitter, sseEvent, sseFields, utf8 } from '../shared/edit-sse';
import type { ResponseHooks, StreamTransform } from '../types';
import { AnthropicStreamEdit } from './edit-events';

const TYPE = /"type"\s*:\s*"([^"]+)"/;

/** Response guards on a Messages SSE stream (the Messages API and Claude on Vertex); see `AnthropicStreamEdit`. */
export function createMessagesStreamEditor(hooks: ResponseHooks): StreamTransform {
  const out = new ByteOutput();
  let terminator: string | undefined;
  const core = new AnthropicStreamEdit<Uint8Array>(hooks, {
    raw: (raw) => out.bytes(raw),
    event: (type, json) => out.text(sseEvent(json, type, terminator)),
  });
  const splitter = new SseSplitter((raw) => {
    const { event, data } = sseFields(utf8(raw));
    if (data === undefined) return out.bytes(raw);
    terminator ??= eventTerminator(raw);
    core.onEvent(event ?? TYPE.exec(data)?.[1] ?? '', data, raw);
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
