import type { TextRole } from '@/lib/guards/types';
import { AppError } from '@/lib/errors';
import { createSseReader, encodeSse, parseJson } from '../shared/sse';
import { isObject, optionalNumber, optionalString, PartCollector, requireObjectBody, streamFlag, toolNames, type Json } from '../shared/view';
import { editAnthropicMessage } from './edit-json';
import { createMessagesStreamEditor } from './edit-stream';
import { createMessagesTextReader, messageText } from './text';
import type { GatewayErrorInfo, RequestView, StreamReadResult, StreamUsageReader, Usage, WireFormat } from '../types';

/**
 * Anthropic Messages (`/v1/messages`), also spoken by Claude on Vertex (`rawPredict`) and on
 * Bedrock (InvokeModel bodies).
 */

function readBlocks(blocks: unknown[], role: TextRole, base: (string | number)[], collector: PartCollector): void {
  blocks.forEach((block, j) => {
    if (!isObject(block)) return;
    const path = [...base, j];
    switch (block.type) {
      case 'text':
        return collector.add(role, block.text, [...path, 'text']);
      case 'tool_result':
        if (typeof block.content === 'string') return collector.add('tool', block.content, [...path, 'content'], 'tool_result');
        if (Array.isArray(block.content)) {
          block.content.forEach((inner, k) => {
            if (isObject(inner) && inner.type === 'text') collector.add('tool', inner.text, [...path, 'content', k, 'text'], 'tool_result');
          });
        }
        return;
      case 'document':
        // Plain-text documents are retrieved content: scored as documents (indirect injection).
        if (isObject(block.source) && block.source.type === 'text') collector.add('document', block.source.data, [...path, 'source', 'data'], 'tool_result');
        return;
      default:
        return;
    }
  });
}

export function readAnthropicMessages(json: Json, collector: PartCollector): void {
  if (typeof json.system === 'string') collector.add('system', json.system, ['system']);
  else if (Array.isArray(json.system)) readBlocks(json.system, 'system', ['system'], collector);
  if (!Array.isArray(json.messages)) throw new AppError('validation', 'messages: must be an array', { field: 'messages' });
  json.messages.forEach((message, i) => {
    if (!isObject(message)) throw new AppError('validation', `messages.${i}: must be an object`, { field: `messages.${i}` });
    const role: TextRole = message.role === 'assistant' ? 'assistant' : 'user';
    if (typeof message.content === 'string') collector.add(role, message.content, ['messages', i, 'content']);
    else if (Array.isArray(message.content)) readBlocks(message.content, role, ['messages', i, 'content'], collector);
  });
}

export function anthropicUsage(usage: unknown, model?: unknown): Usage | undefined {
  if (!isObject(usage)) return undefined;
  const read = Number(usage.cache_read_input_tokens ?? 0);
  const write = Number(usage.cache_creation_input_tokens ?? 0);
  return {
    model: typeof model === 'string' ? model : undefined,
    // Anthropic's input_tokens excludes cache reads and writes; the normalised count includes them.
    inputTokens: Number(usage.input_tokens ?? 0) + read + write,
    outputTokens: Number(usage.output_tokens ?? 0),
    cachedTokens: read,
    cacheWriteTokens: write,
  };
}

/** Folds Anthropic stream events into usage; shared with Bedrock and Vertex, which wrap the same events. */
export function createAnthropicEventFolder() {
  const result: StreamReadResult = {};
  let model: string | undefined;
  let start: Usage | undefined;
  return {
    onEvent(type: string | undefined, payload: Json): void {
      switch (type ?? payload.type) {
        case 'message_start': {
          const message = isObject(payload.message) ? payload.message : {};
          model = typeof message.model === 'string' ? message.model : undefined;
          start = anthropicUsage(message.usage, model);
          return;
        }
        case 'message_delta': {
          const delta = isObject(payload.delta) ? payload.delta : {};
          if (typeof delta.stop_reason === 'string') result.finishReason = delta.stop_reason;
          const usage = isObject(payload.usage) ? payload.usage : {};
          // output_tokens in message_delta is cumulative; input counts may be restated there too.
          const restated = usage.input_tokens !== undefined ? anthropicUsage(usage, model) : undefined;
          start = {
            ...(restated ?? start ?? { inputTokens: 0, cachedTokens: 0, cacheWriteTokens: 0, outputTokens: 0 }),
            model,
            outputTokens: Number(usage.output_tokens ?? start?.outputTokens ?? 0),
          };
          return;
        }
        case 'error': {
          const error = isObject(payload.error) ? payload.error : {};
          result.error = { type: String(error.type ?? 'error'), message: String(error.message ?? '') };
          return;
        }
        default:
          return;
      }
    },
    finish(): StreamReadResult {
      if (start) result.usage = start;
      return result;
    },
  };
}

const INTERESTING = new Set(['message_start', 'message_delta', 'error']);

function createMessagesStreamReader(): StreamUsageReader {
  const folder = createAnthropicEventFolder();
  const sse = createSseReader((event, data) => {
    if (event !== undefined && !INTERESTING.has(event)) return;
    const payload = parseJson(data);
    if (isObject(payload)) folder.onEvent(event, payload);
  });
  return {
    push: (chunk) => sse.push(chunk),
    finish() {
      sse.end();
      return folder.finish();
    },
  };
}

const ANTHROPIC_ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  409: 'invalid_request_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  503: 'overloaded_error',
  504: 'timeout_error',
};

export function anthropicErrorType(status: number): string {
  return ANTHROPIC_ERROR_TYPES[status] ?? 'api_error';
}

export function anthropicErrorEvent(error: GatewayErrorInfo): Uint8Array {
  return encodeSse(JSON.stringify({ type: 'error', error: { type: anthropicErrorType(error.status), message: error.message, code: error.code }, request_id: error.requestId }), 'error');
}

export const anthropicMessagesFormat: WireFormat = {
  id: 'anthropic-messages',
  readRequest(body): RequestView {
    const json = requireObjectBody(body);
    const collector = new PartCollector();
    readAnthropicMessages(json, collector);
    return {
      model: optionalString(json, 'model'),
      stream: streamFlag(json),
      maxOutputTokens: optionalNumber(json, 'max_tokens'),
      parts: collector.parts,
      tools: toolNames(json.tools, (t) => t.name),
    };
  },
  usageFromResponse(body) {
    if (!isObject(body)) return {};
    return { usage: anthropicUsage(body.usage, body.model), finishReason: typeof body.stop_reason === 'string' ? body.stop_reason : undefined };
  },
  createStreamReader: () => createMessagesStreamReader(),
  streamErrorEvent: anthropicErrorEvent,
  responseText: messageText,
  createTextReader: () => createMessagesTextReader(),
  editResponse: (body, hooks) => editAnthropicMessage(body, hooks),
  createStreamEditor: (_route, _contentType, hooks) => createMessagesStreamEditor(hooks),
};
