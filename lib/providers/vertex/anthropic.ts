import { anthropicMessagesFormat } from '../anthropic/messages';
import type { WireFormat } from '../types';

/**
 * Claude on Vertex (`rawPredict` / `streamRawPredict`): Anthropic Messages bodies, except that the
 * model is named by the path (the body has none, only `anthropic_version: vertex-2023-10-16`) and
 * `streamRawPredict` streams whatever the body says.
 */
export const vertexAnthropicFormat: WireFormat = {
  ...anthropicMessagesFormat,
  readRequest(body, route) {
    const view = anthropicMessagesFormat.readRequest(body, route);
    return { ...view, model: route.pathModel ?? view.model, stream: view.stream || Boolean(route.pathStream) };
  },
};
