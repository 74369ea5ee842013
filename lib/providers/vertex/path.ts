import { AppError } from '@/lib/errors';
import { decodePath, splitMethod } from '../google/path';

/**
 * Vertex AI model paths, in the shapes clients send once their base URL points at the gateway:
 *  - `/{location}/projects/{p}/locations/{l}/publishers/{pub}/models/{m}:{method}` — the Anthropic
 *    Vertex SDK with `baseURL: <app>/api/gateway/vertex/{location}` (its default base ends in `/v1`);
 *  - `/{location}/v1beta1/projects/…` or `/{location}/v1/projects/…` — @google/genai with
 *    `vertexai: true`, `project`, `location` and `httpOptions.baseUrl: <app>/api/gateway/vertex/{location}`
 *    (it appends its API version, `v1beta1` by default, then `projects/{p}/locations/{l}/…`);
 *  - the same without the leading location (`baseUrl: <app>/api/gateway/vertex`);
 *  - `/{location}/v1beta1/publishers/{pub}/models/{m}:{method}` — @google/genai with `vertexai: true`
 *    and only `apiKey` (the gateway key) and `baseUrl`: no project in the path. The project comes
 *    from the stored credential when the request is authorised (see `completeProjectPath`).
 * The host follows the location of the resource in the path; the leading one only fills in for
 * the project-less shape.
 */

export interface VertexPath {
  /** Location that picks the upstream host. */
  location: string;
  /** False for the project-less shape, which the stored credential completes. */
  hasProject: boolean;
  publisher: string;
  /** Decoded model id. */
  model: string;
  method: string;
  /** Upstream path, percent-encoding kept, without the query. */
  upstreamPath: string;
}

const LOCATION = /^[a-z]+-[a-z]+\d+$|^global$|^us$|^eu$/;
const VERSION = /^v1(beta1)?$/;
const METHODS: Record<string, ReadonlySet<string>> = {
  google: new Set(['generateContent', 'streamGenerateContent', 'countTokens', 'computeTokens', 'predict', 'embedContent']),
  anthropic: new Set(['rawPredict', 'streamRawPredict']),
};

function checkLocation(location: string): string {
  if (!LOCATION.test(location)) throw new AppError('validation', `location: "${location.slice(0, 40)}" is not a Vertex AI location`, { field: 'location' });
  return location;
}

const SHAPE =
  'Vertex AI paths are /api/gateway/vertex/{location}/projects/{project}/locations/{location}/publishers/{google|anthropic}/models/{model}:{method}';

export function parseVertexPath(rest: string): VertexPath {
  const segments = decodePath(rest);
  const raw = rest.replace(/^\//, '').split('/');
  let index = 0;
  let prefixLocation: string | undefined;
  if (segments[index] !== undefined && segments[index] !== 'projects' && !VERSION.test(segments[index])) {
    prefixLocation = checkLocation(segments[index++]);
  }
  const version = VERSION.test(segments[index] ?? '') ? segments[index++] : 'v1';
  const tail = segments.slice(index);
  const hasProject = tail.length === 8 && tail[0] === 'projects' && tail[2] === 'locations';
  const resource = hasProject ? tail.slice(4) : tail;
  if (resource.length !== 4 || resource[0] !== 'publishers' || resource[2] !== 'models') throw new AppError('not_found', SHAPE);
  const location = hasProject ? checkLocation(tail[3]) : prefixLocation;
  if (!location) throw new AppError('not_found', `${SHAPE} (without a project in the path, the base URL must end in /vertex/{location})`);
  const publisher = resource[1];
  const [model, method] = splitMethod(resource[3]);
  const allowed = METHODS[publisher];
  if (!allowed) throw new AppError('not_found', `publisher "${publisher.slice(0, 40)}" is not served; use google or anthropic`);
  if (!method || !allowed.has(method)) {
    throw new AppError('not_found', `method "${(method ?? '').slice(0, 40)}" is not served for ${publisher} models on Vertex AI`);
  }
  if (!model) throw new AppError('validation', 'model: missing in the path', { field: 'model' });
  return { location, hasProject, publisher, model, method, upstreamPath: `/${version}/${raw.slice(index).join('/')}` };
}

/** `https://{location}-aiplatform.googleapis.com`; the global and multi-region endpoints have their own hosts. */
export function vertexOrigin(location: string): string {
  if (location === 'global') return 'https://aiplatform.googleapis.com';
  if (location === 'us' || location === 'eu') return `https://aiplatform.${location}.rep.googleapis.com`;
  return `https://${location}-aiplatform.googleapis.com`;
}

/**
 * Inserts `projects/{project}/locations/{location}` into a project-less upstream path
 * (`/v1beta1/publishers/…` → `/v1beta1/projects/p/locations/l/publishers/…`); other paths are returned as they are.
 */
export function completeProjectPath(pathname: string, project: string, location: string): string {
  const match = /^\/(v1|v1beta1)\/publishers\//.exec(pathname);
  if (!match) return pathname;
  return `/${match[1]}/projects/${encodeURIComponent(project)}/locations/${encodeURIComponent(location)}${pathname.slice(match[1].length + 1)}`;
}
