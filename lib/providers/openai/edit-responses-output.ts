import { ByteOutput } from '../shared/edit-output';
import { sseEvent } from '../shared/edit-sse';
import type { Json } from '../shared/view';
import { messageItem, outputTextPart } from './edit-responses-items';

/**
 * What a Responses stream editor writes, numbered: an event keeps the upstream's `sequence_number`
 * unless an inserted event already used it, in which case only the number is patched in its text
 * (no parse); changed and new events take the next free number. Numbers stay strictly increasing,
 * and the gaps left by dropped deltas absorb later insertions.
 */

export interface RawEvent {
  type: string;
  data: string;
  raw: Uint8Array;
  seq: number | undefined;
}

export const SEQ = /"sequence_number"\s*:\s*(\d+)/;

export class ResponsesOutput {
  readonly bytes = new ByteOutput();
  terminator: string | undefined;
  /** Something the client receives differs from the upstream (the final response must be rewritten). */
  edited = false;
  private lastSeq = -1;

  pass(ev: RawEvent): void {
    if (ev.seq === undefined || ev.seq > this.lastSeq) {
      if (ev.seq !== undefined) this.lastSeq = ev.seq;
      return this.bytes.bytes(ev.raw);
    }
    this.lastSeq++;
    this.bytes.text(sseEvent(ev.data.replace(SEQ, `"sequence_number":${this.lastSeq}`), ev.type, this.terminator));
  }

  /** An upstream event whose text was edited in place (its own number kept when free). */
  passEdited(ev: RawEvent, data: string): void {
    this.edited = true;
    const seq = ev.seq !== undefined && ev.seq > this.lastSeq ? ev.seq : this.lastSeq + 1;
    this.lastSeq = seq;
    this.bytes.text(sseEvent(seq === ev.seq ? data : data.replace(SEQ, `"sequence_number":${seq}`), ev.type, this.terminator));
  }

  emit(type: string, fields: Json, upstreamSeq?: number): void {
    this.edited = true;
    this.lastSeq = upstreamSeq !== undefined && upstreamSeq > this.lastSeq ? upstreamSeq : this.lastSeq + 1;
    const { type: _type, sequence_number: _seq, ...rest } = fields;
    this.bytes.text(sseEvent(JSON.stringify({ type, sequence_number: this.lastSeq, ...rest }), type, this.terminator));
  }

  /** A complete message item (added, part, text, done) at `outputIndex`; returns the done item. */
  writeMessage(outputIndex: number, id: string, text: string, status: 'completed' | 'incomplete'): Json {
    const at = { item_id: id, output_index: outputIndex, content_index: 0 };
    this.emit('response.output_item.added', { output_index: outputIndex, item: { id, type: 'message', status: 'in_progress', content: [], role: 'assistant' } });
    this.emit('response.content_part.added', { ...at, part: outputTextPart('') });
    this.emit('response.output_text.delta', { ...at, delta: text, logprobs: [] });
    this.emit('response.output_text.done', { ...at, text, logprobs: [] });
    this.emit('response.content_part.done', { ...at, part: outputTextPart(text) });
    const done = messageItem(id, text, status);
    this.emit('response.output_item.done', { output_index: outputIndex, item: done });
    return done;
  }
}
