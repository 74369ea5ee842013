import { AnthropicStreamEdit } from '../anthropic/edit-events';
import { editAnthropicMessage } from '../anthropic/edit-json';
import { editChatCompletion } from '../openai/edit-chat-json';
import { ByteOutput } from '../shared/edit-output';
import { editFullText, TextEdits } from '../shared/edit-text';
import { isObject, type Json } from '../shared/view';
import type { ResponseHooks, StreamTransform } from '../types';
import { editConverseResponse } from './edit-converse-json';
import { FrameSplitter, readFrame } from './edit-frames';
import { encodeEventFrame } from './event-stream';
import { parseJsonBytes } from './frames';

/**
 * Response guards on InvokeModel / InvokeModelWithResponseStream.
 *
 * Streams: each `chunk` frame wraps one event of the model family as base64 `bytes`. Anthropic
 * events (the ones with a `type`) go through the Messages event editor, so holding, replacement
 * and blocking are exactly those of the Messages API (stop_reason `refusal` when blocked); an
 * edited event goes out as a new chunk frame. Frames of other families pass unread.
 *
 * Complete bodies: Anthropic messages, Nova (Converse-shaped) and OpenAI-style chat bodies use
 * those formats' editors; the plain completion families (Llama, Mistral, Titan, Cohere) have their
 * text fields edited, and a block sets their stop field to `content_filtered` (Titan's own
 * `CONTENT_FILTERED`).
 */

const TYPE = /"type"\s*:\s*"([^"]+)"/;

const chunkFrame = (json: string): Uint8Array => encodeEventFrame('chunk', JSON.stringify({ bytes: Buffer.from(json).toString('base64') }));

export function createInvokeStreamEditor(hooks: ResponseHooks): StreamTransform {
  const out = new ByteOutput();
  const core = new AnthropicStreamEdit<Uint8Array>(hooks, {
    raw: (frame) => out.bytes(frame),
    event: (_type, json) => out.bytes(chunkFrame(json)),
  });
  const splitter = new FrameSplitter(
    (frame) => {
      const { messageType, eventType, payload } = readFrame(frame);
      // An exception ends the stream: anything held goes out first, as after an Anthropic `error` event.
      if (messageType !== 'event') return core.onEvent('error', '', frame);
      if (eventType !== 'chunk') return out.bytes(frame);
      const outer = parseJsonBytes(payload);
      if (!isObject(outer) || typeof outer.bytes !== 'string') return out.bytes(frame);
      const inner = Buffer.from(outer.bytes, 'base64').toString('utf8');
      const type = TYPE.exec(inner)?.[1];
      if (type === undefined) return out.bytes(frame);
      core.onEvent(type, inner, frame);
    },
    (bytes) => out.bytes(bytes),
  );
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

type Slot = [holder: Json, key: string];

/** The generated text fields of the plain completion families, in output order. */
function textSlots(body: Json): Slot[] {
  const slots: Slot[] = [];
  const each = (list: unknown, key: string): void => {
    if (Array.isArray(list)) for (const item of list) if (isObject(item) && typeof item[key] === 'string') slots.push([item, key]);
  };
  if (typeof body.generation === 'string') slots.push([body, 'generation']);
  if (typeof body.text === 'string') slots.push([body, 'text']);
  each(body.outputs, 'text');
  each(body.results, 'outputText');
  each(body.generations, 'text');
  return slots;
}

function editTextFields(body: Json, hooks: ResponseHooks): Json {
  const slots = textSlots(body);
  const edits = new TextEdits(hooks);
  for (let i = 0; i < slots.length && !edits.isBlocked; i++) {
    const [holder, key] = slots[i];
    const text = editFullText(edits, i, holder[key] as string);
    if (text !== null) holder[key] = text;
  }
  if (edits.blockedBy && slots.length > 0) {
    slots.forEach(([holder, key], i) => (holder[key] = i === 0 ? edits.blockedBy!.message : ''));
    const [first] = slots[0];
    if (Array.isArray(body.results)) first.completionReason = 'CONTENT_FILTERED';
    else if (Array.isArray(body.outputs) || Array.isArray(body.generations)) first[Array.isArray(body.outputs) ? 'stop_reason' : 'finish_reason'] = 'content_filtered';
    else body[typeof body.finish_reason === 'string' ? 'finish_reason' : 'stop_reason'] = 'content_filtered';
  }
  return body;
}

export function editInvokeResponse(body: unknown, hooks: ResponseHooks): unknown {
  if (!isObject(body)) return body;
  if (Array.isArray(body.content)) return editAnthropicMessage(body, hooks);
  if (isObject(body.output) && isObject(body.output.message)) return editConverseResponse(body, hooks);
  if (Array.isArray(body.choices)) return editChatCompletion(body, hooks);
  return editTextFields(body, hooks);
}
