/**
 * POST /v1/chat/completions. Bodies are assembled from string pieces rather than JSON.stringify of an
 * object: this is the benchmark's request, and templating keeps the mock well out of the gateway's way.
 */
import { nextId, planReply, splitArgs, splitDeltas, textOf, type ReplyPlan } from './content';
import { openaiError, parseBody } from './openai';
import { SSE_HEADERS, sendError, sendJson, sendStream } from './respond';
import type { Ctx, ErrorShape } from './types';

interface ChatMessage {
  role?: string;
  content?: unknown;
}

interface ChatBody {
  model?: string;
  messages?: ChatMessage[];
  tools?: Array<{ type?: string; function?: { name?: string } }>;
  tool_choice?: unknown;
  stream?: boolean;
  stream_options?: { include_usage?: boolean } | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  reasoning_effort?: string | null;
}

export function chatPlan(body: ChatBody): ReplyPlan {
  const messages = body.messages ?? [];
  let inputChars = 0;
  let lastUserText = '';
  for (const m of messages) {
    const t = textOf(m.content);
    inputChars += t.length;
    if (m.role === 'user') lastUserText = t;
  }
  const last = messages[messages.length - 1];
  const toolNames: string[] = [];
  if (body.tools) for (const t of body.tools) if (t.function?.name) toolNames.push(t.function.name);
  const choice = body.tool_choice as { function?: { name?: string } } | string | undefined;
  const forceTool =
    choice === 'required' ? true : typeof choice === 'object' && choice?.function?.name ? choice.function.name : undefined;
  return planReply({
    lastUserText,
    inputChars,
    toolNames,
    forceTool,
    toolResult: last?.role === 'tool' ? textOf(last.content) : undefined,
    maxTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
    thinking: typeof body.reasoning_effort === 'string' && body.reasoning_effort !== 'none',
  });
}

const FINISH = { stop: 'stop', length: 'length', tool: 'tool_calls' } as const;

function usageJson(p: ReplyPlan): string {
  const prompt = p.inputTokens + p.cacheRead;
  return (
    '{"prompt_tokens":' + prompt +
    ',"completion_tokens":' + p.outputTokens +
    ',"total_tokens":' + (prompt + p.outputTokens) +
    ',"prompt_tokens_details":{"cached_tokens":' + p.cacheRead +
    ',"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":' + p.thinkingTokens +
    ',"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}'
  );
}

/** `deployment` is the Azure deployment from the path, used when the body names no model. */
export function handleChatCompletions(ctx: Ctx, shape: ErrorShape = openaiError, deployment?: string): void | Promise<void> {
  const body = parseBody<ChatBody>(ctx, shape);
  if (!body) return;
  const model = body.model ?? deployment;
  if (!model) return sendError(ctx, shape, 400, 'you must provide a model parameter');
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return sendError(ctx, shape, 400, "Invalid 'messages': empty array. Expected an array with minimum length 1.");
  }
  const plan = chatPlan(body);
  const id = 'chatcmpl-' + nextId();
  const created = Math.floor(Date.now() / 1000);
  const headers = { 'x-request-id': 'req_' + nextId(), 'openai-processing-ms': '1' };
  if (body.stream === true) {
    return streamChat(ctx, plan, id, created, model, body.stream_options?.include_usage === true, headers);
  }
  const callId = 'call_' + nextId();
  const message = plan.tool
    ? '{"role":"assistant","content":null,"tool_calls":[{"id":"' + callId +
      '","type":"function","function":{"name":' + JSON.stringify(plan.tool.name) +
      ',"arguments":' + JSON.stringify(plan.tool.args) + '}}],"refusal":null,"annotations":[]}'
    : '{"role":"assistant","content":' + JSON.stringify(plan.text) + ',"refusal":null,"annotations":[]}';
  const json =
    '{"id":"' + id + '","object":"chat.completion","created":' + created +
    ',"model":' + JSON.stringify(model) +
    ',"choices":[{"index":0,"message":' + message +
    ',"logprobs":null,"finish_reason":"' + FINISH[plan.stop] +
    '"}],"usage":' + usageJson(plan) +
    ',"service_tier":"default","system_fingerprint":"fp_mock"}';
  sendJson(ctx, 200, json, headers);
}

function streamChat(
  ctx: Ctx,
  plan: ReplyPlan,
  id: string,
  created: number,
  model: string,
  includeUsage: boolean,
  headers: Record<string, string>,
): Promise<void> {
  const head =
    'data: {"id":"' + id + '","object":"chat.completion.chunk","created":' + created +
    ',"model":' + JSON.stringify(model) + ',"service_tier":"default","system_fingerprint":"fp_mock","choices":[';
  // With include_usage, every chunk carries `"usage":null` and one extra chunk carries the totals.
  const tail = includeUsage ? '],"usage":null}\n\n' : ']}\n\n';
  const choice = (delta: string, finish: string | null = null): string =>
    head + '{"index":0,"delta":' + delta + ',"logprobs":null,"finish_reason":' + (finish ? '"' + finish + '"' : 'null') + '}' + tail;

  const events: string[] = [];
  if (plan.tool) {
    events.push(
      choice(
        '{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_' + nextId() +
          '","type":"function","function":{"name":' + JSON.stringify(plan.tool.name) +
          ',"arguments":""}}],"refusal":null}',
      ),
    );
    for (const frag of splitArgs(plan.tool.args)) {
      events.push(choice('{"tool_calls":[{"index":0,"function":{"arguments":' + JSON.stringify(frag) + '}}]}'));
    }
  } else {
    events.push(choice('{"role":"assistant","content":"","refusal":null}'));
    for (const piece of splitDeltas(plan.text)) events.push(choice('{"content":' + JSON.stringify(piece) + '}'));
  }
  events.push(choice('{}', FINISH[plan.stop]));
  if (includeUsage) events.push(head + '],"usage":' + usageJson(plan) + '}\n\n');
  events.push('data: [DONE]\n\n');

  return sendStream(ctx, { ...SSE_HEADERS, ...headers }, events, () => {
    const e = openaiError(500, ctx.behavior?.message, ctx.behavior?.errorType);
    return 'data: ' + e.body + '\n\n';
  });
}
