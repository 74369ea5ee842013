import { AppError } from '@/lib/errors';
import type { ProviderId } from '@/lib/providers/catalog';
import type { UpstreamCredential } from '@/lib/providers/types';
import type { ChatMessage } from './schema';

/**
 * The unified request translated into a provider's native API call, addressed to the gateway's own
 * proxy routes, so it goes through exactly the same pipeline (auth, limits, guards, metering) as
 * an SDK call would.
 */
export interface NativeCall {
  /** Path after `/api/gateway` (percent-encoded), without the query. */
  path: string;
  query: string;
  body: Record<string, unknown>;
}

export interface CallOptions {
  stream: boolean;
  maxTokens?: number;
  temperature?: number;
}

const system = (messages: ChatMessage[]) => messages.filter((m) => m.role === 'system').map((m) => m.content);
const turns = (messages: ChatMessage[]) => messages.filter((m) => m.role !== 'system');

function openAiBody(model: string, messages: ChatMessage[], o: CallOptions): Record<string, unknown> {
  return { model, messages, stream: o.stream, ...(o.maxTokens ? { max_tokens: o.maxTokens } : {}), ...(o.temperature !== undefined ? { temperature: o.temperature } : {}) };
}

function anthropicBody(messages: ChatMessage[], o: CallOptions): Record<string, unknown> {
  const sys = system(messages);
  return {
    ...(sys.length ? { system: sys.join('\n\n') } : {}),
    messages: turns(messages).map((m) => ({ role: m.role, content: m.content })),
    max_tokens: o.maxTokens ?? 1024,
    ...(o.stream ? { stream: true } : {}),
    ...(o.temperature !== undefined ? { temperature: o.temperature } : {}),
  };
}

function geminiBody(messages: ChatMessage[], o: CallOptions): Record<string, unknown> {
  const sys = system(messages);
  const config: Record<string, unknown> = {};
  if (o.maxTokens) config.maxOutputTokens = o.maxTokens;
  if (o.temperature !== undefined) config.temperature = o.temperature;
  return {
    contents: turns(messages).map((m) => ({ role: m.role === 'assistant' ? 'model' : 'user', parts: [{ text: m.content }] })),
    ...(sys.length ? { systemInstruction: { parts: sys.map((text) => ({ text })) } } : {}),
    ...(Object.keys(config).length ? { generationConfig: config } : {}),
  };
}

function converseBody(messages: ChatMessage[], o: CallOptions): Record<string, unknown> {
  const sys = system(messages);
  const config: Record<string, unknown> = {};
  if (o.maxTokens) config.maxTokens = o.maxTokens;
  if (o.temperature !== undefined) config.temperature = o.temperature;
  return {
    messages: turns(messages).map((m) => ({ role: m.role, content: [{ text: m.content }] })),
    ...(sys.length ? { system: sys.map((text) => ({ text })) } : {}),
    ...(Object.keys(config).length ? { inferenceConfig: config } : {}),
  };
}

function meta(credential: UpstreamCredential | null, field: string): string | undefined {
  if (!credential || credential.mode !== 'stored') return undefined;
  return (credential as unknown as Record<string, string | undefined>)[field];
}

/** Builds the native call for `provider/model`; `credential` supplies Azure / Vertex / Bedrock coordinates. */
export function nativeCall(provider: ProviderId, model: string, messages: ChatMessage[], o: CallOptions, credential: UpstreamCredential | null): NativeCall {
  const m = encodeURIComponent(model);
  switch (provider) {
    case 'anthropic':
      return { path: '/anthropic/v1/messages', query: '', body: { model, ...anthropicBody(messages, o) } };
    case 'google':
      return o.stream
        ? { path: `/google/v1beta/models/${m}:streamGenerateContent`, query: 'alt=sse', body: geminiBody(messages, o) }
        : { path: `/google/v1beta/models/${m}:generateContent`, query: '', body: geminiBody(messages, o) };
    case 'vertex': {
      const project = meta(credential, 'project');
      const location = meta(credential, 'location') ?? 'us-central1';
      if (!project) throw new AppError('validation', 'model: the Vertex credential has no project', { field: 'model' });
      const base = `/vertex/${location}/projects/${encodeURIComponent(project)}/locations/${location}/publishers`;
      if (model.startsWith('claude')) {
        const body = { anthropic_version: 'vertex-2023-10-16', ...anthropicBody(messages, o) };
        return { path: `${base}/anthropic/models/${m}:${o.stream ? 'streamRawPredict' : 'rawPredict'}`, query: '', body };
      }
      return { path: `${base}/google/models/${m}:${o.stream ? 'streamGenerateContent' : 'generateContent'}`, query: o.stream ? 'alt=sse' : '', body: geminiBody(messages, o) };
    }
    case 'bedrock': {
      const region = meta(credential, 'region') ?? 'us-east-1';
      return { path: `/bedrock/${region}/model/${m}/${o.stream ? 'converse-stream' : 'converse'}`, query: '', body: converseBody(messages, o) };
    }
    case 'azure': {
      const resource = meta(credential, 'resource');
      if (!resource) throw new AppError('validation', 'model: no Azure credential with a resource is configured', { field: 'model' });
      return { path: `/azure/${resource}/openai/deployments/${m}/chat/completions`, query: `api-version=${meta(credential, 'apiVersion') ?? '2024-10-21'}`, body: openAiBody(model, messages, o) };
    }
    case 'custom': {
      // custom/<credential-name>/<model>
      const slash = model.indexOf('/');
      if (slash <= 0) throw new AppError('validation', 'model: custom models are addressed as custom/<credential-name>/<model>', { field: 'model' });
      return { path: `/custom/${encodeURIComponent(model.slice(0, slash))}/chat/completions`, query: '', body: openAiBody(model.slice(slash + 1), messages, o) };
    }
    default: {
      // OpenAI and every OpenAI-compatible host (their base URLs in the catalog end before /v1).
      return { path: `/${provider}/v1/chat/completions`, query: '', body: openAiBody(model, messages, o) };
    }
  }
}
