import { literalEnd, splice, type Literal } from '../shared/edit-fast';
import { TextEdits } from '../shared/edit-text';
import { parseJson } from '../shared/sse';
import { isObject, type Json } from '../shared/view';
import type { ResponseHooks } from '../types';

/**
 * Response guards on chat completion chunks (also legacy completions, `choices[].text`), however
 * they are framed: SSE `data:` lines from OpenAI-compatible hosts, base64 `chunk` frames from
 * OpenAI-style models on Bedrock InvokeModel. The caller hands each event's JSON text and a handle
 * on its original bytes; the sink resends those bytes or writes a new chunk.
 *
 * Held back: the text the hooks hold (released by later deltas, or before the chunk with the
 * choice's `finish_reason`), and every chunk of a tool call from its first delta until the next
 * call index, a content delta or the finish reason of that choice shows its arguments are complete.
 * Everything else passes as the upstream's bytes; only chunks whose text changed are re-serialised.
 *
 * A replaced call becomes a `delta.content` chunk; calls after it are renumbered so the client's
 * `tool_calls` array stays dense, and a choice left without calls finishes with `stop`. Blocked:
 * the message as content, `finish_reason: content_filter`, then only usage and `[DONE]` go on.
 */

export interface ChatSink<R> {
  raw(event: R): void;
  event(json: string): void;
}

export interface ChatEventEdit<R> {
  /** One event's data (a chunk's JSON, or `[DONE]`). */
  onData(data: string, raw: R): void;
  end(): void;
}

interface HeldChunk<R> {
  raw: R | null;
  chunk: Json;
}

interface PendingCall<R> {
  index: number;
  /** A `custom` (free-form input) tool rather than a function. */
  custom: boolean;
  id?: string;
  name: string;
  args: string;
  held: HeldChunk<R>[];
}

interface ChoiceState<R> {
  pending: PendingCall<R> | null;
  allowed: number;
  replaced: number;
  roleSent: boolean;
  finished: boolean;
  legacy: boolean;
}

const firstChoice = (chunk: Json): Json => (chunk.choices as Json[])[0];
const deltaOf = (choice: Json): Json | null => (isObject(choice.delta) ? choice.delta : null);

