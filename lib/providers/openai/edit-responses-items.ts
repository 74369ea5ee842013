import { randomBytes } from 'node:crypto';
import { editFullText, TextEdits } from '../shared/edit-text';
import { isObject, type Json } from '../shared/view';
import type { ResponseHooks } from '../types';

/**
 * Pieces of the Responses API shared by the stream and JSON editors: which hook index a text part
 * uses, the message item that stands in for a replaced call or carries a block message, and the
 * complete-response editor.
 */

/**
 * Hook index of output item `outputIndex`, content part `contentIndex`: the output index itself
 * for a message's first part (OpenAI sends one output_text part per message), so indexes match the
 * items a client sees; further parts get indexes no output item can have.
 */
export const textIndex = (outputIndex: number, contentIndex: number): number => (contentIndex === 0 ? outputIndex : outputIndex + contentIndex * 1_000_000);

/** Items the client executes: function calls (JSON `arguments`) and custom tools (free-form `input`). */
export const isClientCall = (item: Json): boolean => item.type === 'function_call' || item.type === 'custom_tool_call';
export const argumentsField = (item: Json): 'arguments' | 'input' => (item.type === 'custom_tool_call' ? 'input' : 'arguments');

export const outputTextPart = (text: string): Json => ({ type: 'output_text', annotations: [], logprobs: [], text });

export function newMessageId(like?: unknown): string {
  if (typeof like === 'string' && like.includes('_')) return 'msg_' + like.slice(like.indexOf('_') + 1);
  return 'msg_' + randomBytes(16).toString('hex');
}

export function messageItem(id: string, text: string, status: 'completed' | 'incomplete'): Json {
  return { id, type: 'message', status, content: [outputTextPart(text)], role: 'assistant' };
}

/** The status a blocked response ends with, as the API reports a response cut short by its content filter. */
export function markIncomplete(response: Json): void {
  response.status = 'incomplete';
  response.incomplete_details = { reason: 'content_filter' };
}

/** `output_text` is an SDK convenience, but some OpenAI-compatible hosts put it in the JSON: keep it in step. */
export function syncOutputText(response: Json): void {
  if (typeof response.output_text !== 'string' || !Array.isArray(response.output)) return;
  let text = '';
  for (const item of response.output) {
    if (!isObject(item) || item.type !== 'message' || !Array.isArray(item.content)) continue;
    for (const part of item.content) if (isObject(part) && part.type === 'output_text' && typeof part.text === 'string') text += part.text;
  }
  response.output_text = text;
}

/**
 * Response guards on a complete Responses body: output_text parts through the hooks, function_call
 * and custom_tool_call items allowed (arguments rewritten) or replaced by a message item at the same position. The API
 * has no tool-call finish reason, so nothing else changes. Blocked: one message item with the block
 * message, status `incomplete`, `incomplete_details.reason: content_filter`, usage kept.
 */
export function editResponsesBody(body: unknown, hooks: ResponseHooks): unknown {
  if (!isObject(body) || !Array.isArray(body.output)) return body;
  const edits = new TextEdits(hooks);
  const output = body.output;
  for (let i = 0; i < output.length && !edits.isBlocked; i++) {
    const item = output[i];
    if (!isObject(item)) continue;
    if (item.type === 'message' && Array.isArray(item.content)) {
      for (let j = 0; j < item.content.length; j++) {
        const part = item.content[j];
        if (!isObject(part) || part.type !== 'output_text' || typeof part.text !== 'string' || part.text.length === 0) continue;
        const text = editFullText(edits, textIndex(i, j), part.text);
        if (text === null) break;
        part.text = text;
      }
    } else if (item.type === 'function_call' || item.type === 'custom_tool_call') {
      const field = argumentsField(item);
      const args = typeof item[field] === 'string' ? (item[field] as string) : '';
      const decision = edits.toolCall({ index: i, id: typeof item.call_id === 'string' ? item.call_id : undefined, name: String(item.name ?? ''), arguments: args });
      if (decision === null) break;
      if (decision.action === 'replace') output[i] = messageItem(newMessageId(item.id), decision.text, 'completed');
      else if (decision.arguments !== undefined) item[field] = decision.arguments;
    }
  }
  if (edits.blockedBy) {
    body.output = [messageItem(newMessageId(), edits.blockedBy.message, 'incomplete')];
    markIncomplete(body);
  }
  syncOutputText(body);
  return body;
}
