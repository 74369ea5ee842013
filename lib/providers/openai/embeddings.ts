import { isObject, optionalString, PartCollector, requireObjectBody } from '../shared/view';
import type { RequestView, WireFormat } from '../types';
import { openAiErrorEvent } from './chat';

/** OpenAI Embeddings (`/v1/embeddings`): input text in, vectors and a prompt-token count out. */
export const openAiEmbeddingsFormat: WireFormat = {
  id: 'openai-embeddings',
  readRequest(body): RequestView {
    const json = requireObjectBody(body);
    const collector = new PartCollector();
    if (typeof json.input === 'string') collector.add('user', json.input, ['input']);
    else if (Array.isArray(json.input)) json.input.forEach((text, i) => collector.add('user', text, ['input', i]));
    return { model: optionalString(json, 'model'), stream: false, parts: collector.parts, tools: [] };
  },
  usageFromResponse(body) {
    if (!isObject(body) || !isObject(body.usage)) return {};
    const tokens = Number(body.usage.prompt_tokens ?? body.usage.total_tokens ?? 0);
    return { usage: { model: typeof body.model === 'string' ? body.model : undefined, inputTokens: tokens, outputTokens: 0, cachedTokens: 0, cacheWriteTokens: 0 } };
  },
  createStreamReader: () => ({ push() {}, finish: () => ({}) }),
  streamErrorEvent: openAiErrorEvent,
};