export function createChatEventEdit<R>(hooks: ResponseHooks, sink: ChatSink<R>): ChatEventEdit<R> {
  const edits = new TextEdits(hooks);
  const states = new Map<number, ChoiceState<R>>();
  let template: Json | null = null;
  let blockSent = false;

  function state(index: number, legacy = false): ChoiceState<R> {
    let st = states.get(index);
    if (!st) states.set(index, (st = { pending: null, allowed: 0, replaced: 0, roleSent: false, finished: false, legacy }));
    return st;
  }

  function noteSent(chunk: Json): void {
    for (const choice of chunk.choices as unknown[]) {
      if (!isObject(choice)) continue;
      const st = state(typeof choice.index === 'number' ? choice.index : 0);
      if (deltaOf(choice)?.role !== undefined) st.roleSent = true;
      if (choice.finish_reason != null) st.finished = true;
    }
  }

  function pass(raw: R | null, chunk: Json): void {
    if (raw !== null) sink.raw(raw);
    else sink.event(JSON.stringify(chunk));
    noteSent(chunk);
  }

  /** A chunk like `like` (same id, model, created…) with one new choice. */
  function synth(like: Json, choice: Json): void {
    const chunk: Json = { ...like, choices: [choice] };
    if (chunk.usage !== undefined && chunk.usage !== null) chunk.usage = null;
    pass(null, chunk);
  }

  function textChoice(index: number, text: string, finish: string | null = null): Json {
    const st = state(index);
    if (st.legacy) return { text, index, logprobs: null, finish_reason: finish };
    const delta: Json = st.roleSent || text === '' ? {} : { role: 'assistant' };
    if (text !== '') delta.content = text;
    return { index, delta, logprobs: null, finish_reason: finish };
  }

  function block(index: number): void {
    if (blockSent) return;
    blockSent = true;
    const message = edits.blockedBy?.message ?? '';
    for (const st of states.values()) st.pending = null;
    synth(template ?? {}, textChoice(index, message));
    for (const [i, st] of states) if (!st.finished) synth(template ?? {}, textChoice(i, '', 'content_filter'));
  }

  function resolve(index: number, st: ChoiceState<R>): void {
    const call = st.pending;
    if (!call) return;
    st.pending = null;
    const decision = edits.toolCall({ index: call.index, id: call.id, name: call.name, arguments: call.args });
    if (decision === null) return block(index);
    const first = call.held[0].chunk;
    if (decision.action === 'replace') {
      st.replaced++;
      return synth(first, textChoice(index, decision.text));
    }
    const position = st.allowed++;
    if (decision.arguments !== undefined && decision.arguments !== call.args) {
      const delta: Json = { ...deltaOf(firstChoice(first)) };
      delta.tool_calls = [
        call.custom
          ? { index: position, id: call.id, type: 'custom', custom: { name: call.name, input: decision.arguments } }
          : { index: position, id: call.id, type: 'function', function: { name: call.name, arguments: decision.arguments } },
      ];
      return synth(first, { ...firstChoice(first), delta });
    }
    for (const { raw, chunk } of call.held) {
      if (position === call.index) {
        pass(raw, chunk);
        continue;
      }
      (deltaOf(firstChoice(chunk))!.tool_calls as Json[])[0].index = position;
      pass(null, chunk);
    }
  }

  function onToolDelta(raw: R | null, chunk: Json, index: number, st: ChoiceState<R>, call: Json): void {
    const callIndex = typeof call.index === 'number' ? call.index : 0;
    if (st.pending && st.pending.index !== callIndex) resolve(index, st);
    if (edits.isBlocked) return;
    if (!st.pending) {
      const rest = edits.end(index);
      if (rest === null) return block(index);
      if (rest) synth(chunk, textChoice(index, rest));
      st.pending = { index: callIndex, custom: isObject(call.custom), name: '', args: '', held: [] };
    }
    const pending = st.pending;
    if (typeof call.id === 'string') pending.id = call.id;
    const fn = isObject(call.function) ? call.function : isObject(call.custom) ? call.custom : {};
    if (typeof fn.name === 'string' && fn.name) pending.name = fn.name;
    const args = fn.arguments ?? fn.input;
    if (typeof args === 'string') pending.args += args;
    pending.held.push({ raw, chunk });
  }

  function onChoice(raw: R | null, chunk: Json, choice: Json): void {
    const index = typeof choice.index === 'number' ? choice.index : 0;
    const delta = deltaOf(choice);
    const st = state(index, !delta && typeof choice.text === 'string');
    const calls = delta && Array.isArray(delta.tool_calls) && delta.tool_calls.length > 0 ? delta.tool_calls : null;
    if (calls && isObject(calls[0])) return onToolDelta(raw, chunk, index, st, calls[0]);
    if (st.pending) resolve(index, st);
    if (edits.isBlocked) return;
    const content = delta ? delta.content : choice.text;
    const finishing = choice.finish_reason !== null && choice.finish_reason !== undefined;
    let changed = false;
    if (typeof content === 'string' && content.length > 0) {
      let text = edits.text(index, content);
      if (text !== null && finishing) {
        const rest = edits.end(index);
        text = rest === null ? null : text + rest;
      }
      if (text === null) return block(index);
      if (text !== content) {
        if (delta) delta.content = text;
        else choice.text = text;
        changed = true;
      }
    } else if (finishing) {
      const rest = edits.end(index);
      if (rest === null) return block(index);
      if (rest) synth(chunk, textChoice(index, rest));
    }
    if (choice.finish_reason === 'tool_calls' && st.replaced > 0 && st.allowed === 0) {
      choice.finish_reason = 'stop';
      changed = true;
    }
    if (!changed) return pass(raw, chunk);
    if (!finishing && isEmptyText(chunk, choice, delta)) return;
    pass(null, chunk);
  }

  function onChunk(raw: R | null, chunk: Json): void {
    const choices = chunk.choices as unknown[];
    if (edits.isBlocked) {
      // Only the usage the client asked for goes on after a block.
      if (chunk.usage !== undefined && chunk.usage !== null) pass(null, { ...chunk, choices: [] });
      return;
    }
    if (choices.length === 0 || !isObject(choices[0])) return pass(raw, chunk);
    if (choices.length > 1) {
      for (const choice of choices) onChunk(null, { ...chunk, choices: [choice] });
      return;
    }
    const parts = splitConcerns(chunk, choices[0]);
    if (parts) for (const part of parts) onChoice(null, part, firstChoice(part));
    else onChoice(raw, chunk, choices[0]);
  }

  function finishAll(): void {
    if (edits.isBlocked) return;
    for (const [index, st] of states) if (st.pending) resolve(index, st);
    for (const index of [...edits.openBlocks()]) {
      const rest = edits.end(index);
      if (rest === null) return block(index);
      if (rest) synth(template ?? {}, textChoice(index, rest));
    }
  }

  /** A content-only delta of a choice with no call pending, handled without parsing the chunk. */
  function fastDelta(raw: R, data: string): boolean {
    const fast = plainContent(data);
    if (!fast) return false;
    const st = states.get(fast.index);
    if (!st || st.pending || st.legacy) return false;
    const text = edits.text(fast.index, fast.literal.value);
    if (text === null) block(fast.index);
    else if (text === fast.literal.value) sink.raw(raw);
    else if (text !== '') sink.event(splice(data, fast.literal, text));
    return true;
  }

  return {
    onData(data, raw) {
      if (data === '[DONE]') {
        finishAll();
        return sink.raw(raw);
      }
      if (template !== null && !edits.isBlocked && fastDelta(raw, data)) return;
      const chunk = data.charCodeAt(0) === 0x7b ? parseJson(data) : undefined;
      if (!isObject(chunk) || !Array.isArray(chunk.choices)) {
        if (!edits.isBlocked) sink.raw(raw);
        return;
      }
      template = chunk;
      onChunk(raw, chunk);
    },
    end: finishAll,
  };
}

