/**
 * OpenAI wire format shared by OpenAI, Azure OpenAI and the OpenAI-compatible hosts: error shape,
 * auth, embeddings and the model list. Chat completions and Responses live in their own modules.
 */
import { nextId, countTokens } from './content';
import { sendError, sendJson } from './respond';
import type { Ctx, ErrorShape } from './types';

const OPENAI_ERRORS: Record<number, [type: string, code: string | null, message: string]> = {
  400: ['invalid_request_error', null, 'Invalid request.'],
  401: ['invalid_request_error', 'invalid_api_key', 'Incorrect API key provided.'],
  403: ['invalid_request_error', 'unsupported_country_region_territory', 'Country, region, or territory not supported'],
  404: ['invalid_request_error', 'model_not_found', 'The model does not exist or you do not have access to it.'],
  429: ['requests', 'rate_limit_exceeded', 'Rate limit reached for requests. Please try again later.'],
  500: ['server_error', null, 'The server had an error while processing your request. Sorry about that!'],
  503: ['server_error', null, 'The engine is currently overloaded, please try again later.'],
};

export const openaiError: ErrorShape = (status, message, errorType) => {
  const [type, code, text] = OPENAI_ERRORS[status] ?? [
    status >= 500 ? 'server_error' : 'invalid_request_error',
    null,
    status >= 500 ? 'The server had an error while processing your request.' : 'Invalid request.',
  ];
  const body = {
    error: { message: message ?? text, type: errorType ?? type, param: null, code: errorType ?? code },
  };
  return { body: JSON.stringify(body), headers: { 'x-request-id': 'req_' + nextId() } };
};

/** Azure OpenAI reports auth and quota errors with a string `code` and no `type`. */
export const azureError: ErrorShape = (status, message, errorType) => {
  if (status === 401 || status === 429) {
    const text =
      status === 401
        ? 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.'
        : 'Requests to the ChatCompletions_Create Operation under Azure OpenAI API have exceeded call rate limit of your current AIServices S0 pricing tier. Please retry after 1 second.';
    const body = { error: { code: errorType ?? String(status), message: message ?? text } };
    return { body: JSON.stringify(body), headers: { 'apim-request-id': nextId() } };
  }
  return openaiError(status, message, errorType);
};

/**
 * OpenAI-compatible hosts (ollama, TGI...) may send no key at all, so only a key that says it is
 * invalid is refused; that still lets tests exercise the upstream-401 path.
 */
export function openaiAuthOk(ctx: Ctx): boolean {
  const auth = ctx.req.headers.authorization;
  if (auth !== undefined && auth.includes('invalid')) {
    sendError(ctx, openaiError, 401);
    return false;
  }
  return true;
}

export function azureAuthOk(ctx: Ctx): boolean {
  const key = ctx.req.headers['api-key'];
  const auth = ctx.req.headers.authorization;
  const ok = typeof key === 'string' ? key.length > 0 && !key.includes('invalid') : auth?.startsWith('Bearer ') === true;
  if (!ok) sendError(ctx, azureError, 401);
  return ok;
}

/** Parses the JSON body or answers 400 in the given shape. */
export function parseBody<T>(ctx: Ctx, shape: ErrorShape): T | undefined {
  try {
    const v = JSON.parse(ctx.body) as unknown;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as T;
  } catch {
    // answered below
  }
  sendError(ctx, shape, 400, 'We could not parse the JSON body of your request.');
  return undefined;
}

interface EmbeddingsBody {
  model?: string;
  input?: string | string[] | number[] | number[][];
  encoding_format?: 'float' | 'base64';
  dimensions?: number;
}

export function handleEmbeddings(ctx: Ctx, shape: ErrorShape, deployment?: string): void {
  const body = parseBody<EmbeddingsBody>(ctx, shape);
  if (!body) return;
  const model = body.model ?? deployment;
  if (body.input === undefined || !model) {
    sendError(ctx, shape, 400, body.input === undefined ? "'input' is a required property" : 'you must provide a model parameter');
    return;
  }
  const inputs: string[] = typeof body.input === 'string' ? [body.input] : [];
  if (Array.isArray(body.input)) {
    if (body.input.length > 0 && typeof body.input[0] === 'number') inputs.push((body.input as number[]).join(' '));
    else for (const x of body.input) inputs.push(Array.isArray(x) ? x.join(' ') : String(x));
  }
  const dims = body.dimensions ?? (model.includes('large') ? 3072 : 1536);
  let tokens = 0;
  const data = inputs.map((text, index) => {
    tokens += Math.max(1, countTokens(text.length));
    const v = embed(text, dims);
    const embedding = body.encoding_format === 'base64' ? Buffer.from(v.buffer).toString('base64') : Array.from(v);
    return { object: 'embedding', index, embedding };
  });
  const out = { object: 'list', data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
  sendJson(ctx, 200, JSON.stringify(out), { 'x-request-id': 'req_' + nextId() });
}

/** A unit vector derived from the text, so equal texts embed equally and different ones differ. */
export function embed(text: string, dims: number): Float32Array {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  const v = new Float32Array(dims);
  let norm = 0;
  for (let i = 0; i < dims; i++) {
    h = Math.imul(h ^ (h >>> 15), 2246822507) ^ i;
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    const x = ((h >>> 0) / 0xffffffff) * 2 - 1;
    v[i] = x;
    norm += x * x;
  }
  const s = 1 / Math.sqrt(norm || 1);
  for (let i = 0; i < dims; i++) v[i] *= s;
  // Float32Array is little-endian on every platform Node runs on, which is what base64 embeddings use.
  return v;
}

const CREATED = 1715367049;
export const OPENAI_MODELS = [
  'gpt-4o',
  'gpt-4o-mini',
  'gpt-4.1',
  'gpt-4.1-mini',
  'gpt-5',
  'gpt-5-mini',
  'o3-mini',
  'text-embedding-3-small',
  'text-embedding-3-large',
];
const MODEL_LIST = JSON.stringify({
  object: 'list',
  data: OPENAI_MODELS.map((id) => ({ id, object: 'model', created: CREATED, owned_by: 'system' })),
});

export function handleListModels(ctx: Ctx): void {
  sendJson(ctx, 200, MODEL_LIST);
}

/** Any id is a model except ones that say they are missing, so tests can reach the 404 path. */
export function handleGetModel(ctx: Ctx): void {
  const id = decodeURIComponent(ctx.params[0]);
  if (/nonexistent|not-found|missing/.test(id)) {
    sendError(ctx, openaiError, 404, `The model '${id}' does not exist`);
    return;
  }
  sendJson(ctx, 200, JSON.stringify({ id, object: 'model', created: CREATED, owned_by: 'system' }));
}
