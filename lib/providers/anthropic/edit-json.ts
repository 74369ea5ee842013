import { editFullText, parseArguments, TextEdits } from '../shared/edit-text';
import { isObject } from '../shared/view';
import type { ResponseHooks } from '../types';

/**
 * Response guards on a complete Messages response (also Claude on Vertex and Bedrock InvokeModel):
 * text blocks through the hooks, `tool_use` blocks allowed (input rewritten from the guard's JSON)
 * or replaced by a text block at the same position; `tool_use` becomes `end_turn` when no call is
 * left. Blocked: one text block with the message and stop_reason `refusal`.
 */
export function editAnthropicMessage(body: unknown, hooks: ResponseHooks): unknown {
  if (!isObject(body) || !Array.isArray(body.content)) return body;
  const edits = new TextEdits(hooks);
  const content = body.content;
  let allowed = 0;
  let replaced = 0;
  for (let j = 0; j < content.length && !edits.isBlocked; j++) {
    const block = content[j];
    if (!isObject(block)) continue;
    if (block.type === 'text' && typeof block.text === 'string' && block.text.length > 0) {
      const text = editFullText(edits, j, block.text);
      if (text !== null) block.text = text;
    } else if (block.type === 'tool_use') {
      const args = JSON.stringify(block.input ?? {});
      const decision = edits.toolCall({ index: j, id: typeof block.id === 'string' ? block.id : undefined, name: String(block.name ?? ''), arguments: args });
      if (decision === null) break;
      if (decision.action === 'replace') {
        content[j] = { type: 'text', text: decision.text };
        replaced++;
      } else {
        if (decision.arguments !== undefined && decision.arguments !== args) block.input = parseArguments(decision.arguments, block.input);
        allowed++;
      }
    }
  }
  if (edits.blockedBy) {
    body.content = [{ type: 'text', text: edits.blockedBy.message }];
    body.stop_reason = 'refusal';
    body.stop_sequence = null;
  } else if (replaced > 0 && allowed === 0 && body.stop_reason === 'tool_use') {
    body.stop_reason = 'end_turn';
  }
  return body;
}