const CHOICE_HEAD = '"choices":[{"index":';
const CONTENT_HEAD = ',"delta":{"content":';
const CHOICE_TAIL = '},"logprobs":null,"finish_reason":null}]';

/** OpenAI's own shape of a single-choice, content-only delta (any other shape returns null). */
function plainContent(data: string): { index: number; literal: Literal } | null {
  const at = data.indexOf(CHOICE_HEAD);
  if (at < 0 || data.includes('"usage":{')) return null;
  let p = at + CHOICE_HEAD.length;
  let index = 0;
  const digits = p;
  for (let c = data.charCodeAt(p); c >= 48 && c <= 57; c = data.charCodeAt(++p)) index = index * 10 + (c - 48);
  if (p === digits || !data.startsWith(CONTENT_HEAD, p)) return null;
  const start = p + CONTENT_HEAD.length;
  const end = literalEnd(data, start);
  if (end < 0 || end === start + 2 || !data.startsWith(CHOICE_TAIL, end)) return null;
  const raw = data.slice(start + 1, end - 1);
  const value = raw.includes('\\') ? (JSON.parse(data.slice(start, end)) as string) : raw;
  return { index, literal: { start, end, value } };
}

/** A chunk whose only content was text the hooks now hold: nothing else in it needs sending. */
function isEmptyText(chunk: Json, choice: Json, delta: Json | null): boolean {
  if ((delta ? delta.content : choice.text) !== '') return false;
  if (choice.logprobs !== null && choice.logprobs !== undefined) return false;
  if (chunk.usage !== null && chunk.usage !== undefined) return false;
  if (delta) for (const key in delta) if (key !== 'content' && delta[key] !== null && delta[key] !== undefined) return false;
  return true;
}

/**
 * A chunk that mixes text, tool calls and a finish reason (some OpenAI-compatible hosts send a
 * whole call with its finish reason in one chunk) becomes one chunk per concern, in order, so each
 * can be held or released on its own. Null when the chunk has one concern.
 */
function splitConcerns(chunk: Json, choice: Json): Json[] | null {
  const delta = deltaOf(choice);
  const calls = delta && Array.isArray(delta.tool_calls) ? delta.tool_calls : [];
  if (calls.length === 0) return null;
  const hasText = typeof delta!.content === 'string' && delta!.content.length > 0;
  const finish = choice.finish_reason ?? null;
  if (calls.length === 1 && !hasText && finish === null) return null;
  const { tool_calls: _calls, ...rest } = delta!;
  const piece = (d: Json, finishReason: unknown): Json => ({ ...chunk, choices: [{ ...choice, delta: d, finish_reason: finishReason }] });
  const parts: Json[] = [];
  if (hasText) parts.push(piece(rest, null));
  calls.forEach((call, i) => parts.push(piece(i === 0 && !hasText ? { ...rest, tool_calls: [call] } : { tool_calls: [call] }, null)));
  if (finish !== null) parts.push(piece({}, finish));
  // Usage, when a chunk carries it, belongs to the last piece only.
  if (chunk.usage !== undefined && chunk.usage !== null) for (let i = 0; i < parts.length - 1; i++) parts[i].usage = null;
  return parts;
}
