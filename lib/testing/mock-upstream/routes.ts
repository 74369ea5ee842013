/**
 * Which provider a request is for, by path and headers. Matching is on path suffixes so a base URL
 * with any prefix (`/compat/v1`, `/api/v1`, `/openai/v1`) reaches the same handlers.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { anthropicError, handleAnthropicModels, handleCountTokens, handleMessages } from './anthropic';
import { bedrockError, handleInvoke } from './bedrock';
import { handleConverse } from './bedrock-converse';
import { geminiAuthOk, googleError, handleGenerate, handleGeminiModels } from './google';
import { handleToken } from './oauth';
import {
  azureAuthOk,
  azureError,
  handleEmbeddings,
  handleGetModel,
  handleListModels,
  openaiAuthOk,
  openaiError,
} from './openai';
import { handleChatCompletions } from './openai-chat';
import { handleResponses } from './openai-responses';
import { sendError } from './respond';
import type { Ctx, ErrorShape, Handler, ProviderGuess } from './types';
import { handleVertex, vertexAnthropicError } from './vertex';

export interface RouteMatch {
  provider: ProviderGuess;
  handler: Handler;
  shape: ErrorShape;
  params: string[];
}

const BEDROCK_RE = /\/model\/([^/]+)\/(invoke|invoke-with-response-stream|converse|converse-stream)$/;
const VERTEX_RE = /\/v1(?:beta1)?\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/(google|anthropic)\/models\/([^/:]+):([A-Za-z]+)$/;
const GEMINI_RE = /\/(?:v1beta|v1|v1alpha)\/models\/([^/:]+):([A-Za-z]+)$/;
const GEMINI_MODEL_RE = /\/(?:v1beta|v1alpha)\/models\/([^/:]+)$/;
const AZURE_DEPLOYMENT_RE = /\/openai\/deployments\/([^/]+)\//;
const MODEL_RE = /\/models\/([^/]+)$/;

const openai = (handler: Handler, params: string[] = []): RouteMatch => ({ provider: 'openai', handler, shape: openaiError, params });

function azure(path: string, rawQuery: string, op: (ctx: Ctx, deployment?: string) => void | Promise<void>): RouteMatch {
  const deployment = AZURE_DEPLOYMENT_RE.exec(path)?.[1];
  return {
    provider: 'azure',
    shape: azureError,
    params: deployment ? [deployment] : [],
    handler: (ctx) => {
      if (!azureAuthOk(ctx)) return;
      // Deployment routes exist only per API version; without one Azure answers 404.
      if (deployment && !/(?:^|&)api-version=/.test(rawQuery)) return sendError(ctx, azureError, 404, 'Resource not found');
      return op(ctx, deployment && decodeURIComponent(deployment));
    },
  };
}

const isAzure = (path: string, h: IncomingHttpHeaders): boolean =>
  path.includes('/openai/deployments/') || (path.startsWith('/openai/') && h['api-key'] !== undefined);

const withOpenAIAuth = (op: (ctx: Ctx) => void | Promise<void>): Handler => (ctx) => {
  if (openaiAuthOk(ctx)) return op(ctx);
};

const chat = withOpenAIAuth((ctx) => handleChatCompletions(ctx));
const responses = withOpenAIAuth((ctx) => handleResponses(ctx));
const embeddings = withOpenAIAuth((ctx) => handleEmbeddings(ctx, openaiError));
const listModels = withOpenAIAuth(handleListModels);
const getModel = withOpenAIAuth(handleGetModel);

const CHAT = openai(chat);
const RESPONSES = openai(responses);
const EMBEDDINGS = openai(embeddings);
const LIST_MODELS = openai(listModels);
const MESSAGES: RouteMatch = { provider: 'anthropic', handler: handleMessages, shape: anthropicError, params: [] };
const COUNT_TOKENS: RouteMatch = { provider: 'anthropic', handler: handleCountTokens, shape: anthropicError, params: [] };
const ANTHROPIC_MODELS: RouteMatch = { provider: 'anthropic', handler: handleAnthropicModels, shape: anthropicError, params: [] };
const TOKEN: RouteMatch = { provider: 'google-oauth', handler: handleToken, shape: googleError, params: [] };
const GEMINI_MODELS: RouteMatch = { provider: 'gemini', handler: (ctx) => handleGeminiModels(ctx), shape: googleError, params: [] };

export function route(method: string, path: string, rawQuery: string, h: IncomingHttpHeaders): RouteMatch | undefined {
  if (method === 'POST') {
    if (path.endsWith('/chat/completions')) {
      if (isAzure(path, h)) return azure(path, rawQuery, (ctx, d) => handleChatCompletions(ctx, azureError, d));
      return CHAT;
    }
    if (path.endsWith('/v1/messages')) return MESSAGES;
    if (path.endsWith('/v1/messages/count_tokens')) return COUNT_TOKENS;
    if (path.endsWith('/responses')) {
      if (isAzure(path, h)) return azure(path, rawQuery, (ctx) => handleResponses(ctx, azureError));
      return RESPONSES;
    }
    if (path.endsWith('/embeddings')) {
      if (isAzure(path, h)) return azure(path, rawQuery, (ctx, d) => handleEmbeddings(ctx, azureError, d));
      return EMBEDDINGS;
    }
    let m = BEDROCK_RE.exec(path);
    if (m) {
      const action = m[2];
      const handler: Handler =
        action === 'converse' || action === 'converse-stream'
          ? (ctx) => handleConverse(ctx, action === 'converse-stream')
          : (ctx) => handleInvoke(ctx, action === 'invoke-with-response-stream');
      return { provider: 'bedrock', handler, shape: bedrockError, params: [m[1]] };
    }
    m = VERTEX_RE.exec(path);
    if (m) {
      const anthropic = m[3] === 'anthropic';
      return {
        provider: anthropic ? 'vertex-anthropic' : 'vertex',
        handler: handleVertex,
        shape: anthropic ? vertexAnthropicError : googleError,
        params: m.slice(1),
      };
    }
    m = GEMINI_RE.exec(path);
    if (m) {
      const [, model, op] = m;
      const handler: Handler = (ctx) => {
        if (geminiAuthOk(ctx)) return handleGenerate(ctx, decodeURIComponent(model), op, false);
      };
      return { provider: 'gemini', handler, shape: googleError, params: [model, op] };
    }
    if (path.endsWith('/token')) return TOKEN;
    return undefined;
  }
  if (method === 'GET') {
    if (path.endsWith('/models')) {
      if (h['anthropic-version'] !== undefined) return ANTHROPIC_MODELS;
      if (path.endsWith('/v1beta/models') || h['x-goog-api-key'] !== undefined || /(?:^|&)key=/.test(rawQuery)) {
        return GEMINI_MODELS;
      }
      return LIST_MODELS;
    }
    let m = GEMINI_MODEL_RE.exec(path);
    if (m) {
      const id = m[1];
      return { provider: 'gemini', handler: (ctx) => handleGeminiModels(ctx, id), shape: googleError, params: [id] };
    }
    m = MODEL_RE.exec(path);
    if (m) return openai(getModel, [m[1]]);
  }
  return undefined;
}
