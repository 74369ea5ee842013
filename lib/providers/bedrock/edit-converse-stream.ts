import { ByteOutput } from '../shared/edit-output';
import { TextEdits } from '../shared/edit-text';
import { isObject, type Json } from '../shared/view';
import type { ResponseHooks, StreamTransform } from '../types';
import { FrameSplitter, readFrame } from './edit-frames';
import { encodeEventFrame } from './event-stream';
import { parseJsonBytes } from './frames';

/**
 * Response guards on a ConverseStream (event-stream frames).
 *
 * Held back: text the hooks hold (released as an extra `contentBlockDelta` before the block's
 * `contentBlockStop`), and a tool-use block from `contentBlockStart` to `contentBlockStop`
 * (frames that arrive meanwhile wait behind it). Unchanged frames pass as the upstream's bytes;
 * changed ones are encoded again with fresh CRCs. `messageStart` and `metadata` are never parsed.
 *
 * A replaced call becomes a text block at the same index (Bedrock opens text blocks with their
 * first delta, so no start frame); `tool_use` becomes `end_turn` when no call is left. Blocked: the
 * message in the current text block (or a new one), `messageStop` with `content_filtered`, then
 * only `metadata` (usage) goes on.
 */

interface PendingTool {
  index: number;
  id?: string;
  name: string;
  input: string;
  held: Uint8Array[];
  stop: Uint8Array | null;
  after: Uint8Array[];
}

const indexOf = (event: Json): number => (typeof event.contentBlockIndex === 'number' ? event.contentBlockIndex : 0);
const textFrame = (index: number, text: string): Uint8Array => encodeEventFrame('contentBlockDelta', `{"contentBlockIndex":${index},"delta":{"text":${JSON.stringify(text)}}}`);
const stopFrame = (index: number): Uint8Array => encodeEventFrame('contentBlockStop', `{"contentBlockIndex":${index}}`);

class ConverseStreamEdit {
  readonly out = new ByteOutput();
  private readonly edits: TextEdits;
  private pending: PendingTool | null = null;
  private allowed = 0;
  private replaced = 0;
  private blockSent = false;

  constructor(hooks: ResponseHooks) {
    this.edits = new TextEdits(hooks);
  }

  onFrame(frame: Uint8Array): void {
    const { messageType, eventType, payload } = readFrame(frame);
    if (messageType !== 'event') {
      this.resolve();
      return this.out.bytes(frame);
    }
    switch (eventType) {
      case 'contentBlockStart':
      case 'contentBlockDelta':
      case 'contentBlockStop':
        if (this.edits.isBlocked) return;
        return this.onBlockEvent(eventType, frame, payload);
      case 'messageStop':
        this.resolve();
        this.endOpenText();
        if (this.edits.isBlocked) return;
        return this.onMessageStop(frame, payload);
      case 'metadata':
      case 'messageStart':
        this.resolve();
        return this.out.bytes(frame);
      default:
        if (this.pending) this.pending.after.push(frame);
        else if (!this.edits.isBlocked) this.out.bytes(frame);
    }
  }

  end(): void {
    this.resolve();
    this.endOpenText();
  }

  private onBlockEvent(type: string, frame: Uint8Array, payload: Uint8Array): void {
    const event = parseJsonBytes(payload);
    if (!isObject(event)) return this.out.bytes(frame);
    const index = indexOf(event);
    const pending = this.pending;
    if (type === 'contentBlockStart') {
      this.resolve();
      const toolUse = isObject(event.start) && isObject(event.start.toolUse) ? event.start.toolUse : undefined;
      if (!toolUse) return this.out.bytes(frame);
      const id = typeof toolUse.toolUseId === 'string' ? toolUse.toolUseId : undefined;
      this.pending = { index, id, name: String(toolUse.name ?? ''), input: '', held: [frame], stop: null, after: [] };
      return;
    }
    if (pending && pending.index === index) {
      if (type === 'contentBlockStop') {
        pending.stop = frame;
        return this.resolve();
      }
      const input = isObject(event.delta) && isObject(event.delta.toolUse) ? event.delta.toolUse.input : undefined;
      if (typeof input === 'string') pending.input += input;
      pending.held.push(frame);
      return;
    }
    if (type === 'contentBlockStop') {
      const rest = this.edits.end(index);
      if (rest === null) return this.block(index);
      if (rest) this.out.bytes(textFrame(index, rest));
      return this.out.bytes(frame);
    }
    const delta = isObject(event.delta) ? event.delta : undefined;
    if (!delta || typeof delta.text !== 'string') return this.out.bytes(frame);
    const text = this.edits.text(index, delta.text);
    if (text === null) return this.block(index);
    if (text === delta.text) return this.out.bytes(frame);
    if (text !== '') this.out.bytes(encodeEventFrame('contentBlockDelta', JSON.stringify({ ...event, delta: { ...delta, text } })));
  }

  private onMessageStop(frame: Uint8Array, payload: Uint8Array): void {
    if (this.replaced === 0 || this.allowed > 0) return this.out.bytes(frame);
    const event = parseJsonBytes(payload);
    if (!isObject(event) || event.stopReason !== 'tool_use') return this.out.bytes(frame);
    this.out.bytes(encodeEventFrame('messageStop', JSON.stringify({ ...event, stopReason: 'end_turn' })));
  }

  private resolve(): void {
    const call = this.pending;
    if (!call) return;
    this.pending = null;
    const args = call.input || '{}';
    const decision = this.edits.toolCall({ index: call.index, id: call.id, name: call.name, arguments: args });
    if (decision === null) return this.block(call.index);
    if (decision.action === 'replace') {
      this.replaced++;
      this.out.bytes(textFrame(call.index, decision.text));
      this.out.bytes(stopFrame(call.index));
    } else {
      this.allowed++;
      if (decision.arguments !== undefined && decision.arguments !== args) {
        this.out.bytes(call.held[0]);
        this.out.bytes(encodeEventFrame('contentBlockDelta', JSON.stringify({ contentBlockIndex: call.index, delta: { toolUse: { input: decision.arguments } } })));
      } else {
        for (const frame of call.held) this.out.bytes(frame);
      }
      if (call.stop) this.out.bytes(call.stop);
    }
    for (const frame of call.after) this.onFrame(frame);
  }

  private endOpenText(): void {
    for (const index of [...this.edits.openBlocks()]) {
      const rest = this.edits.end(index);
      if (rest === null) return this.block(index);
      if (rest) this.out.bytes(textFrame(index, rest));
    }
  }

  /** The block message in text block `index` (the open one, or a new one where a call stood), its stop, and the message's stop. */
  private block(index: number): void {
    if (this.blockSent) return;
    this.blockSent = true;
    this.pending = null;
    this.out.bytes(textFrame(index, this.edits.blockedBy!.message));
    this.out.bytes(stopFrame(index));
    this.out.bytes(encodeEventFrame('messageStop', '{"stopReason":"content_filtered"}'));
  }
}

export function createConverseStreamEditor(hooks: ResponseHooks): StreamTransform {
  const editor = new ConverseStreamEdit(hooks);
  const splitter = new FrameSplitter(
    (frame) => editor.onFrame(frame),
    (bytes) => editor.out.bytes(bytes),
  );
  return {
    push(chunk) {
      splitter.push(chunk);
      return editor.out.take();
    },
    end() {
      splitter.end();
      editor.end();
      return editor.out.take();
    },
  };
}
