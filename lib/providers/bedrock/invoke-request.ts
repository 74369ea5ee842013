import type { TextRole } from '@/lib/guards/types';
import { AppError } from '@/lib/errors';
import { isObject, type Json, type PartCollector } from '../shared/view';
import { readConverseBlock } from './converse';
import { addJsonStrings } from './json-strings';

/**
 * InvokeModel bodies are the model family's native format. Anthropic's Messages body
 * (`anthropic_version: "bedrock-2023-05-31"`) is read fully and validated; the others are read
 * leniently for their prompt text so an unknown shape is forwarded rather than refused:
 *   Nova          messages[].content[] {text|toolUse|toolResult}, system [{text}] (Converse blocks)
 *   OpenAI-style  messages[] with string content, tool_calls (gpt-oss, Mistral chat, Jamba)
 *   Llama/Mistral/DeepSeek  prompt      Titan  inputText      Cohere  message, chat_history, preamble
 */

function roleOf(role: unknown): TextRole {
  return role === 'assistant' || role === 'system' || role === 'tool' ? role : 'user';
}

function readAnthropicBlock(block: Json, role: TextRole, path: (string | number)[], collector: PartCollector): void {
  switch (block.type) {
    case 'text':
      return collector.add(role, block.text, [...path, 'text']);
    case 'tool_use':
      return addJsonStrings(collector, 'assistant', block.input, [...path, 'input'], 'tool_arguments');
    case 'tool_result':
      if (typeof block.content === 'string') return collector.add('tool', block.content, [...path, 'content'], 'tool_result');
      if (Array.isArray(block.content)) {
        block.content.forEach((inner, k) => {
          if (isObject(inner) && inner.type === 'text') collector.add('tool', inner.text, [...path, 'content', k, 'text'], 'tool_result');
        });
      }
      return;
    case 'document':
      // Plain-text documents are retrieved content, scored as such (indirect injection).
      if (isObject(block.source) && block.source.type === 'text') collector.add('document', block.source.data, [...path, 'source', 'data'], 'tool_result');
      return;
    default:
      return;
  }
}

function readContent(content: unknown, role: TextRole, path: (string | number)[], collector: PartCollector): void {
  if (typeof content === 'string') return collector.add(role, content, path);
  if (!Array.isArray(content)) return;
  for (let j = 0; j < content.length; j++) {
    const block = content[j];
    if (!isObject(block)) continue;
    // Anthropic blocks are typed; Nova's are Converse blocks keyed by their kind.
    if (typeof block.type === 'string') readAnthropicBlock(block, role, [...path, j], collector);
    else readConverseBlock(block, role, [...path, j], collector);
  }
}

function readMessages(messages: unknown[], collector: PartCollector): void {
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    if (!isObject(message)) continue;
    const role = roleOf(message.role);
    readContent(message.content, role, ['messages', i, 'content'], collector);
    if (Array.isArray(message.tool_calls)) {
      message.tool_calls.forEach((call, j) => {
        if (isObject(call) && isObject(call.function)) {
          collector.add('assistant', call.function.arguments, ['messages', i, 'tool_calls', j, 'function', 'arguments'], 'tool_arguments');
        }
      });
    }
  }
}

function readAnthropic(json: Json, collector: PartCollector): void {
  if (!Array.isArray(json.messages)) throw new AppError('validation', 'messages: must be an array', { field: 'messages' });
  json.messages.forEach((message, i) => {
    if (!isObject(message)) throw new AppError('validation', `messages.${i}: must be an object`, { field: `messages.${i}` });
  });
  readMessages(json.messages, collector);
  const max = json.max_tokens;
  if (max !== undefined && (typeof max !== 'number' || !Number.isFinite(max))) {
    throw new AppError('validation', 'max_tokens: must be a number', { field: 'max_tokens' });
  }
}

/** Collects the body's text parts; throws only for a malformed Anthropic body. */
export function readInvokeBody(json: Json, collector: PartCollector): void {
  if (typeof json.system === 'string') collector.add('system', json.system, ['system']);
  else if (Array.isArray(json.system)) readContent(json.system, 'system', ['system'], collector);
  if (json.anthropic_version !== undefined) return readAnthropic(json, collector);
  if (Array.isArray(json.messages)) readMessages(json.messages, collector);
  collector.add('user', json.prompt, ['prompt']);
  collector.add('user', json.inputText, ['inputText']);
  if (typeof json.preamble === 'string') collector.add('system', json.preamble, ['preamble']);
  if (Array.isArray(json.chat_history)) {
    json.chat_history.forEach((turn, i) => {
      if (isObject(turn)) collector.add(turn.role === 'CHATBOT' ? 'assistant' : 'user', turn.message, ['chat_history', i, 'message']);
    });
  }
  collector.add('user', json.message, ['message']);
  if (Array.isArray(json.texts)) json.texts.forEach((text, i) => collector.add('user', text, ['texts', i]));
}

const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function invokeMaxTokens(json: Json): number | undefined {
  const titan = isObject(json.textGenerationConfig) ? json.textGenerationConfig.maxTokenCount : undefined;
  const nova = isObject(json.inferenceConfig) ? json.inferenceConfig.max_new_tokens : undefined;
  return finite(json.max_tokens) ?? finite(json.max_gen_len) ?? finite(titan) ?? finite(nova) ?? finite(json.maxTokens);
}

export function invokeTools(json: Json): { name: string }[] {
  const names: { name: string }[] = [];
  const push = (name: unknown): void => {
    if (typeof name === 'string') names.push({ name });
  };
  if (Array.isArray(json.tools)) {
    for (const tool of json.tools) if (isObject(tool)) push(tool.name ?? (isObject(tool.function) ? tool.function.name : undefined));
  }
  if (isObject(json.toolConfig) && Array.isArray(json.toolConfig.tools)) {
    for (const tool of json.toolConfig.tools) if (isObject(tool) && isObject(tool.toolSpec)) push(tool.toolSpec.name);
  }
  return names;
}
