export { resolveVertex, vertexAdapter } from './adapter';
export { vertexAnthropicFormat } from './anthropic';
export { invalidateVertexToken, vertexAccessToken } from './oauth';
export { parseVertexPath, vertexOrigin } from './path';
export { geminiFormat, geminiJsonArrayFormat } from '../google/gemini';
