import { isObject } from '../shared/view';
import type { TextDeltaReader } from '../types';
import { createEventStreamDecoder, headerString } from './event-stream';

/** Assistant text of a Converse response. */
export function converseText(body: unknown): string {
  if (!isObject(body) || !isObject(body.output) || !isObject(body.output.message)) return '';
  const content = body.output.message.content;
  return Array.isArray(content) ? content.map((b) => (isObject(b) && typeof b.text === 'string' ? b.text : '')).join('') : '';
}

const decoder = new TextDecoder();

/** Text deltas of a ConverseStream (`contentBlockDelta.delta.text`). */
export function createConverseTextReader(): TextDeltaReader {
  let out = '';
  let error: { type: string; message: string } | undefined;
  const frames = createEventStreamDecoder(
    (message) => {
      const kind = headerString(message.headers, ':message-type');
      if (kind === 'exception') {
        error = { type: headerString(message.headers, ':exception-type') ?? 'exception', message: decoder.decode(message.payload) };
        return;
      }
      if (headerString(message.headers, ':event-type') !== 'contentBlockDelta') return;
      const payload = JSON.parse(decoder.decode(message.payload)) as Record<string, unknown>;
      if (isObject(payload.delta) && typeof payload.delta.text === 'string') out += payload.delta.text;
    },
    (failure) => (error = { type: 'corrupt_stream', message: failure.message }),
  );
  return {
    push(chunk) {
      frames.push(chunk);
      const text = out;
      out = '';
      return text;
    },
    finish: () => ({ error }),
  };
}
