import { AppError } from '@/lib/errors';

/** Path helpers shared by the Gemini API and Vertex AI adapters. */

/**
 * The rest of the path as decoded segments: routing decisions are made on what the upstream will
 * see after decoding, so `models/x%3AgenerateContent` cannot slip past the body reader. Refuses what
 * would change the upstream path once the URL is normalised: empty and dot segments (`..`, `%2e%2e`)
 * and encoded slashes.
 */
export function decodePath(rest: string): string[] {
  if (rest === '/' || rest === '') return [];
  const raw = rest.replace(/^\//, '').split('/');
  return raw.map((segment) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new AppError('validation', 'path: malformed percent-encoding', { field: 'path' });
    }
    if (decoded === '' || decoded === '.' || decoded === '..' || /[/\\?#]/.test(decoded)) {
      throw new AppError('validation', `path: "${segment.slice(0, 40)}" is not a valid path segment`, { field: 'path' });
    }
    return decoded;
  });
}

/** `model:method` → [model, method]; the method is after the last colon (model ids have none). */
export function splitMethod(segment: string): [string, string | undefined] {
  const colon = segment.lastIndexOf(':');
  return colon < 0 ? [segment, undefined] : [segment.slice(0, colon), segment.slice(colon + 1)];
}

export const withQuery = (path: string, query: string): string => (query ? `${path}?${query}` : path);
