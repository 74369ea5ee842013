import { editFullText, parseArguments, TextEdits } from '../shared/edit-text';
import { isObject } from '../shared/view';
import type { ResponseHooks } from '../types';

/**
 * Response guards on a complete Converse response: text blocks through the hooks, toolUse blocks
 * allowed (input rewritten from the guard's JSON) or replaced by a text block at the same position;
 * `tool_use` becomes `end_turn` when no call is left. Blocked: one text block with the message and
 * stopReason `content_filtered`; usage and metrics stay.
 */
export function editConverseResponse(body: unknown, hooks: ResponseHooks): unknown {
  if (!isObject(body) || !isObject(body.output) || !isObject(body.output.message) || !Array.isArray(body.output.message.content)) return body;
  const message = body.output.message;
  const content = message.content as unknown[];
  const edits = new TextEdits(hooks);
  let allowed = 0;
  let replaced = 0;
  for (let j = 0; j < content.length && !edits.isBlocked; j++) {
    const block = content[j];
    if (!isObject(block)) continue;
    if (typeof block.text === 'string' && block.text.length > 0) {
      const text = editFullText(edits, j, block.text);
      if (text !== null) block.text = text;
    } else if (isObject(block.toolUse)) {
      const toolUse = block.toolUse;
      const args = JSON.stringify(toolUse.input ?? {});
      const id = typeof toolUse.toolUseId === 'string' ? toolUse.toolUseId : undefined;
      const decision = edits.toolCall({ index: j, id, name: String(toolUse.name ?? ''), arguments: args });
      if (decision === null) break;
      if (decision.action === 'replace') {
        content[j] = { text: decision.text };
        replaced++;
      } else {
        if (decision.arguments !== undefined && decision.arguments !== args) toolUse.input = parseArguments(decision.arguments, toolUse.input);
        allowed++;
      }
    }
  }
  if (edits.blockedBy) {
    message.content = [{ text: edits.blockedBy.message }];
    body.stopReason = 'content_filtered';
  } else if (replaced > 0 && allowed === 0 && body.stopReason === 'tool_use') {
    body.stopReason = 'end_turn';
  }
  return body;
}
