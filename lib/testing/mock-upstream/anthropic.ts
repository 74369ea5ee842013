/**
 * Anthropic Messages wire format. The same bodies and events are served natively (/v1/messages), on
 * Vertex (rawPredict / streamRawPredict) and, wrapped in event-stream frames, on Bedrock.
 */
import { countTokens, nextId, planReply, splitArgs, splitDeltas, textOf, type ReplyPlan } from './content';
import { parseBody } from './openai';
import { SSE_HEADERS, sendError, sendJson, sendStream } from './respond';
import type { Ctx, ErrorShape } from './types';

interface Block {
  type?: string;
  text?: string;
  content?: unknown;
}

export interface AnthropicBody {
  model?: string;
  anthropic_version?: string;
  messages?: Array<{ role?: string; content?: string | Block[] }>;
  system?: string | Block[];
  tools?: Array<{ name?: string; description?: string; input_schema?: unknown }>;
  tool_choice?: { type?: string; name?: string };
  max_tokens?: number;
  stream?: boolean;
  thinking?: { type?: string; budget_tokens?: number };
}

const ERRORS: Record<number, [string, string]> = {
  400: ['invalid_request_error', 'Invalid request.'],
  401: ['authentication_error', 'invalid x-api-key'],
  403: ['permission_error', 'Your API key does not have permission to use the specified resource.'],
  404: ['not_found_error', 'The requested resource could not be found.'],
  413: ['request_too_large', 'Request exceeds the maximum allowed number of bytes.'],
  429: ['rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit.'],
  500: ['api_error', 'Internal server error'],
  529: ['overloaded_error', 'Overloaded'],
};

export function anthropicErrorJson(status: number, message?: string, errorType?: string): string {
  const [type, text] = ERRORS[status] ?? [status >= 500 ? 'api_error' : 'invalid_request_error', 'Error'];
  return JSON.stringify({
    type: 'error',
    error: { type: errorType ?? type, message: message ?? text },
    request_id: 'req_' + nextId(),
  });
}

export const anthropicError: ErrorShape = (status, message, errorType) => ({
  body: anthropicErrorJson(status, message, errorType),
  headers: { 'request-id': 'req_' + nextId() },
});

export function anthropicAuthOk(ctx: Ctx): boolean {
  const key = ctx.req.headers['x-api-key'] ?? ctx.req.headers.authorization;
  if (typeof key === 'string' && key.length > 0 && !key.includes('invalid')) return true;
  sendError(ctx, anthropicError, 401);
  return false;
}

function inputChars(body: AnthropicBody): { chars: number; last: string; toolResult?: string } {
  let chars = textOf(body.system).length;
  let last = '';
  let toolResult: string | undefined;
  for (const m of body.messages ?? []) {
    toolResult = undefined;
    if (typeof m.content === 'string') {
      chars += m.content.length;
      if (m.role === 'user') last = m.content;
      continue;
    }
    let text = '';
    for (const b of m.content ?? []) {
      if (b.type === 'tool_result') {
        toolResult = typeof b.content === 'string' ? b.content : textOf(b.content);
        chars += toolResult.length;
      } else if (typeof b.text === 'string') text += b.text;
    }
    chars += text.length;
    if (m.role === 'user' && text) last = text;
  }
  return { chars, last, toolResult };
}

export function anthropicPlan(body: AnthropicBody): ReplyPlan {
  const { chars, last, toolResult } = inputChars(body);
  const tc = body.tool_choice;
  return planReply({
    lastUserText: last,
    inputChars: chars,
    toolNames: (body.tools ?? []).map((t) => t.name ?? '').filter(Boolean),
    forceTool: tc?.type === 'any' ? true : tc?.type === 'tool' && tc.name ? tc.name : undefined,
    toolResult,
    maxTokens: body.max_tokens,
    thinking: body.thinking?.type === 'enabled' || body.thinking?.type === 'adaptive',
  });
}

const STOP = { stop: 'end_turn', length: 'max_tokens', tool: 'tool_use' } as const;
const signature = (thinking: string): string => Buffer.from('mock-signature:' + thinking.length).toString('base64');

function usage(p: ReplyPlan, outputTokens: number) {
  return {
    input_tokens: p.inputTokens,
    cache_creation_input_tokens: p.cacheWrite,
    cache_read_input_tokens: p.cacheRead,
    cache_creation: { ephemeral_5m_input_tokens: p.cacheWrite, ephemeral_1h_input_tokens: 0 },
    output_tokens: outputTokens,
    service_tier: 'standard',
  };
}

function contentBlocks(p: ReplyPlan, toolId: string): Array<Record<string, unknown>> {
  const blocks: Array<Record<string, unknown>> = [];
  if (p.thinking) blocks.push({ type: 'thinking', thinking: p.thinking, signature: signature(p.thinking) });
  if (p.tool) blocks.push({ type: 'tool_use', id: toolId, name: p.tool.name, input: JSON.parse(p.tool.args) as unknown });
  else blocks.push({ type: 'text', text: p.text });
  return blocks;
}

