import type { TextRole } from '@/lib/guards/types';
import { AppError } from '@/lib/errors';
import { isObject, PartCollector, requireObjectBody, toolNames, type Json } from '../shared/view';
import type { RequestView, ResolvedRoute, StreamReadResult, StreamUsageReader, Usage, WireFormat } from '../types';
import { editConverseResponse } from './edit-converse-json';
import { createConverseStreamEditor } from './edit-converse-stream';
import { bedrockExceptionFrame, createFrameDecoder, parseJsonBytes, toCount } from './frames';
import { addJsonStrings } from './json-strings';
import { converseText, createConverseTextReader } from './text';

/**
 * Bedrock Converse / ConverseStream: the model-neutral Bedrock API. The model and the stream flag
 * come from the path (`/model/{id}/converse[-stream]`), never from the body.
 */

/** One Converse content block at `path` (its index included). */
export function readConverseBlock(block: Json, role: TextRole, path: (string | number)[], collector: PartCollector): void {
  if (typeof block.text === 'string') {
    collector.add(role, block.text, [...path, 'text']);
  } else if (isObject(block.toolUse)) {
    addJsonStrings(collector, 'assistant', block.toolUse.input, [...path, 'toolUse', 'input'], 'tool_arguments');
  } else if (isObject(block.toolResult) && Array.isArray(block.toolResult.content)) {
    const content = block.toolResult.content;
    for (let k = 0; k < content.length; k++) {
      const item = content[k];
      if (!isObject(item)) continue;
      const at = [...path, 'toolResult', 'content', k];
      if (typeof item.text === 'string') collector.add('tool', item.text, [...at, 'text'], 'tool_result');
      else if (item.json !== undefined) addJsonStrings(collector, 'tool', item.json, [...at, 'json'], 'tool_result');
    }
  } else if (isObject(block.guardContent) && isObject(block.guardContent.text)) {
    collector.add(role, block.guardContent.text.text, [...path, 'guardContent', 'text', 'text']);
  }
  // Images, documents (base64 bytes), cache points and signed reasoning history are not text the
  // guards can edit: reasoning blocks carry a signature that any edit would invalidate.
}

function readConverseBlocks(blocks: unknown[], role: TextRole, base: (string | number)[], collector: PartCollector): void {
  for (let j = 0; j < blocks.length; j++) {
    const block = blocks[j];
    if (isObject(block)) readConverseBlock(block, role, [...base, j], collector);
  }
}

function readConverse(json: Json, collector: PartCollector): void {
  if (Array.isArray(json.system)) readConverseBlocks(json.system, 'system', ['system'], collector);
  const messages = json.messages;
  if (!Array.isArray(messages)) throw new AppError('validation', 'messages: must be an array', { field: 'messages' });
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    if (!isObject(message)) throw new AppError('validation', `messages.${i}: must be an object`, { field: `messages.${i}` });
    if (!Array.isArray(message.content)) {
      throw new AppError('validation', `messages.${i}.content: must be an array`, { field: `messages.${i}.content` });
    }
    readConverseBlocks(message.content, message.role === 'assistant' ? 'assistant' : 'user', ['messages', i, 'content'], collector);
  }
}

function maxTokens(json: Json): number | undefined {
  const config = json.inferenceConfig;
  if (config === undefined || config === null) return undefined;
  if (!isObject(config)) throw new AppError('validation', 'inferenceConfig: must be an object', { field: 'inferenceConfig' });
  const value = config.maxTokens;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new AppError('validation', 'inferenceConfig.maxTokens: must be a number', { field: 'inferenceConfig.maxTokens' });
  }
  return value;
}

/**
 * Converse reports `inputTokens` without the tokens read from or written to the prompt cache
 * (`totalTokens` = input + output + cacheRead + cacheWrite; CloudWatch's invocation metrics split
 * them the same way), so the normalised prompt count adds them back.
 */
export function converseUsage(usage: unknown): Usage | undefined {
  if (!isObject(usage)) return undefined;
  const read = toCount(usage.cacheReadInputTokens);
  const write = toCount(usage.cacheWriteInputTokens);
  return {
    inputTokens: toCount(usage.inputTokens) + read + write,
    outputTokens: toCount(usage.outputTokens),
    cachedTokens: read,
    cacheWriteTokens: write,
  };
}

function createConverseStreamReader(): StreamUsageReader {
  const result: StreamReadResult = {};
  // Only two event types can carry what the gateway meters; deltas are never parsed.
  const decoder = createFrameDecoder(result, (type, payload) => {
    if (type === 'messageStop') {
      const event = parseJsonBytes(payload);
      if (isObject(event) && typeof event.stopReason === 'string') result.finishReason = event.stopReason;
    } else if (type === 'metadata') {
      const event = parseJsonBytes(payload);
      if (isObject(event)) result.usage = converseUsage(event.usage) ?? result.usage;
    }
  });
  return {
    push: (chunk) => decoder.push(chunk),
    finish: () => result,
  };
}

export const bedrockConverseFormat: WireFormat = {
  id: 'bedrock-converse',
  readRequest(body: unknown, route: ResolvedRoute): RequestView {
    const json = requireObjectBody(body);
    const collector = new PartCollector();
    readConverse(json, collector);
    const toolConfig = isObject(json.toolConfig) ? json.toolConfig : {};
    return {
      model: route.pathModel,
      stream: route.pathStream === true,
      maxOutputTokens: maxTokens(json),
      parts: collector.parts,
      tools: toolNames(toolConfig.tools, (t) => (isObject(t.toolSpec) ? t.toolSpec.name : undefined)),
    };
  },
  usageFromResponse(body): StreamReadResult {
    if (!isObject(body)) return {};
    return {
      usage: converseUsage(body.usage),
      finishReason: typeof body.stopReason === 'string' ? body.stopReason : undefined,
    };
  },
  createStreamReader: () => createConverseStreamReader(),
  streamErrorEvent: (error) => bedrockExceptionFrame(error, false),
  responseText: converseText,
  createTextReader: () => createConverseTextReader(),
  editResponse: (body, hooks) => editConverseResponse(body, hooks),
  createStreamEditor: (_route, _contentType, hooks) => createConverseStreamEditor(hooks),
};
