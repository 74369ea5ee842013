import type { TextRole } from '@/lib/guards/types';
import { createSseReader, encodeSse, parseJson } from '../shared/sse';
import { isObject, optionalNumber, optionalString, PartCollector, requireObjectBody, streamFlag, toolNames } from '../shared/view';
import type { GatewayErrorInfo, RequestView, StreamReadResult, StreamUsageReader, Usage, WireFormat } from '../types';
import { editResponsesBody } from './edit-responses-items';
import { createResponsesStreamEditor } from './edit-responses-stream';

/** OpenAI Responses API (`/v1/responses`) with its typed stream events. */

const ROLES: Record<string, TextRole> = { system: 'system', developer: 'system', user: 'user', assistant: 'assistant' };

export function responsesUsage(usage: unknown, model?: unknown): Usage | undefined {
  if (!isObject(usage)) return undefined;
  const input = isObject(usage.input_tokens_details) ? usage.input_tokens_details : {};
  const output = isObject(usage.output_tokens_details) ? usage.output_tokens_details : {};
  return {
    model: typeof model === 'string' ? model : undefined,
    inputTokens: Number(usage.input_tokens ?? 0),
    outputTokens: Number(usage.output_tokens ?? 0),
    cachedTokens: Number(input.cached_tokens ?? 0),
    cacheWriteTokens: 0,
    reasoningTokens: output.reasoning_tokens === undefined ? undefined : Number(output.reasoning_tokens),
  };
}

function readInput(input: unknown, collector: PartCollector): void {
  if (typeof input === 'string') return collector.add('user', input, ['input']);
  if (!Array.isArray(input)) return;
  input.forEach((item, i) => {
    if (!isObject(item)) return;
    if (item.type === 'function_call_output') return collector.add('tool', item.output, ['input', i, 'output'], 'tool_result');
    if (item.type === 'function_call') return collector.add('assistant', item.arguments, ['input', i, 'arguments'], 'tool_arguments');
    const role = ROLES[String(item.role)] ?? 'user';
    if (typeof item.content === 'string') return collector.add(role, item.content, ['input', i, 'content']);
    if (Array.isArray(item.content)) {
      item.content.forEach((part, j) => {
        if (isObject(part) && typeof part.text === 'string') collector.add(role, part.text, ['input', i, 'content', j, 'text']);
      });
    }
  });
}

const FINAL_EVENTS = new Set(['response.completed', 'response.incomplete', 'response.failed', 'error']);

function createResponsesStreamReader(): StreamUsageReader {
  const result: StreamReadResult = {};
  const sse = createSseReader((event, data) => {
    const type = event ?? (/"type"\s*:\s*"([^"]+)"/.exec(data)?.[1] || '');
    if (!FINAL_EVENTS.has(type)) return;
    const payload = parseJson(data);
    if (!isObject(payload)) return;
    if (type === 'error') {
      result.error = { type: String(payload.code ?? 'error'), message: String(payload.message ?? '') };
      return;
    }
    const response = isObject(payload.response) ? payload.response : {};
    result.usage = responsesUsage(response.usage, response.model);
    result.finishReason = typeof response.status === 'string' ? response.status : undefined;
    if (type === 'response.failed' && isObject(response.error)) result.error = { type: String(response.error.code ?? 'failed'), message: String(response.error.message ?? '') };
  });
  return {
    push: (chunk) => sse.push(chunk),
    finish() {
      sse.end();
      return result;
    },
  };
}

export const openAiResponsesFormat: WireFormat = {
  id: 'openai-responses',
  readRequest(body): RequestView {
    const json = requireObjectBody(body);
    const collector = new PartCollector();
    collector.add('system', json.instructions, ['instructions']);
    readInput(json.input, collector);
    return {
      model: optionalString(json, 'model'),
      stream: streamFlag(json),
      maxOutputTokens: optionalNumber(json, 'max_output_tokens'),
      parts: collector.parts,
      tools: toolNames(json.tools, (t) => t.name ?? (isObject(t.function) ? t.function.name : undefined)),
    };
  },
  usageFromResponse(body) {
    if (!isObject(body)) return {};
    return { usage: responsesUsage(body.usage, body.model), finishReason: typeof body.status === 'string' ? body.status : undefined };
  },
  createStreamReader: () => createResponsesStreamReader(),
  editResponse: (body, hooks) => editResponsesBody(body, hooks),
  createStreamEditor: (_route, _contentType, hooks) => createResponsesStreamEditor(hooks),
  streamErrorEvent(error: GatewayErrorInfo) {
    return encodeSse(JSON.stringify({ type: 'error', code: error.code, message: error.message, param: null, sequence_number: 0, request_id: error.requestId }), 'error');
  },
};
