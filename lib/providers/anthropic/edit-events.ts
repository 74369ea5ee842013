import { literalEnd, splice, type Literal } from '../shared/edit-fast';
import { parseJson } from '../shared/sse';
import { argumentsText, TextEdits } from '../shared/edit-text';
import { isObject, type Json } from '../shared/view';
import type { ResponseHooks } from '../types';

/**
 * Response guards over Anthropic Messages stream events, independent of how the events are framed
 * (SSE for the Messages API and Vertex, base64 `chunk` frames for Bedrock InvokeModel): the caller
 * hands each event's type, JSON text and a handle on its original bytes; the sink either resends
 * those bytes or writes a new event.
 *
 * Held back: text the hooks hold, released as an extra `text_delta` before its block's
 * `content_block_stop`; and a `tool_use` block from `content_block_start` to `content_block_stop`
 * (events that arrive meanwhile, such as `ping`, wait behind it). Only `content_block_*` and
 * `message_delta` events are parsed.
 *
 * A replaced call becomes a text block at the same index (indexes stay contiguous); a message left
 * without tool calls stops with `end_turn`. Blocked: the message in the current text block (or a
 * new one), then only `message_delta` (stop_reason `refusal`, usage kept) and `message_stop`.
 */

export interface AnthropicSink<R> {
  raw(event: R): void;
  event(type: string, json: string): void;
}

interface PendingTool<R> {
  index: number;
  id?: string;
  name: string;
  json: string;
  input: unknown;
  held: R[];
  stop: R | null;
  after: R[];
}

const textDelta = (index: number, text: string): string =>
  `{"type":"content_block_delta","index":${index},"delta":{"type":"text_delta","text":${JSON.stringify(text)}}}`;
const blockStart = (index: number): string => `{"type":"content_block_start","index":${index},"content_block":{"type":"text","text":""}}`;
const blockStop = (index: number): string => `{"type":"content_block_stop","index":${index}}`;

export class AnthropicStreamEdit<R> {
  private readonly edits: TextEdits;
  private pending: PendingTool<R> | null = null;
  private allowed = 0;
  private replaced = 0;
  private blockSent = false;
  private stopSent = false;
  private deltaSent = false;

  constructor(hooks: ResponseHooks, private readonly sink: AnthropicSink<R>) {
    this.edits = new TextEdits(hooks);
  }

  onEvent(type: string, data: string, raw: R): void {
    switch (type) {
      case 'content_block_start':
        return this.onStart(data, raw);
      case 'content_block_delta':
        return this.onDelta(data, raw);
      case 'content_block_stop':
        return this.onStop(data, raw);
      case 'message_delta':
        this.resolve();
        this.endOpenText();
        return this.onMessageDelta(data, raw);
      case 'message_stop':
        this.resolve();
        this.endOpenText();
        if (this.edits.isBlocked && !this.deltaSent) this.sink.event('message_delta', refusalDelta(undefined, this.edits.blockedBy!.message));
        this.stopSent = true;
        return this.sink.raw(raw);
      case 'message_start':
      case 'error':
        this.resolve();
        return this.sink.raw(raw);
      default:
        if (this.pending) this.pending.after.push(raw);
        else this.sink.raw(raw);
    }
  }

  /** After the last event: a call or text the upstream never closed is released, and a blocked message is ended. */
  end(): void {
    this.resolve();
    this.endOpenText();
    if (this.edits.isBlocked && !this.stopSent) {
      if (!this.deltaSent) this.sink.event('message_delta', refusalDelta(undefined, this.edits.blockedBy!.message));
      this.sink.event('message_stop', '{"type":"message_stop"}');
      this.stopSent = true;
    }
  }

  private onStart(data: string, raw: R): void {
    if (this.edits.isBlocked) return;
    this.resolve();
    const parsed = parseJson(data);
    const event: Json = isObject(parsed) ? parsed : {};
    const block = isObject(event.content_block) ? event.content_block : undefined;
    const index = typeof event.index === 'number' ? event.index : 0;
    if (block?.type === 'tool_use') {
      const name = typeof block.name === 'string' ? block.name : '';
      const id = typeof block.id === 'string' ? block.id : undefined;
      this.pending = { index, id, name, json: '', input: block.input, held: [raw], stop: null, after: [] };
      return;
    }
    if (block?.type === 'text' && typeof block.text === 'string' && block.text.length > 0) {
      const text = this.edits.text(index, block.text);
      if (text === null) return this.block(index, false);
      if (text !== block.text) return this.sink.event('content_block_start', JSON.stringify({ ...event, content_block: { ...block, text } }));
    }
    this.sink.raw(raw);
  }

  private onDelta(data: string, raw: R): void {
    if (this.edits.isBlocked) return;
    const fast = this.pending ? null : plainTextDelta(data);
    if (fast) {
      const text = this.edits.text(fast.index, fast.literal.value);
      if (text === null) return this.block(fast.index, true);
      if (text === fast.literal.value) return this.sink.raw(raw);
      if (text !== '') this.sink.event('content_block_delta', splice(data, fast.literal, text));
      return;
    }
    const event = parseJson(data);
    if (!isObject(event) || !isObject(event.delta)) return this.sink.raw(raw);
    const index = typeof event.index === 'number' ? event.index : 0;
    const delta = event.delta;
    const pending = this.pending;
    if (pending && pending.index === index) {
      if (typeof delta.partial_json === 'string') pending.json += delta.partial_json;
      pending.held.push(raw);
      return;
    }
    if (delta.type !== 'text_delta' || typeof delta.text !== 'string') return this.sink.raw(raw);
    const text = this.edits.text(index, delta.text);
    if (text === null) return this.block(index, true);
    if (text === delta.text) return this.sink.raw(raw);
    if (text !== '') this.sink.event('content_block_delta', textDelta(index, text));
  }

