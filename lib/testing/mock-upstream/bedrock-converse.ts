/**
 * Bedrock Converse and ConverseStream: the model-neutral Bedrock API. Stream frames name the event
 * in `:event-type` and carry the event's JSON body as payload.
 */
import { bedrockAuthOk, bedrockError, parseBedrockBody, streamFrames } from './bedrock';
import { nextId, planReply, splitArgs, splitDeltas, type ReplyPlan } from './content';
import { eventFrame } from './eventstream';
import { sendError, sendJson } from './respond';
import type { Ctx } from './types';

interface ContentBlock {
  text?: string;
  toolResult?: { toolUseId?: string; content?: Array<{ text?: string; json?: unknown }> };
}

interface ConverseBody {
  messages?: Array<{ role?: string; content?: ContentBlock[] }>;
  system?: Array<{ text?: string }>;
  inferenceConfig?: { maxTokens?: number };
  toolConfig?: {
    tools?: Array<{ toolSpec?: { name?: string } }>;
    toolChoice?: { any?: object; auto?: object; tool?: { name?: string } };
  };
  additionalModelRequestFields?: { thinking?: { type?: string }; reasoning_config?: { type?: string } };
}

function plan(body: ConverseBody): ReplyPlan {
  let chars = 0;
  for (const s of body.system ?? []) chars += s.text?.length ?? 0;
  let last = '';
  let toolResult: string | undefined;
  for (const m of body.messages ?? []) {
    toolResult = undefined;
    let text = '';
    for (const c of m.content ?? []) {
      if (typeof c.text === 'string') text += c.text;
      if (c.toolResult) {
        toolResult = (c.toolResult.content ?? [])
          .map((x) => (typeof x.text === 'string' ? x.text : JSON.stringify(x.json ?? null)))
          .join('');
        chars += toolResult.length;
      }
    }
    chars += text.length;
    if (m.role === 'user' && text) last = text;
  }
  const tc = body.toolConfig?.toolChoice;
  const extra = body.additionalModelRequestFields;
  return planReply({
    lastUserText: last,
    inputChars: chars,
    toolNames: (body.toolConfig?.tools ?? []).map((t) => t.toolSpec?.name ?? '').filter(Boolean),
    forceTool: tc?.any ? true : tc?.tool?.name,
    toolResult,
    maxTokens: body.inferenceConfig?.maxTokens,
    thinking: extra?.thinking?.type === 'enabled' || extra?.reasoning_config?.type === 'enabled',
  });
}

const STOP = { stop: 'end_turn', length: 'max_tokens', tool: 'tool_use' } as const;
const signature = (s: string): string => Buffer.from('mock-signature:' + s.length).toString('base64');

function usage(p: ReplyPlan): Record<string, number> {
  const u: Record<string, number> = {
    inputTokens: p.inputTokens,
    outputTokens: p.outputTokens,
    totalTokens: p.inputTokens + p.outputTokens + p.cacheRead + p.cacheWrite,
  };
  // Bedrock only includes the cache counters when prompt caching took part.
  if (p.cacheRead > 0 || p.cacheWrite > 0) {
    u.cacheReadInputTokens = p.cacheRead;
    u.cacheWriteInputTokens = p.cacheWrite;
  }
  return u;
}

export async function handleConverse(ctx: Ctx, stream: boolean): Promise<void> {
  if (!(await bedrockAuthOk(ctx))) return;
  const body = parseBedrockBody<ConverseBody>(ctx);
  if (!body) return;
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return sendError(ctx, bedrockError, 400, 'A conversation must start with a user message. Try again with a conversation that starts with a user message.');
  }
  const p = plan(body);
  const toolUseId = 'tooluse_' + nextId();
  if (!stream) {
    const content: Array<Record<string, unknown>> = [];
    if (p.thinking) content.push({ reasoningContent: { reasoningText: { text: p.thinking, signature: signature(p.thinking) } } });
    if (p.tool) content.push({ toolUse: { toolUseId, name: p.tool.name, input: JSON.parse(p.tool.args) as unknown } });
    else content.push({ text: p.text });
    const out = {
      output: { message: { role: 'assistant', content } },
      stopReason: STOP[p.stop],
      usage: usage(p),
      metrics: { latencyMs: 12 },
    };
    return sendJson(ctx, 200, JSON.stringify(out), { 'x-amzn-requestid': nextId() });
  }

  const frames: Uint8Array[] = [];
  const ev = (type: string, data: unknown): void => {
    frames.push(eventFrame(type, JSON.stringify(data)));
  };
  ev('messageStart', { role: 'assistant' });
  let index = 0;
  if (p.thinking) {
    for (const text of splitDeltas(p.thinking)) ev('contentBlockDelta', { contentBlockIndex: index, delta: { reasoningContent: { text } } });
    ev('contentBlockDelta', { contentBlockIndex: index, delta: { reasoningContent: { signature: signature(p.thinking) } } });
    ev('contentBlockStop', { contentBlockIndex: index++ });
  }
  if (p.tool) {
    ev('contentBlockStart', { contentBlockIndex: index, start: { toolUse: { toolUseId, name: p.tool.name } } });
    for (const input of splitArgs(p.tool.args)) ev('contentBlockDelta', { contentBlockIndex: index, delta: { toolUse: { input } } });
  } else {
    // Text blocks have no contentBlockStart on Bedrock: the first delta opens them.
    for (const text of splitDeltas(p.text)) ev('contentBlockDelta', { contentBlockIndex: index, delta: { text } });
  }
  ev('contentBlockStop', { contentBlockIndex: index });
  ev('messageStop', { stopReason: STOP[p.stop] });
  ev('metadata', { usage: usage(p), metrics: { latencyMs: 12 } });
  return streamFrames(ctx, frames);
}
