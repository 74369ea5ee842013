/**
 * Google GenerateContent wire format, used by the Gemini API (/v1beta/models/...) and by Vertex AI
 * (publishers/google). Streams are SSE with `?alt=sse`, otherwise (Vertex) a JSON array written
 * element by element as the chunks are produced.
 */
import { nextId, planReply, splitDeltas, type ReplyPlan } from './content';
import { embed } from './openai';
import { JSON_TYPE, sendError, sendJson, sendStream } from './respond';
import type { Ctx, ErrorShape } from './types';

interface Part {
  text?: string;
  thought?: boolean;
  functionCall?: { name?: string; args?: unknown };
  functionResponse?: { name?: string; response?: unknown };
}

interface GenerateBody {
  contents?: Array<{ role?: string; parts?: Part[] }>;
  systemInstruction?: { parts?: Part[] };
  tools?: Array<{ functionDeclarations?: Array<{ name?: string }> }>;
  toolConfig?: { functionCallingConfig?: { mode?: string; allowedFunctionNames?: string[] } };
  generationConfig?: { maxOutputTokens?: number; thinkingConfig?: { thinkingBudget?: number; includeThoughts?: boolean } };
  generateContentRequest?: GenerateBody;
}

const STATUS: Record<number, [string, string]> = {
  400: ['INVALID_ARGUMENT', 'Request contains an invalid argument.'],
  401: ['UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.'],
  403: ['PERMISSION_DENIED', 'The caller does not have permission.'],
  404: ['NOT_FOUND', 'Requested entity was not found.'],
  429: ['RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).'],
  500: ['INTERNAL', 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting'],
  503: ['UNAVAILABLE', 'The model is overloaded. Please try again later.'],
  504: ['DEADLINE_EXCEEDED', 'The request timed out. Please try again.'],
};

export function googleErrorJson(code: number, message?: string, status?: string): string {
  const [s, text] = STATUS[code] ?? [code >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT', 'Error'];
  return JSON.stringify({ error: { code, message: message ?? text, status: status ?? s } });
}

export const googleError: ErrorShape = (status, message, errorType) => ({
  body: googleErrorJson(status, message, errorType),
  headers: {},
});

export function geminiAuthOk(ctx: Ctx): boolean {
  const key = (ctx.req.headers['x-goog-api-key'] as string | undefined) ?? new URLSearchParams(ctx.rawQuery).get('key') ?? undefined;
  if (key === undefined) {
    if (ctx.req.headers.authorization?.startsWith('Bearer ')) return true;
    sendError(ctx, googleError, 403, "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.");
    return false;
  }
  if (key.length > 0 && !key.includes('invalid')) return true;
  sendError(ctx, googleError, 400, 'API key not valid. Please pass a valid API key.');
  return false;
}

function plan(body: GenerateBody): ReplyPlan {
  let chars = 0;
  for (const p of body.systemInstruction?.parts ?? []) chars += p.text?.length ?? 0;
  let last = '';
  let toolResult: string | undefined;
  for (const c of body.contents ?? []) {
    toolResult = undefined;
    let text = '';
    for (const p of c.parts ?? []) {
      if (typeof p.text === 'string') text += p.text;
      if (p.functionResponse) {
        toolResult = JSON.stringify(p.functionResponse.response ?? null);
        chars += toolResult.length;
      }
    }
    chars += text.length;
    if (c.role !== 'model' && text) last = text;
  }
  const fc = body.toolConfig?.functionCallingConfig;
  const names: string[] = [];
  for (const t of body.tools ?? []) for (const f of t.functionDeclarations ?? []) if (f.name) names.push(f.name);
  const thinking = body.generationConfig?.thinkingConfig;
  return planReply({
    lastUserText: last,
    inputChars: chars,
    toolNames: names,
    forceTool: fc?.mode === 'ANY' ? (fc.allowedFunctionNames?.[0] ?? true) : undefined,
    toolResult,
    maxTokens: body.generationConfig?.maxOutputTokens,
    thinking: thinking !== undefined && thinking.thinkingBudget !== 0,
  });
}

function usage(p: ReplyPlan, final: boolean, vertex: boolean): Record<string, unknown> {
  const prompt = p.inputTokens + p.cacheRead;
  const details = [{ modality: 'TEXT', tokenCount: prompt }];
  // Only the last chunk of a stream knows the candidate count: earlier Gemini API chunks report the
  // prompt, earlier Vertex chunks only the traffic type.
  if (!final) {
    return vertex ? { trafficType: 'ON_DEMAND' } : { promptTokenCount: prompt, totalTokenCount: prompt, promptTokensDetails: details };
  }
  const candidates = p.outputTokens - p.thinkingTokens;
  const u: Record<string, unknown> = {
    promptTokenCount: prompt,
    candidatesTokenCount: candidates,
    totalTokenCount: prompt + p.outputTokens,
    promptTokensDetails: details,
  };
  if (p.cacheRead > 0) u.cachedContentTokenCount = p.cacheRead;
  if (p.thinkingTokens > 0) u.thoughtsTokenCount = p.thinkingTokens;
  if (vertex) u.trafficType = 'ON_DEMAND';
  return u;
}

function chunk(parts: Part[], p: ReplyPlan, final: boolean, meta: Record<string, unknown>, vertex: boolean): string {
  const candidate: Record<string, unknown> = { content: { parts, role: 'model' } };
  if (final) candidate.finishReason = p.stop === 'length' ? 'MAX_TOKENS' : 'STOP';
  candidate.index = 0;
  return JSON.stringify({ candidates: [candidate], usageMetadata: usage(p, final, vertex), ...meta });
}

type Mode = 'json' | 'sse' | 'array';

export function handleGenerate(ctx: Ctx, model: string, method: string, vertex: boolean): void | Promise<void> {
  let body: GenerateBody;
  try {
    body = JSON.parse(ctx.body || '{}') as GenerateBody;
  } catch {
    return sendError(ctx, googleError, 400, 'Invalid JSON payload received.');
  }
  if (method === 'countTokens') {
    const p = plan(body.generateContentRequest ?? body);
    const total = p.inputTokens;
    return sendJson(ctx, 200, JSON.stringify({ totalTokens: total, promptTokensDetails: [{ modality: 'TEXT', tokenCount: total }] }));
  }
  if (method === 'embedContent' || method === 'batchEmbedContents') return handleEmbed(ctx, model, method);
  if (method !== 'generateContent' && method !== 'streamGenerateContent') {
    return sendError(ctx, googleError, 404, `Method ${method} is not supported by this mock.`);
  }
  if (!Array.isArray(body.contents) || body.contents.length === 0) {
    return sendError(ctx, googleError, 400, '* GenerateContentRequest.contents: contents is not specified\n');
  }
  const p = plan(body);
  const meta: Record<string, unknown> = { modelVersion: model, responseId: nextId() };
  if (vertex) meta.createTime = new Date().toISOString();
  const thought: Part[] = p.thinking && body.generationConfig?.thinkingConfig?.includeThoughts ? [{ text: p.thinking, thought: true }] : [];
  const call: Part[] = p.tool ? [{ functionCall: { name: p.tool.name, args: JSON.parse(p.tool.args) as unknown } }] : [];
  const mode: Mode = method === 'generateContent' ? 'json' : new URLSearchParams(ctx.rawQuery).get('alt') === 'sse' ? 'sse' : 'array';
  if (mode === 'json') {
    const parts = [...thought, ...(p.tool ? call : [{ text: p.text }])];
    return sendJson(ctx, 200, chunk(parts, p, true, meta, vertex));
  }

  const bodies: string[] = [];
  if (thought.length > 0) bodies.push(chunk(thought, p, false, meta, vertex));
  if (p.tool) bodies.push(chunk(call, p, true, meta, vertex));
  else {
    const words = splitDeltas(p.text);
    const groups: string[] = [];
    for (let i = 0; i < words.length; i += 3) groups.push(words.slice(i, i + 3).join(''));
    groups.forEach((text, i) => bodies.push(chunk([{ text }], p, i === groups.length - 1, meta, vertex)));
  }
  const failure = googleErrorJson(ctx.behavior?.status ?? 500, ctx.behavior?.message, ctx.behavior?.errorType);
  if (mode === 'sse') {
    const headers = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' };
    return sendStream(ctx, headers, bodies.map((b) => 'data: ' + b + '\r\n\r\n'), () => 'data: ' + failure + '\r\n\r\n');
  }
  const events = bodies.map((b, i) => (i === 0 ? '[' : ',\r\n') + b);
  events.push(']');
  return sendStream(ctx, { 'content-type': JSON_TYPE + '; charset=UTF-8' }, events, () => ',\r\n' + failure + ']');
}

interface EmbedRequest {
  content?: { parts?: Part[] };
  outputDimensionality?: number;
}

function handleEmbed(ctx: Ctx, model: string, method: string): void {
  const body = JSON.parse(ctx.body || '{}') as EmbedRequest & { requests?: EmbedRequest[] };
  const dims = (r: EmbedRequest): number => r.outputDimensionality ?? (model.startsWith('gemini-embedding') ? 3072 : 768);
  const values = (r: EmbedRequest) => ({
    values: Array.from(embed((r.content?.parts ?? []).map((p) => p.text ?? '').join(''), dims(r))),
  });
  if (method === 'embedContent') return sendJson(ctx, 200, JSON.stringify({ embedding: values(body) }));
  sendJson(ctx, 200, JSON.stringify({ embeddings: (body.requests ?? []).map(values) }));
}

const MODELS: Array<[string, string, number, number]> = [
  ['gemini-2.5-pro', 'Gemini 2.5 Pro', 1048576, 65536],
  ['gemini-2.5-flash', 'Gemini 2.5 Flash', 1048576, 65536],
  ['gemini-2.0-flash', 'Gemini 2.0 Flash', 1048576, 8192],
  ['text-embedding-004', 'Text Embedding 004', 2048, 1],
];

function modelJson([id, displayName, inputTokenLimit, outputTokenLimit]: [string, string, number, number]) {
  return {
    name: 'models/' + id,
    version: '001',
    displayName,
    description: displayName,
    inputTokenLimit,
    outputTokenLimit,
    supportedGenerationMethods: id.includes('embedding') ? ['embedContent'] : ['generateContent', 'countTokens'],
  };
}

const MODEL_LIST = JSON.stringify({ models: MODELS.map(modelJson) });

export function handleGeminiModels(ctx: Ctx, id?: string): void {
  if (!geminiAuthOk(ctx)) return;
  if (id === undefined) return sendJson(ctx, 200, MODEL_LIST);
  const name = decodeURIComponent(id);
  const known = MODELS.find((m) => m[0] === name);
  if (!known) return sendError(ctx, googleError, 404, `models/${name} is not found for API version v1beta, or is not supported for generateContent.`);
  sendJson(ctx, 200, JSON.stringify(modelJson(known)));
}
