import { parseArguments, TextEdits } from '../shared/edit-text';
import { isObject, type Json } from '../shared/view';
import type { ResponseHooks } from '../types';

/**
 * Response guards over GenerateContentResponse chunks, however they are framed (SSE, a streamed
 * JSON array, one complete body). Each candidate's text parts (not thoughts) are one text run per
 * candidate index; function calls arrive whole in one part, so nothing is held for them: a call is
 * decided where it stands, after the text before it is released. The text the hooks hold at a
 * candidate's `finishReason` is appended to that chunk's text. A replaced call becomes a text part
 * (finishReason stays `STOP`, which Gemini also uses for calls).
 *
 * Blocked: the candidate's parts become the block message, finishReason `SAFETY`; later chunks are
 * dropped and the last usageMetadata they carried comes back in one usage-only chunk at the end.
 */

export type ChunkResult = 'same' | 'changed' | 'drop';

const isText = (part: unknown): part is Json & { text: string } => isObject(part) && typeof part.text === 'string' && part.thought !== true;

export class GeminiChunkEdit {
  readonly edits: TextEdits;
  private readonly calls = new Map<number, number>();
  private blockSent = false;
  private lastUsage: Json | undefined;

  constructor(hooks: ResponseHooks) {
    this.edits = new TextEdits(hooks);
  }

  /** Edits `chunk` in place. */
  edit(chunk: Json): ChunkResult {
    if (this.blockSent) {
      if (isObject(chunk.usageMetadata)) this.lastUsage = { usageMetadata: chunk.usageMetadata, modelVersion: chunk.modelVersion, responseId: chunk.responseId };
      return 'drop';
    }
    if (!Array.isArray(chunk.candidates)) return 'same';
    let changed = false;
    let empty = true;
    for (let c = 0; c < chunk.candidates.length; c++) {
      const candidate = chunk.candidates[c];
      if (!isObject(candidate)) continue;
      const result = this.editCandidate(candidate, typeof candidate.index === 'number' ? candidate.index : c);
      if (result === null) {
        this.block(chunk, candidate);
        return 'changed';
      }
      changed ||= result;
      const parts = isObject(candidate.content) && Array.isArray(candidate.content.parts) ? candidate.content.parts : [];
      if (parts.length > 0 || candidate.finishReason !== undefined) empty = false;
    }
    if (!changed) return 'same';
    // A chunk whose only content was text the hooks now hold: nothing in it needs sending.
    return empty && chunk.promptFeedback === undefined ? 'drop' : 'changed';
  }

  /** After the last chunk: text still held (a stream cut before its finishReason), or the usage that followed a block. */
  finish(): Json | null {
    if (this.blockSent) return this.lastUsage ?? null;
    const candidates: Json[] = [];
    for (const index of [...this.edits.openBlocks()]) {
      const rest = this.edits.end(index);
      if (rest === null) {
        const chunk: Json = { candidates: [{ index }] };
        this.block(chunk, (chunk.candidates as Json[])[0]);
        return chunk;
      }
      if (rest) candidates.push({ content: { parts: [{ text: rest }], role: 'model' }, index });
    }
    return candidates.length > 0 ? { candidates } : null;
  }

  /** True when the candidate changed, null once blocked. */
  private editCandidate(candidate: Json, index: number): boolean | null {
    const content = isObject(candidate.content) ? candidate.content : undefined;
    const parts = content && Array.isArray(content.parts) ? content.parts : [];
    let changed = false;
    const out: unknown[] = [];
    for (const part of parts) {
      if (isText(part) && part.text.length > 0) {
        const text = this.edits.text(index, part.text);
        if (text === null) return null;
        if (text === part.text) out.push(part);
        else {
          changed = true;
          if (text !== '') out.push({ ...part, text });
        }
      } else if (isObject(part) && isObject(part.functionCall)) {
        const rest = this.edits.end(index);
        if (rest === null) return null;
        if (rest) out.push({ text: rest });
        const replaced = this.callPart(part, part.functionCall, index);
        if (replaced === null) return null;
        changed ||= rest !== '' || replaced !== part;
        out.push(replaced);
      } else {
        out.push(part);
      }
    }
    if (candidate.finishReason !== undefined) {
      const rest = this.edits.end(index);
      if (rest === null) return null;
      if (rest) {
        const last = out[out.length - 1];
        if (isText(last)) out[out.length - 1] = { ...last, text: last.text + rest };
        else out.push({ text: rest });
        changed = true;
      }
    }
    if (!changed) return false;
    if (out.length === 0 && candidate.finishReason !== undefined) out.push({ text: '' });
    candidate.content = { role: 'model', ...content, parts: out };
    return true;
  }

  private callPart(part: Json, call: Json, index: number): Json | null {
    const n = this.calls.get(index) ?? 0;
    this.calls.set(index, n + 1);
    const args = JSON.stringify(call.args ?? {});
    const id = typeof call.id === 'string' ? call.id : undefined;
    const decision = this.edits.toolCall({ index: n, id, name: String(call.name ?? ''), arguments: args });
    if (decision === null) return null;
    if (decision.action === 'replace') {
      const { functionCall: _call, ...rest } = part;
      return { ...rest, text: decision.text };
    }
    if (decision.arguments === undefined || decision.arguments === args) return part;
    return { ...part, functionCall: { ...call, args: parseArguments(decision.arguments, call.args) } };
  }

  private block(chunk: Json, candidate: Json): void {
    this.blockSent = true;
    const content = isObject(candidate.content) ? candidate.content : {};
    candidate.content = { role: 'model', ...content, parts: [{ text: this.edits.blockedBy!.message }] };
    candidate.finishReason = 'SAFETY';
    chunk.candidates = [candidate];
  }
}

/**
 * Response guards on a complete GenerateContent body, or a JSON-array stream read whole (an array
 * of chunks): the same chunk editor, with what it still holds at the end appended to the last chunk.
 */
export function editGeminiBody(body: unknown, hooks: ResponseHooks): unknown {
  const editor = new GeminiChunkEdit(hooks);
  if (Array.isArray(body)) {
    const kept = body.filter((chunk) => !isObject(chunk) || editor.edit(chunk) !== 'drop');
    const tail = editor.finish();
    if (tail && kept.length > 0 && isObject(kept[kept.length - 1]) && !editor.edits.isBlocked) mergeTail(kept[kept.length - 1] as Json, tail);
    else if (tail) kept.push(tail);
    return kept;
  }
  if (!isObject(body)) return body;
  editor.edit(body);
  const tail = editor.finish();
  if (tail) mergeTail(body, tail);
  return body;
}

function mergeTail(chunk: Json, tail: Json): void {
  if (!Array.isArray(tail.candidates)) return;
  const candidates = Array.isArray(chunk.candidates) ? chunk.candidates : (chunk.candidates = []);
  for (const extra of tail.candidates as Json[]) {
    const at = candidates.findIndex((c, i) => isObject(c) && (c.index ?? i) === extra.index);
    const target = at >= 0 ? (candidates[at] as Json) : undefined;
    const extraParts = (extra.content as Json).parts as unknown[];
    if (!target) candidates.push(extra);
    else if (extra.finishReason === 'SAFETY') Object.assign(target, extra);
    else {
      const content = isObject(target.content) ? target.content : (target.content = { role: 'model', parts: [] });
      content.parts = [...(Array.isArray(content.parts) ? content.parts : []), ...extraParts];
    }
  }
}