export function anthropicMessage(p: ReplyPlan, model: string, idPrefix = 'msg_'): Record<string, unknown> {
  return {
    id: idPrefix + nextId(),
    type: 'message',
    role: 'assistant',
    model,
    content: contentBlocks(p, 'toolu_' + nextId()),
    stop_reason: STOP[p.stop],
    stop_sequence: null,
    usage: usage(p, p.outputTokens),
  };
}

/** The stream as [event type, data object] pairs in the documented order. */
export function anthropicEvents(p: ReplyPlan, model: string, idPrefix = 'msg_'): Array<[string, Record<string, unknown>]> {
  const out: Array<[string, Record<string, unknown>]> = [];
  const start = { ...anthropicMessage(p, model, idPrefix), content: [], stop_reason: null, usage: usage(p, 1) };
  out.push(['message_start', { type: 'message_start', message: start }]);
  let index = 0;
  const block = (contentBlock: Record<string, unknown>, deltas: Array<Record<string, unknown>>): void => {
    out.push(['content_block_start', { type: 'content_block_start', index, content_block: contentBlock }]);
    if (index === 0) out.push(['ping', { type: 'ping' }]);
    for (const delta of deltas) out.push(['content_block_delta', { type: 'content_block_delta', index, delta }]);
    out.push(['content_block_stop', { type: 'content_block_stop', index }]);
    index++;
  };
  if (p.thinking) {
    block({ type: 'thinking', thinking: '', signature: '' }, [
      ...splitDeltas(p.thinking).map((thinking) => ({ type: 'thinking_delta', thinking })),
      { type: 'signature_delta', signature: signature(p.thinking) },
    ]);
  }
  if (p.tool) {
    block({ type: 'tool_use', id: 'toolu_' + nextId(), name: p.tool.name, input: {} }, [
      { type: 'input_json_delta', partial_json: '' },
      ...splitArgs(p.tool.args).map((partial_json) => ({ type: 'input_json_delta', partial_json })),
    ]);
  } else {
    block(
      { type: 'text', text: '' },
      splitDeltas(p.text).map((text) => ({ type: 'text_delta', text })),
    );
  }
  out.push([
    'message_delta',
    { type: 'message_delta', delta: { stop_reason: STOP[p.stop], stop_sequence: null }, usage: { output_tokens: p.outputTokens } },
  ]);
  out.push(['message_stop', { type: 'message_stop' }]);
  return out;
}

export const sse = (type: string, data: unknown): string => 'event: ' + type + '\ndata: ' + JSON.stringify(data) + '\n\n';

/** Answers a parsed Messages body as JSON or SSE; shared by the native API and Vertex rawPredict. */
export function serveAnthropic(ctx: Ctx, body: AnthropicBody, model: string, shape: ErrorShape, stream: boolean): void | Promise<void> {
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return sendError(ctx, shape, 400, 'messages: Field required');
  }
  if (typeof body.max_tokens !== 'number') return sendError(ctx, shape, 400, 'max_tokens: Field required');
  const p = anthropicPlan(body);
  const headers = { 'request-id': 'req_' + nextId() };
  if (!stream) return sendJson(ctx, 200, JSON.stringify(anthropicMessage(p, model)), headers);
  const events = anthropicEvents(p, model).map(([type, data]) => sse(type, data));
  return sendStream(ctx, { ...SSE_HEADERS, ...headers }, events, () => {
    const b = ctx.behavior;
    return 'event: error\ndata: ' + anthropicErrorJson(529, b?.message, b?.errorType) + '\n\n';
  });
}

export function handleMessages(ctx: Ctx): void | Promise<void> {
  if (!anthropicAuthOk(ctx)) return;
  const body = parseBody<AnthropicBody>(ctx, anthropicError);
  if (!body) return;
  if (!body.model) return sendError(ctx, anthropicError, 400, 'model: Field required');
  return serveAnthropic(ctx, body, body.model, anthropicError, body.stream === true);
}

export function handleCountTokens(ctx: Ctx): void {
  if (!anthropicAuthOk(ctx)) return;
  const body = parseBody<AnthropicBody>(ctx, anthropicError);
  if (!body) return;
  const tools = body.tools ? JSON.stringify(body.tools).length : 0;
  const tokens = Math.max(1, countTokens(inputChars(body).chars + tools));
  sendJson(ctx, 200, JSON.stringify({ input_tokens: tokens }));
}

const MODELS = [
  ['claude-opus-4-1-20250805', 'Claude Opus 4.1', '2025-08-05T00:00:00Z'],
  ['claude-sonnet-4-5-20250929', 'Claude Sonnet 4.5', '2025-09-29T00:00:00Z'],
  ['claude-sonnet-4-20250514', 'Claude Sonnet 4', '2025-05-22T00:00:00Z'],
  ['claude-3-5-haiku-20241022', 'Claude Haiku 3.5', '2024-10-22T00:00:00Z'],
];
const MODEL_LIST = JSON.stringify({
  data: MODELS.map(([id, display_name, created_at]) => ({ type: 'model', id, display_name, created_at })),
  has_more: false,
  first_id: MODELS[0][0],
  last_id: MODELS[MODELS.length - 1][0],
});

export function handleAnthropicModels(ctx: Ctx): void {
  if (!anthropicAuthOk(ctx)) return;
  sendJson(ctx, 200, MODEL_LIST);
}
