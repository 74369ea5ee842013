import { intAfter, literalAfter, splice } from '../shared/edit-fast';
import { eventTerminator, SseSplitter, sseFields, utf8 } from '../shared/edit-sse';
import { TextEdits } from '../shared/edit-text';
import { parseJson } from '../shared/sse';
import { isObject, type Json } from '../shared/view';
import type { ResponseHooks, StreamTransform } from '../types';
import { argumentsField, isClientCall, markIncomplete, newMessageId, syncOutputText, textIndex } from './edit-responses-items';
import { ResponsesOutput, SEQ, type RawEvent } from './edit-responses-output';

/**
 * Response guards on a Responses API stream.
 *
 * Held back: text the hooks hold (released as an extra `response.output_text.delta` before
 * `response.output_text.done`), and a function_call or custom_tool_call item from
 * `response.output_item.added` to its `response.output_item.done` (events that arrive meanwhile
 * wait behind it). The events that repeat the full text (`output_text.done`, `content_part.done`,
 * `output_item.done`, and the final `response.*` object) are rewritten to what the client actually
 * received, only when it differs. Numbering: see ResponsesOutput.
 *
 * A replaced call becomes a message item at the same output index. Blocked: the message in the
 * current text part (or a new message item), items end `incomplete`, later content is dropped and
 * the final event becomes `response.incomplete` with `incomplete_details.reason: content_filter`.
 */

type Event = RawEvent;

interface Part {
  index: number;
  part: Json;
  emitted: string;
  touched: boolean;
}

interface MessageState {
  item: Json;
  parts: Map<number, Part>;
}

interface PendingCall {
  outputIndex: number;
  item: Json;
  args: string | undefined;
  deltas: string;
  held: Event[];
  after: Event[];
}

const TYPE = /"type"\s*:\s*"([^"]+)"/;
const CALL_EVENT = /^response\.(function_call_arguments\.|custom_tool_call_input\.|output_item\.done$)/;
const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed']);
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);


class ResponsesStreamEdit {
  private readonly edits: TextEdits;
  readonly out = new ResponsesOutput();
  private lastOutputIndex = -1;
  private started: string | undefined;
  private readonly messages = new Map<number, MessageState>();
  private readonly finalItems = new Map<number, Json>();
  private pending: PendingCall | null = null;
  private blockSent = false;
  private terminalSent = false;

  constructor(hooks: ResponseHooks) {
    this.edits = new TextEdits(hooks);
  }

  onEvent(raw: Uint8Array): void {
    const { event, data } = sseFields(utf8(raw));
    if (data === undefined) return this.out.bytes.bytes(raw);
    this.out.terminator ??= eventTerminator(raw);
    const seqMatch = SEQ.exec(data);
    const ev: Event = { type: event ?? TYPE.exec(data)?.[1] ?? '', data, raw, seq: seqMatch ? Number(seqMatch[1]) : undefined };
    if (TERMINAL.has(ev.type)) return this.onTerminal(ev);
    const pending = this.pending;
    if (pending) {
      if (CALL_EVENT.test(ev.type)) {
        const payload = parseJson(data);
        if (isObject(payload) && payload.output_index === pending.outputIndex) return this.onCallEvent(ev, payload, pending);
      }
      pending.after.push(ev);
      return;
    }
    if (this.edits.isBlocked) return;
    switch (ev.type) {
      case 'response.created':
      case 'response.in_progress':
      case 'response.queued':
        this.started = data;
        return this.out.pass(ev);
      case 'response.output_item.added':
        return this.onItemAdded(ev);
      case 'response.content_part.added':
        return this.onPartAdded(ev);
      case 'response.output_text.delta':
        if (this.fastDelta(ev)) return;
        return this.onTextDelta(ev);
      case 'response.output_text.done':
        return this.onTextDone(ev);
      case 'response.content_part.done':
        return this.onPartDone(ev);
      case 'response.output_item.done':
        return this.onItemDone(ev);
      default:
        return this.out.pass(ev);
    }
  }

  end(): void {
    this.resolve();
    if (!this.edits.isBlocked || this.terminalSent) return;
    const started = parseJson(this.started ?? '');
    const response: Json = isObject(started) && isObject(started.response) ? { ...started.response } : { object: 'response' };
    this.finishBlocked(response);
    this.out.emit('response.incomplete', { response });
  }

  private parse(ev: Event): Json | null {
    const payload = parseJson(ev.data);
    if (isObject(payload)) return payload;
    this.out.pass(ev);
    return null;
  }

