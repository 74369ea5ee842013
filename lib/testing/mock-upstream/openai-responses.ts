/**
 * POST /v1/responses: the `response` object, and its typed SSE events in the documented order, each
 * with `event:` and `data:` lines and a `sequence_number`.
 */
import { nextId, planReply, splitArgs, splitDeltas, textOf, type ReplyPlan } from './content';
import { openaiError, parseBody } from './openai';
import { SSE_HEADERS, sendError, sendJson, sendStream } from './respond';
import type { Ctx, ErrorShape } from './types';

interface InputItem {
  type?: string;
  role?: string;
  content?: unknown;
  output?: unknown;
}

interface ResponsesBody {
  model?: string;
  input?: string | InputItem[];
  instructions?: string | null;
  tools?: Array<{ type?: string; name?: string }>;
  tool_choice?: unknown;
  stream?: boolean;
  max_output_tokens?: number | null;
  reasoning?: { effort?: string | null } | null;
  temperature?: number | null;
  top_p?: number | null;
  metadata?: Record<string, string> | null;
  previous_response_id?: string | null;
}

function plan(body: ResponsesBody): ReplyPlan {
  let inputChars = body.instructions?.length ?? 0;
  let lastUserText = '';
  let toolResult: string | undefined;
  if (typeof body.input === 'string') {
    lastUserText = body.input;
    inputChars += body.input.length;
  } else if (Array.isArray(body.input)) {
    for (const item of body.input) {
      if (item.type === 'function_call_output') {
        toolResult = typeof item.output === 'string' ? item.output : textOf(item.output);
        inputChars += toolResult.length;
        continue;
      }
      toolResult = undefined;
      const t = textOf(item.content);
      inputChars += t.length;
      if (item.role === 'user') lastUserText = t;
    }
  }
  const toolNames = (body.tools ?? []).filter((t) => t.type === 'function' && t.name).map((t) => t.name as string);
  const choice = body.tool_choice as { name?: string } | string | undefined;
  return planReply({
    lastUserText,
    inputChars,
    toolNames,
    forceTool: choice === 'required' ? true : typeof choice === 'object' && choice?.name ? choice.name : undefined,
    toolResult,
    maxTokens: body.max_output_tokens ?? undefined,
    thinking: typeof body.reasoning?.effort === 'string',
  });
}

type Item = Record<string, unknown>;

function usage(p: ReplyPlan) {
  const input = p.inputTokens + p.cacheRead;
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: p.cacheRead },
    output_tokens: p.outputTokens,
    output_tokens_details: { reasoning_tokens: p.thinkingTokens },
    total_tokens: input + p.outputTokens,
  };
}

function responseObject(body: ResponsesBody, id: string, created: number, status: string, output: Item[], p: ReplyPlan | null) {
  return {
    id,
    object: 'response',
    created_at: created,
    status,
    background: false,
    error: null,
    incomplete_details: status === 'incomplete' ? { reason: 'max_output_tokens' } : null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    model: body.model,
    output,
    parallel_tool_calls: true,
    previous_response_id: body.previous_response_id ?? null,
    reasoning: { effort: body.reasoning?.effort ?? null, summary: null },
    service_tier: 'default',
    store: true,
    temperature: body.temperature ?? 1,
    text: { format: { type: 'text' } },
    tool_choice: body.tool_choice ?? 'auto',
    tools: body.tools ?? [],
    top_p: body.top_p ?? 1,
    truncation: 'disabled',
    usage: p ? usage(p) : null,
    user: null,
    metadata: body.metadata ?? {},
  };
}

export function handleResponses(ctx: Ctx, shape: ErrorShape = openaiError): void | Promise<void> {
  const body = parseBody<ResponsesBody>(ctx, shape);
  if (!body) return;
  if (!body.model) return sendError(ctx, shape, 400, "Missing required parameter: 'model'.");
  if (body.input === undefined) return sendError(ctx, shape, 400, "Missing required parameter: 'input'.");
  const p = plan(body);
  const id = 'resp_' + nextId();
  const created = Math.floor(Date.now() / 1000);
  const status = p.stop === 'length' ? 'incomplete' : 'completed';
  const itemId = (p.tool ? 'fc_' : 'msg_') + nextId();
  const callId = 'call_' + nextId();
  const part = { type: 'output_text', annotations: [], logprobs: [], text: p.text };
  const done: Item = p.tool
    ? { id: itemId, type: 'function_call', status: 'completed', arguments: p.tool.args, call_id: callId, name: p.tool.name }
    : { id: itemId, type: 'message', status: 'completed', content: [part], role: 'assistant' };
  const headers = { 'x-request-id': 'req_' + nextId() };
  if (body.stream !== true) {
    sendJson(ctx, 200, JSON.stringify(responseObject(body, id, created, status, [done], p)), headers);
    return;
  }

  let seq = 0;
  const events: string[] = [];
  const emit = (type: string, data: Record<string, unknown>): void => {
    events.push('event: ' + type + '\ndata: ' + JSON.stringify({ type, sequence_number: seq++, ...data }) + '\n\n');
  };
  const pending = responseObject(body, id, created, 'in_progress', [], null);
  emit('response.created', { response: pending });
  emit('response.in_progress', { response: pending });
  const at = { item_id: itemId, output_index: 0 };
  if (p.tool) {
    emit('response.output_item.added', {
      output_index: 0,
      item: { ...done, status: 'in_progress', arguments: '' },
    });
    for (const delta of splitArgs(p.tool.args)) emit('response.function_call_arguments.delta', { ...at, delta });
    emit('response.function_call_arguments.done', { ...at, name: p.tool.name, arguments: p.tool.args });
  } else {
    emit('response.output_item.added', {
      output_index: 0,
      item: { id: itemId, type: 'message', status: 'in_progress', content: [], role: 'assistant' },
    });
    const content = { ...at, content_index: 0 };
    emit('response.content_part.added', { ...content, part: { ...part, text: '' } });
    for (const delta of splitDeltas(p.text)) emit('response.output_text.delta', { ...content, delta, logprobs: [] });
    emit('response.output_text.done', { ...content, text: p.text, logprobs: [] });
    emit('response.content_part.done', { ...content, part });
  }
  emit('response.output_item.done', { output_index: 0, item: done });
  emit(status === 'incomplete' ? 'response.incomplete' : 'response.completed', {
    response: responseObject(body, id, created, status, [done], p),
  });

  return sendStream(ctx, { ...SSE_HEADERS, ...headers }, events, () => {
    const b = ctx.behavior;
    const data = {
      type: 'error',
      code: b?.errorType ?? 'server_error',
      message: b?.message ?? 'The server had an error while processing your request. Sorry about that!',
      param: null,
      sequence_number: Math.min(b?.afterEvents ?? 2, events.length),
    };
    return 'event: error\ndata: ' + JSON.stringify(data) + '\n\n';
  });
}
