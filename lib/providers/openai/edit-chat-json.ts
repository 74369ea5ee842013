import { editFullText, TextEdits } from '../shared/edit-text';
import { isObject } from '../shared/view';
import type { ResponseHooks } from '../types';

/**
 * Response guards on a complete chat completion (and a legacy completion, `choices[].text`): each
 * choice's text goes through the hooks whole; each tool call is allowed (possibly with new
 * arguments) or replaced by its text appended to the message content, in call order. A choice left
 * without tool calls no longer finishes with `tool_calls`. Once blocked, every choice carries only
 * the block message and finishes with `content_filter`.
 */
export function editChatCompletion(body: unknown, hooks: ResponseHooks): unknown {
  if (!isObject(body) || !Array.isArray(body.choices)) return body;
  const edits = new TextEdits(hooks);
  const choices = body.choices;
  for (let i = 0; i < choices.length && !edits.isBlocked; i++) {
    const choice = choices[i];
    if (!isObject(choice)) continue;
    const index = typeof choice.index === 'number' ? choice.index : i;
    const message = choice.message;
    if (!isObject(message)) {
      if (typeof choice.text === 'string' && choice.text.length > 0) {
        const text = editFullText(edits, index, choice.text);
        if (text !== null) choice.text = text;
      }
      continue;
    }
    if (typeof message.content === 'string' && message.content.length > 0) {
      const text = editFullText(edits, index, message.content);
      if (text === null) break;
      message.content = text;
    }
    if (Array.isArray(message.tool_calls)) editToolCalls(edits, choice, message);
  }
  const blocked = edits.blockedBy;
  if (blocked) {
    for (const choice of choices) {
      if (!isObject(choice)) continue;
      if (isObject(choice.message)) {
        choice.message.content = blocked.message;
        delete choice.message.tool_calls;
        delete choice.message.function_call;
      } else {
        choice.text = blocked.message;
      }
      choice.finish_reason = 'content_filter';
    }
  }
  return body;
}

function editToolCalls(edits: TextEdits, choice: Record<string, unknown>, message: Record<string, unknown>): void {
  const calls = message.tool_calls as unknown[];
  const kept: unknown[] = [];
  let replacement = '';
  let replaced = false;
  for (let j = 0; j < calls.length; j++) {
    const call = calls[j];
    // Function calls carry `function.arguments`; custom (free-form) tools `custom.input`.
    const fn = !isObject(call) ? undefined : isObject(call.function) ? call.function : isObject(call.custom) ? call.custom : undefined;
    if (!isObject(call) || !fn) {
      kept.push(call);
      continue;
    }
    const field = isObject(call.function) ? 'arguments' : 'input';
    const decision = edits.toolCall({
      index: j,
      id: typeof call.id === 'string' ? call.id : undefined,
      name: typeof fn.name === 'string' ? fn.name : '',
      arguments: typeof fn[field] === 'string' ? fn[field] : '',
    });
    if (decision === null) return;
    if (decision.action === 'replace') {
      replacement += decision.text;
      replaced = true;
      continue;
    }
    if (decision.arguments !== undefined) fn[field] = decision.arguments;
    kept.push(call);
  }
  if (!replaced) return;
  message.content = (typeof message.content === 'string' ? message.content : '') + replacement;
  if (kept.length > 0) {
    message.tool_calls = kept;
  } else {
    delete message.tool_calls;
    if (choice.finish_reason === 'tool_calls') choice.finish_reason = 'stop';
  }
}
