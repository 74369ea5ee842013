import type { TextRole } from '@/lib/guards/types';
import { AppError } from '@/lib/errors';
import type { TextPart } from '../types';

/** Helpers shared by the wire formats' `readRequest`. */

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireObjectBody(body: unknown): Json {
  if (!isObject(body)) throw new AppError('validation', 'body: must be a JSON object', { field: 'body' });
  return body;
}

export function optionalString(body: Json, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new AppError('validation', `${field}: must be a string`, { field });
  return value;
}

export function optionalNumber(body: Json, field: string): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new AppError('validation', `${field}: must be a number`, { field });
  return value;
}

export function streamFlag(body: Json): boolean {
  const value = body.stream;
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw new AppError('validation', 'stream: must be a boolean', { field: 'stream' });
  return value;
}

/** Collects text parts with their JSON paths, so edits can be written back into the same JSON. */
export class PartCollector {
  readonly parts: TextPart[] = [];

  add(role: TextRole, text: unknown, path: (string | number)[], kind?: TextPart['kind']): void {
    if (typeof text === 'string' && text.length > 0) this.parts.push({ role, text, path, kind });
  }

  /** A JSON value (not a string) exposed as its serialisation; write-back parses the edit. */
  addJsonValue(role: TextRole, value: unknown, path: (string | number)[], kind: TextPart['kind']): void {
    if (value !== undefined && value !== null) this.parts.push({ role, text: JSON.stringify(value), path, kind, encoding: 'json' });
  }
}

/** Writes a value at a JSON path (used to apply guard edits such as masking to the native body). */
export function setAtPath(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) node = node[path[i]] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

/** Writes an edited part back into the native body, parsing it when the part is a JSON value. */
export function writePart(root: unknown, part: TextPart, text: string): void {
  setAtPath(root, part.path, part.encoding === 'json' ? JSON.parse(text) : text);
}

export function toolNames(list: unknown, pick: (tool: Json) => unknown): { name: string }[] {
  if (!Array.isArray(list)) return [];
  const names: { name: string }[] = [];
  for (const tool of list) {
    if (!isObject(tool)) continue;
    const name = pick(tool);
    if (typeof name === 'string') names.push({ name });
  }
  return names;
}