  private onStop(data: string, raw: R): void {
    if (this.edits.isBlocked) return;
    const event = parseJson(data);
    const index = isObject(event) && typeof event.index === 'number' ? event.index : 0;
    if (this.pending && this.pending.index === index) {
      this.pending.stop = raw;
      return this.resolve();
    }
    if (this.edits.isOpen(index)) {
      const rest = this.edits.end(index);
      if (rest === null) return this.block(index, true);
      if (rest) this.sink.event('content_block_delta', textDelta(index, rest));
    }
    this.sink.raw(raw);
  }

  private onMessageDelta(data: string, raw: R): void {
    this.deltaSent = true;
    if (this.edits.isBlocked) return this.sink.event('message_delta', refusalDelta(parseJson(data), this.edits.blockedBy!.message));
    if (this.replaced === 0 || this.allowed > 0 || !data.includes('"tool_use"')) return this.sink.raw(raw);
    const event = parseJson(data);
    if (!isObject(event) || !isObject(event.delta) || event.delta.stop_reason !== 'tool_use') return this.sink.raw(raw);
    this.sink.event('message_delta', JSON.stringify({ ...event, delta: { ...event.delta, stop_reason: 'end_turn' } }));
  }

  private resolve(): void {
    const call = this.pending;
    if (!call) return;
    this.pending = null;
    const args = argumentsText(call.json, call.input);
    const decision = this.edits.toolCall({ index: call.index, id: call.id, name: call.name, arguments: args });
    if (decision === null) return this.block(call.index, false);
    const { sink } = this;
    if (decision.action === 'replace') {
      this.replaced++;
      sink.event('content_block_start', blockStart(call.index));
      sink.event('content_block_delta', textDelta(call.index, decision.text));
      sink.event('content_block_stop', blockStop(call.index));
    } else if (decision.arguments !== undefined && decision.arguments !== args) {
      this.allowed++;
      sink.raw(call.held[0]);
      sink.event('content_block_delta', `{"type":"content_block_delta","index":${call.index},"delta":{"type":"input_json_delta","partial_json":${JSON.stringify(decision.arguments)}}}`);
      if (call.stop !== null) sink.raw(call.stop);
    } else {
      this.allowed++;
      for (const event of call.held) sink.raw(event);
      if (call.stop !== null) sink.raw(call.stop);
    }
    for (const event of call.after) sink.raw(event);
  }

  private endOpenText(): void {
    for (const index of [...this.edits.openBlocks()]) {
      const rest = this.edits.end(index);
      if (rest === null) return this.block(index, true);
      if (rest) this.sink.event('content_block_delta', textDelta(index, rest));
    }
  }

  /** The block message in block `index` (already open, or opened here), then the block's end. */
  private block(index: number, open: boolean): void {
    if (this.blockSent) return;
    this.blockSent = true;
    this.pending = null;
    if (!open) this.sink.event('content_block_start', blockStart(index));
    this.sink.event('content_block_delta', textDelta(index, this.edits.blockedBy!.message));
    this.sink.event('content_block_stop', blockStop(index));
  }
}

const DELTA_HEAD = '{"type":"content_block_delta","index":';
const TEXT_HEAD = ',"delta":{"type":"text_delta","text":';

/** Anthropic's own shape of a text delta, read without a parse (any other shape returns null). */
function plainTextDelta(data: string): { index: number; literal: Literal } | null {
  if (!data.startsWith(DELTA_HEAD)) return null;
  let p = DELTA_HEAD.length;
  let index = 0;
  for (let c = data.charCodeAt(p); c >= 48 && c <= 57; c = data.charCodeAt(++p)) index = index * 10 + (c - 48);
  if (p === DELTA_HEAD.length || !data.startsWith(TEXT_HEAD, p)) return null;
  const start = p + TEXT_HEAD.length;
  const end = literalEnd(data, start);
  if (end < 0 || end + 2 !== data.length || data.charCodeAt(end) !== 0x7d || data.charCodeAt(end + 1) !== 0x7d) return null;
  const raw = data.slice(start + 1, end - 1);
  return { index, literal: { start, end, value: raw.includes('\\') ? (JSON.parse(data.slice(start, end)) as string) : raw } };
}

/** `message_delta` of a blocked message: stop_reason `refusal`, the upstream's usage kept. */
function refusalDelta(upstream: unknown, message: string): string {
  const event: Json = isObject(upstream) ? { ...upstream } : { type: 'message_delta' };
  const delta = isObject(event.delta) ? event.delta : {};
  event.delta = { ...delta, stop_reason: 'refusal', stop_sequence: null, stop_details: { type: 'refusal', category: null, explanation: message } };
  if (!isObject(event.usage)) event.usage = { output_tokens: 0 };
  return JSON.stringify(event);
}