  private onItemAdded(ev: Event): void {
    const payload = this.parse(ev);
    if (!payload || !isObject(payload.item)) return payload ? this.out.pass(ev) : undefined;
    const outputIndex = num(payload.output_index);
    this.lastOutputIndex = Math.max(this.lastOutputIndex, outputIndex);
    if (isClientCall(payload.item)) {
      this.pending = { outputIndex, item: payload.item, args: undefined, deltas: '', held: [ev], after: [] };
      return;
    }
    if (payload.item.type === 'message') this.messages.set(outputIndex, { item: payload.item, parts: new Map() });
    this.out.pass(ev);
  }

  private onPartAdded(ev: Event): void {
    const payload = this.parse(ev);
    if (!payload) return;
    const message = this.messages.get(num(payload.output_index));
    const contentIndex = num(payload.content_index);
    if (message && isObject(payload.part) && payload.part.type === 'output_text') {
      message.parts.set(contentIndex, { index: textIndex(num(payload.output_index), contentIndex), part: payload.part, emitted: '', touched: false });
    }
    this.out.pass(ev);
  }

  private partOf(payload: Json): Part | undefined {
    return this.messages.get(num(payload.output_index))?.parts.get(num(payload.content_index));
  }

  /** Runs text through the hooks for `part`; false once blocked (the block has been written). */
  private text(payload: Json, part: Part, delta: string, ev: Event | null): boolean {
    part.touched = true;
    const text = this.edits.text(part.index, delta);
    if (text === null) {
      this.block(payload);
      return false;
    }
    part.emitted += text;
    if (ev && text === delta) this.out.pass(ev);
    else if (text !== '') this.out.emit('response.output_text.delta', { ...payload, type: 'response.output_text.delta', delta: text }, ev?.seq);
    else this.out.edited = true;
    return true;
  }

  private onTextDelta(ev: Event): void {
    const payload = this.parse(ev);
    if (!payload) return;
    const part = this.partOf(payload);
    if (!part || typeof payload.delta !== 'string') return this.out.pass(ev);
    this.text(payload, part, payload.delta, ev);
  }

  /** A text delta read without parsing the event: only its indexes and the delta literal. */
  private fastDelta(ev: Event): boolean {
    const { data } = ev;
    const outputIndex = intAfter(data, '"output_index":');
    const contentIndex = intAfter(data, '"content_index":');
    const literal = literalAfter(data, '"delta":');
    const part = literal ? this.messages.get(outputIndex)?.parts.get(contentIndex) : undefined;
    if (!literal || !part) return false;
    part.touched = true;
    const text = this.edits.text(part.index, literal.value);
    if (text === null) {
      this.block({ output_index: outputIndex, content_index: contentIndex });
      return true;
    }
    part.emitted += text;
    if (text === literal.value) {
      this.out.pass(ev);
      return true;
    }
    if (text === '') this.out.edited = true;
    else this.out.passEdited(ev, splice(data, literal, text));
    return true;
  }

  private onTextDone(ev: Event): void {
    const payload = this.parse(ev);
    if (!payload) return;
    const part = this.partOf(payload);
    if (!part) return this.out.pass(ev);
    const base = { item_id: payload.item_id, output_index: payload.output_index, content_index: payload.content_index, logprobs: [] };
    // A part whose text came only in the done event still goes through the hooks.
    if (!part.touched && typeof payload.text === 'string' && payload.text && !this.text(base, part, payload.text, null)) return;
    const rest = this.edits.end(part.index);
    if (rest === null) return this.block(payload);
    if (rest) {
      part.emitted += rest;
      this.out.emit('response.output_text.delta', { ...base, delta: rest });
    }
    if (payload.text === part.emitted) return this.out.pass(ev);
    this.out.emit(ev.type, { ...payload, text: part.emitted }, ev.seq);
  }

  private onPartDone(ev: Event): void {
    const payload = this.parse(ev);
    if (!payload) return;
    const part = this.partOf(payload);
    if (!part || !isObject(payload.part) || payload.part.text === part.emitted) return this.out.pass(ev);
    this.out.emit(ev.type, { ...payload, part: { ...payload.part, text: part.emitted } }, ev.seq);
  }

  private onItemDone(ev: Event): void {
    const payload = this.parse(ev);
    if (!payload || !isObject(payload.item)) return payload ? this.out.pass(ev) : undefined;
    const outputIndex = num(payload.output_index);
    const item = payload.item;
    const message = this.messages.get(outputIndex);
    let changed = false;
    if (message && Array.isArray(item.content)) {
      item.content = item.content.map((content, j) => {
        const part = message.parts.get(j);
        if (!part || !isObject(content) || content.text === part.emitted) return content;
        changed = true;
        return { ...content, text: part.emitted };
      });
    }
    this.finalItems.set(outputIndex, item);
    if (changed) this.out.emit(ev.type, payload, ev.seq);
    else this.out.pass(ev);
  }

