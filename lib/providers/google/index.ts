export { googleAdapter, resolveGemini } from './adapter';
export { geminiFormat, geminiFormatFor, geminiJsonArrayFormat } from './gemini';
export { isJsonValuePath } from './request';
export { geminiUsage } from './usage';
