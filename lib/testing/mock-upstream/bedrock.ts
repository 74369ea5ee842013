/**
 * AWS Bedrock runtime: InvokeModel (Anthropic-on-Bedrock and a couple of native bodies),
 * InvokeModelWithResponseStream (Anthropic events wrapped as base64 `bytes` in event-stream chunk
 * frames), plus auth and the error shape shared with Converse (bedrock-converse.ts).
 */
import { anthropicEvents, anthropicMessage, anthropicPlan, type AnthropicBody } from './anthropic';
import { countTokens, nextId } from './content';
import { eventFrame, exceptionFrame } from './eventstream';
import { embed } from './openai';
import { sendError, sendJson, sendStream } from './respond';
import { verifySigV4 } from './sigv4';
import type { Ctx, ErrorShape } from './types';

const ERRORS: Record<number, [string, string]> = {
  400: ['ValidationException', 'Malformed input request, please reformat your input and try again.'],
  403: ['AccessDeniedException', "You don't have access to the model with the specified model ID."],
  404: ['ResourceNotFoundException', 'The requested resource could not be found.'],
  408: ['ModelTimeoutException', 'Model has timed out in processing the request.'],
  424: ['ModelErrorException', 'The model returned an error.'],
  429: ['ThrottlingException', 'Too many requests, please wait before trying again.'],
  500: ['InternalServerException', 'The server encountered an internal error.'],
  503: ['ServiceUnavailableException', 'The service is currently unavailable. Please try again later.'],
};

export const bedrockError: ErrorShape = (status, message, errorType) => {
  const [type, text] = ERRORS[status] ?? [status >= 500 ? 'InternalServerException' : 'ValidationException', 'Error'];
  return {
    body: JSON.stringify({ message: message ?? text }),
    headers: { 'x-amzn-errortype': errorType ?? type, 'x-amzn-requestid': nextId() },
  };
};

/** Stream exception names are the lower-camel union members of the SDK's stream output. */
export function exceptionFor(ctx: Ctx): Uint8Array {
  const b = ctx.behavior;
  const type = b?.errorType ?? (b?.status === 429 ? 'throttlingException' : b?.status === 503 ? 'serviceUnavailableException' : 'internalServerException');
  const message = b?.message ?? (type === 'throttlingException' ? ERRORS[429][1] : ERRORS[500][1]);
  return exceptionFrame(type, JSON.stringify({ message }));
}

/** Bearer API keys pass; SigV4 is verified when the mock holds AWS test credentials. */
export async function bedrockAuthOk(ctx: Ctx): Promise<boolean> {
  const auth = ctx.req.headers.authorization;
  if (auth === undefined || auth === '') {
    sendError(ctx, bedrockError, 403, 'Missing Authentication Token', 'MissingAuthenticationTokenException');
    return false;
  }
  if (auth.startsWith('Bearer ')) {
    if (!auth.includes('invalid')) return true;
    sendError(ctx, bedrockError, 403, 'The security token included in the request is invalid.', 'UnrecognizedClientException');
    return false;
  }
  if (!auth.startsWith('AWS4-HMAC-SHA256 ')) {
    sendError(ctx, bedrockError, 403, 'Authorization header requires a valid signature.', 'IncompleteSignatureException');
    return false;
  }
  const creds = ctx.state.options.aws;
  if (!creds) return true;
  const result = await verifySigV4(creds, { method: ctx.method, path: ctx.path, rawQuery: ctx.rawQuery, headers: ctx.req.headers, body: ctx.raw });
  if (result.ok) return true;
  sendError(ctx, bedrockError, result.status, result.message, result.type);
  return false;
}

export function parseBedrockBody<T>(ctx: Ctx): T | undefined {
  try {
    const v = JSON.parse(ctx.body) as unknown;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as T;
  } catch {
    // answered below
  }
  sendError(ctx, bedrockError, 400);
  return undefined;
}

/** `anthropic.claude-3-5-sonnet-20240620-v1:0` (or `us.` profile ids) → `claude-3-5-sonnet-20240620`. */
function anthropicModelName(modelId: string): string {
  return modelId.replace(/^(?:[a-z]{2}\.)?anthropic\./, '').replace(/-v\d+(?::\d+)?$/, '');
}

interface InvokeBody extends AnthropicBody {
  prompt?: string;
  inputText?: string;
  max_gen_len?: number;
}

function invokeHeaders(input: number, output: number): Record<string, string> {
  return {
    'x-amzn-requestid': nextId(),
    'x-amzn-bedrock-invocation-latency': '12',
    'x-amzn-bedrock-input-token-count': String(input),
    'x-amzn-bedrock-output-token-count': String(output),
  };
}

export async function handleInvoke(ctx: Ctx, stream: boolean): Promise<void> {
  if (!(await bedrockAuthOk(ctx))) return;
  const modelId = decodeURIComponent(ctx.params[0]);
  const body = parseBedrockBody<InvokeBody>(ctx);
  if (!body) return;
  if (body.anthropic_version !== undefined || body.messages !== undefined) {
    if (body.anthropic_version === undefined) return sendError(ctx, bedrockError, 400, 'Malformed input request: #: required key [anthropic_version] not found, please reformat your input and try again.');
    if (!Array.isArray(body.messages) || typeof body.max_tokens !== 'number') return sendError(ctx, bedrockError, 400);
    const p = anthropicPlan(body);
    const model = anthropicModelName(modelId);
    if (!stream) {
      const json = JSON.stringify(anthropicMessage(p, model, 'msg_bdrk_'));
      return sendJson(ctx, 200, json, invokeHeaders(p.inputTokens, p.outputTokens));
    }
    const events = anthropicEvents(p, model, 'msg_bdrk_').filter(([type]) => type !== 'ping');
    const last = events[events.length - 1][1];
    last['amazon-bedrock-invocationMetrics'] = {
      inputTokenCount: p.inputTokens,
      outputTokenCount: p.outputTokens,
      invocationLatency: 12,
      firstByteLatency: 5,
    };
    const frames = events.map(([, data]) =>
      eventFrame('chunk', JSON.stringify({ bytes: Buffer.from(JSON.stringify(data)).toString('base64') })),
    );
    return streamFrames(ctx, frames);
  }
  if (stream) return sendError(ctx, bedrockError, 400, 'The model does not support streaming in this mock.');
  if (typeof body.inputText === 'string' && modelId.includes('embed')) {
    const tokens = Math.max(1, countTokens(body.inputText.length));
    const embedding = Array.from(embed(body.inputText, 1024));
    return sendJson(ctx, 200, JSON.stringify({ embedding, inputTextTokenCount: tokens }), invokeHeaders(tokens, 0));
  }
  if (typeof body.prompt === 'string') {
    const generation = 'You said: ' + body.prompt;
    const pt = Math.max(1, countTokens(body.prompt.length));
    const gt = countTokens(generation.length);
    const json = JSON.stringify({ generation, prompt_token_count: pt, generation_token_count: gt, stop_reason: 'stop' });
    return sendJson(ctx, 200, json, invokeHeaders(pt, gt));
  }
  sendError(ctx, bedrockError, 400);
}

export function streamFrames(ctx: Ctx, frames: Uint8Array[]): Promise<void> {
  const headers = {
    'content-type': 'application/vnd.amazon.eventstream',
    'x-amzn-bedrock-content-type': 'application/json',
    'x-amzn-requestid': nextId(),
  };
  return sendStream(ctx, headers, frames, () => exceptionFor(ctx));
}