  private onCallEvent(ev: Event, payload: Json, call: PendingCall): void {
    call.held.push(ev);
    if (ev.type.endsWith('.delta') && typeof payload.delta === 'string') call.deltas += payload.delta;
    const done = ev.type === 'response.function_call_arguments.done' ? payload.arguments : ev.type === 'response.custom_tool_call_input.done' ? payload.input : undefined;
    if (typeof done === 'string') call.args = done;
    if (ev.type === 'response.output_item.done' && isObject(payload.item)) {
      call.item = payload.item;
      this.resolve();
    }
  }

  private resolve(): void {
    const call = this.pending;
    if (!call) return;
    this.pending = null;
    const { item, outputIndex } = call;
    const field = argumentsField(item);
    const stated = item[field];
    const args = call.args ?? (typeof stated === 'string' && stated ? stated : call.deltas);
    const id = typeof item.call_id === 'string' ? item.call_id : undefined;
    const decision = this.edits.toolCall({ index: outputIndex, id, name: String(item.name ?? ''), arguments: args });
    if (decision === null) return this.block(null, outputIndex);
    if (decision.action === 'replace') {
      this.finalItems.set(outputIndex, this.out.writeMessage(outputIndex, newMessageId(item.id), decision.text, 'completed'));
    } else if (decision.arguments !== undefined && decision.arguments !== args) {
      const at = { item_id: item.id, output_index: outputIndex };
      const done = { ...item, status: 'completed', [field]: decision.arguments };
      const events = field === 'input' ? 'response.custom_tool_call_input' : 'response.function_call_arguments';
      this.out.pass(call.held[0]);
      this.out.emit(`${events}.delta`, { ...at, delta: decision.arguments });
      this.out.emit(`${events}.done`, field === 'input' ? { ...at, input: decision.arguments } : { ...at, name: item.name, arguments: decision.arguments });
      this.out.emit('response.output_item.done', { output_index: outputIndex, item: done });
      this.finalItems.set(outputIndex, done);
    } else {
      for (const ev of call.held) this.out.pass(ev);
      this.finalItems.set(outputIndex, item);
    }
    for (const ev of call.after) this.onEvent(ev.raw);
  }

  /** The block message in the open text part of `at` (or a new message item), that item ended `incomplete`. */
  private block(at: Json | null, outputIndex?: number): void {
    if (this.blockSent) return;
    this.blockSent = true;
    this.pending = null;
    const message = this.edits.blockedBy!.message;
    const state = at ? this.messages.get(num(at.output_index)) : undefined;
    const part = at && state ? state.parts.get(num(at.content_index)) : undefined;
    if (!at || !state || !part) {
      const at = outputIndex ?? this.lastOutputIndex + 1;
      this.finalItems.set(at, this.out.writeMessage(at, newMessageId(), message, 'incomplete'));
      return;
    }
    const where = { item_id: state.item.id, output_index: at.output_index, content_index: at.content_index };
    part.emitted += message;
    this.out.emit('response.output_text.delta', { ...where, delta: message, logprobs: [] });
    this.out.emit('response.output_text.done', { ...where, text: part.emitted, logprobs: [] });
    this.out.emit('response.content_part.done', { ...where, part: { ...part.part, text: part.emitted } });
    const content = [...state.parts.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => ({ ...p.part, text: p.emitted }));
    const item = { ...state.item, status: 'incomplete', content };
    this.out.emit('response.output_item.done', { output_index: at.output_index, item });
    this.finalItems.set(num(at.output_index), item);
  }

  private finishBlocked(response: Json): void {
    markIncomplete(response);
    response.output = [...this.finalItems.entries()].sort((a, b) => a[0] - b[0]).map(([, item]) => item);
    syncOutputText(response);
  }

  private onTerminal(ev: Event): void {
    this.resolve();
    this.terminalSent = true;
    if (!this.out.edited && !this.edits.isBlocked) return this.out.pass(ev);
    const payload = parseJson(ev.data);
    if (!isObject(payload) || !isObject(payload.response)) return this.out.pass(ev);
    const response = { ...payload.response };
    if (this.edits.isBlocked) {
      this.finishBlocked(response);
      return this.out.emit('response.incomplete', { ...payload, response }, ev.seq);
    }
    if (Array.isArray(response.output)) response.output = response.output.map((item, i) => this.finalItems.get(i) ?? item);
    syncOutputText(response);
    this.out.emit(ev.type, { ...payload, response }, ev.seq);
  }
}

export function createResponsesStreamEditor(hooks: ResponseHooks): StreamTransform {
  const editor = new ResponsesStreamEdit(hooks);
  const splitter = new SseSplitter((raw) => editor.onEvent(raw));
  return {
    push(chunk) {
      splitter.push(chunk);
      return editor.out.bytes.take();
    },
    end() {
      splitter.end();
      editor.end();
      return editor.out.bytes.take();
    },
  };
}
