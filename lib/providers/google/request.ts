import type { TextRole } from '@/lib/guards/types';
import { AppError } from '@/lib/errors';
import { isObject, PartCollector, requireObjectBody, type Json } from '../shared/view';
import type { RequestView, ResolvedRoute } from '../types';

/**
 * The request side of Google's GenerateContent (Gemini API and Vertex AI `publishers/google`).
 *
 * Google's REST front end parses proto3 JSON, which accepts both `lowerCamelCase` and the original
 * `snake_case` field names (Google's own curl samples send `system_instruction`). Both spellings are
 * read, or a guard could be bypassed by spelling a field the other way; paths keep the spelling the
 * client used so write-back edits the field that is actually sent.
 */

/** The key under which `object` holds a field, in whichever spelling the client used. */
function keyOf(object: Json, camel: string, snake: string): string | undefined {
  if (object[camel] !== undefined) return camel;
  if (object[snake] !== undefined) return snake;
  return undefined;
}

function roleOf(role: unknown): TextRole {
  if (role === 'model') return 'assistant';
  // Older clients put function results in a `function` turn.
  if (role === 'function' || role === 'tool') return 'tool';
  return 'user';
}

/**
 * Tool arguments (`functionCall.args`) and tool results (`functionResponse.response`) are JSON
 * objects in Gemini, not strings: their parts carry the JSON text, and the path points at the
 * object. A writer must store `JSON.parse(editedText)` there, never the string itself.
 */
export function isJsonValuePath(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  return last === 'args' || last === 'response';
}

function addJson(collector: PartCollector, role: TextRole, value: unknown, path: (string | number)[], kind: 'tool_arguments' | 'tool_result'): void {
  collector.addJsonValue(role, value, path, kind);
}

function readParts(parts: unknown, role: TextRole, base: (string | number)[], collector: PartCollector): void {
  if (parts === undefined) return;
  if (!Array.isArray(parts)) throw new AppError('validation', `${base.join('.')}: must be an array`, { field: base.join('.') });
  parts.forEach((part, j) => {
    if (!isObject(part)) return;
    const path = [...base, j];
    if (part.text !== undefined) collector.add(role, part.text, [...path, 'text'], role === 'tool' ? 'tool_result' : 'text');
    const callKey = keyOf(part, 'functionCall', 'function_call');
    if (callKey && isObject(part[callKey])) addJson(collector, 'assistant', part[callKey].args, [...path, callKey, 'args'], 'tool_arguments');
    const responseKey = keyOf(part, 'functionResponse', 'function_response');
    if (responseKey && isObject(part[responseKey])) addJson(collector, 'tool', part[responseKey].response, [...path, responseKey, 'response'], 'tool_result');
  });
}

function readContents(json: Json, collector: PartCollector): void {
  const contents = json.contents;
  if (contents === undefined) return;
  if (!Array.isArray(contents)) throw new AppError('validation', 'contents: must be an array', { field: 'contents' });
  contents.forEach((content, i) => {
    if (!isObject(content)) throw new AppError('validation', `contents.${i}: must be an object`, { field: `contents.${i}` });
    readParts(content.parts, roleOf(content.role), ['contents', i, 'parts'], collector);
  });
}

function readSystem(json: Json, collector: PartCollector): void {
  const key = keyOf(json, 'systemInstruction', 'system_instruction');
  if (!key) return;
  const system = json[key];
  if (typeof system === 'string') return collector.add('system', system, [key]);
  if (isObject(system)) readParts(system.parts, 'system', [key, 'parts'], collector);
}

function maxOutputTokens(json: Json): number | undefined {
  const configKey = keyOf(json, 'generationConfig', 'generation_config');
  const config = configKey ? json[configKey] : undefined;
  if (!isObject(config)) return undefined;
  const key = keyOf(config, 'maxOutputTokens', 'max_output_tokens');
  if (!key) return undefined;
  const value = config[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new AppError('validation', `${configKey}.${key}: must be a number`, { field: `${configKey}.${key}` });
  }
  return value;
}

function toolNames(json: Json): { name: string }[] {
  const names: { name: string }[] = [];
  if (!Array.isArray(json.tools)) return names;
  for (const tool of json.tools) {
    if (!isObject(tool)) continue;
    const key = keyOf(tool, 'functionDeclarations', 'function_declarations');
    const declarations = key ? tool[key] : undefined;
    if (!Array.isArray(declarations)) continue;
    for (const d of declarations) if (isObject(d) && typeof d.name === 'string') names.push({ name: d.name });
  }
  return names;
}

export function readGeminiRequest(body: unknown, route: ResolvedRoute): RequestView {
  const json = requireObjectBody(body);
  const collector = new PartCollector();
  readSystem(json, collector);
  readContents(json, collector);
  return {
    model: route.pathModel,
    // The method in the path decides; the body has no stream flag.
    stream: Boolean(route.pathStream),
    maxOutputTokens: maxOutputTokens(json),
    parts: collector.parts,
    tools: toolNames(json),
  };
}
