import type { TextRole } from '@/lib/guards/types';
import { AppError } from '@/lib/errors';
import { createSseReader, encodeSse, hasKeyWithValue, parseJson } from '../shared/sse';
import { isObject, optionalNumber, optionalString, PartCollector, requireObjectBody, streamFlag, toolNames, type Json } from '../shared/view';
import type { GatewayErrorInfo, RequestView, StreamReadResult, StreamTransform, StreamUsageReader, Usage, WireFormat } from '../types';
import { editChatCompletion } from './edit-chat-json';
import { createChatStreamEditor } from './edit-chat-stream';
import { chatResponseText, createChatTextReader } from './text';
import { createUsageChunkFilter } from './usage-chunk-filter';

/** OpenAI Chat Completions (`/v1/chat/completions`), shared by Azure and every OpenAI-compatible host. */

const ROLES: Record<string, TextRole> = { system: 'system', developer: 'system', user: 'user', assistant: 'assistant', tool: 'tool', function: 'tool' };

function readMessages(messages: unknown, collector: PartCollector): void {
  if (!Array.isArray(messages)) throw new AppError('validation', 'messages: must be an array', { field: 'messages' });
  messages.forEach((message, i) => {
    if (!isObject(message)) throw new AppError('validation', `messages.${i}: must be an object`, { field: `messages.${i}` });
    const role = ROLES[String(message.role)] ?? 'user';
    const kind = role === 'tool' ? 'tool_result' : 'text';
    const content = message.content;
    if (typeof content === 'string') collector.add(role, content, ['messages', i, 'content'], kind);
    else if (Array.isArray(content)) {
      content.forEach((part, j) => {
        if (isObject(part) && (part.type === 'text' || part.type === 'input_text')) collector.add(role, part.text, ['messages', i, 'content', j, 'text'], kind);
      });
    }
    if (Array.isArray(message.tool_calls)) {
      message.tool_calls.forEach((call, j) => {
        if (isObject(call) && isObject(call.function)) collector.add('assistant', call.function.arguments, ['messages', i, 'tool_calls', j, 'function', 'arguments'], 'tool_arguments');
      });
    }
  });
}

export function chatUsage(usage: unknown, model?: unknown): Usage | undefined {
  if (!isObject(usage)) return undefined;
  const prompt = Number(usage.prompt_tokens ?? 0);
  const details = isObject(usage.prompt_tokens_details) ? usage.prompt_tokens_details : {};
  const completionDetails = isObject(usage.completion_tokens_details) ? usage.completion_tokens_details : {};
  return {
    model: typeof model === 'string' ? model : undefined,
    inputTokens: prompt,
    outputTokens: Number(usage.completion_tokens ?? 0),
    cachedTokens: Number(details.cached_tokens ?? 0),
    cacheWriteTokens: 0,
    reasoningTokens: completionDetails.reasoning_tokens === undefined ? undefined : Number(completionDetails.reasoning_tokens),
  };
}

const USAGE_KEY = Buffer.from('"usage"');
const FINISH_KEY = Buffer.from('"finish_reason"');
const ERROR_KEY = Buffer.from('"error"');

/**
 * The only events the meter parses: a usage object (not the `"usage":null` every chunk carries
 * once usage is asked for), a finish reason, an error. Content chunks are skipped undecoded.
 */
function carriesUsageFinishOrError(bytes: Buffer): boolean {
  return hasKeyWithValue(bytes, USAGE_KEY, 0x7b /* { */) || hasKeyWithValue(bytes, FINISH_KEY, 0x22 /* " */) || bytes.includes(ERROR_KEY);
}

function createChatStreamReader(): StreamUsageReader {
  const result: StreamReadResult = {};
  let model: string | undefined;
  const sse = createSseReader(
    (_event, data) => {
      if (data === '[DONE]') return;
      const chunk = parseJson(data);
      if (!isObject(chunk)) return;
      if (isObject(chunk.error)) {
        result.error = { type: String(chunk.error.type ?? chunk.error.code ?? 'error'), message: String(chunk.error.message ?? '') };
        return;
      }
      if (typeof chunk.model === 'string') model = chunk.model;
      if (Array.isArray(chunk.choices)) {
        for (const choice of chunk.choices) if (isObject(choice) && typeof choice.finish_reason === 'string') result.finishReason = choice.finish_reason;
      }
      if (isObject(chunk.usage)) result.usage = chatUsage(chunk.usage, model);
    },
    { only: carriesUsageFinishOrError },
  );
  return {
    push: (chunk) => sse.push(chunk),
    finish() {
      sse.end();
      if (result.usage && !result.usage.model) result.usage.model = model;
      return result;
    },
  };
}

export function openAiErrorEvent(error: GatewayErrorInfo): Uint8Array {
  return encodeSse(JSON.stringify({ error: { message: error.message, type: error.code, param: null, code: error.code, request_id: error.requestId } }));
}

export const openAiChatFormat: WireFormat = {
  id: 'openai-chat',
  readRequest(body): RequestView {
    const json = requireObjectBody(body);
    const collector = new PartCollector();
    if (json.messages !== undefined) readMessages(json.messages, collector);
    // Legacy completions share this format: the prompt is user text.
    if (typeof json.prompt === 'string') collector.add('user', json.prompt, ['prompt']);
    return {
      model: optionalString(json, 'model'),
      stream: streamFlag(json),
      maxOutputTokens: optionalNumber(json, 'max_completion_tokens') ?? optionalNumber(json, 'max_tokens'),
      parts: collector.parts,
      tools: toolNames(json.tools, (t) => (isObject(t.function) ? t.function.name : t.name)),
    };
  },
  ensureUsageReported(body: Json, view): StreamTransform | null {
    if (!view.stream) return null;
    const options = isObject(body.stream_options) ? body.stream_options : {};
    if (options.include_usage === true) return null;
    body.stream_options = { ...options, include_usage: true };
    return createUsageChunkFilter();
  },
  usageFromResponse(body) {
    if (!isObject(body)) return {};
    const choice = Array.isArray(body.choices) && isObject(body.choices[0]) ? body.choices[0] : undefined;
    return { usage: chatUsage(body.usage, body.model), finishReason: typeof choice?.finish_reason === 'string' ? choice.finish_reason : undefined };
  },
  createStreamReader: () => createChatStreamReader(),
  streamErrorEvent: openAiErrorEvent,
  responseText: chatResponseText,
  createTextReader: () => createChatTextReader(),
  editResponse: (body, hooks) => editChatCompletion(body, hooks),
  createStreamEditor: (_route, _contentType, hooks) => createChatStreamEditor(hooks),
};
