/**
 * Public types of the mock upstream: a single HTTP/1.1 server that speaks the wire formats of every
 * provider the gateway proxies, so tests exercise the gateway end to end without a real provider.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceAccount } from './oauth';

export type ProviderGuess =
  | 'openai'
  | 'azure'
  | 'anthropic'
  | 'bedrock'
  | 'gemini'
  | 'vertex'
  | 'vertex-anthropic'
  | 'google-oauth'
  | 'admin'
  | 'unknown';

export interface RecordedRequest {
  method: string;
  /** Path as received (still percent-encoded), without the query string. */
  path: string;
  query: Record<string, string>;
  /** Header names are lower-case; repeated headers are joined with `, `. */
  headers: Record<string, string>;
  body: string;
  provider: ProviderGuess;
  /** `Date.now()` when the request body had been read. */
  time: number;
}

/**
 * What the mock does to the next requests. Each field is optional; several may be combined
 * (e.g. `delayMs` + `status`). A behaviour applies to `count` matching requests, or until reset.
 */
export interface Behavior {
  /** Wait this long before sending the response headers. */
  delayMs?: number;
  /** Wait this long between two events of a streamed response. */
  chunkDelayMs?: number;
  /** Answer with this status in the provider's own error shape (429, 500, 503, 400, 401...). */
  status?: number;
  /** Extra response headers, e.g. `{ 'retry-after': '1' }`. */
  headers?: Record<string, string>;
  /** Error message for `status` / `failMidStream` instead of the provider's usual text. */
  message?: string;
  /** Provider-specific error type, e.g. `overloaded_error`, `ThrottlingException`, `throttlingException`. */
  errorType?: string;
  /** Stream a few events, then the provider's in-stream error event (Bedrock: an exception frame). */
  failMidStream?: boolean;
  /** Destroy the socket before any response byte. */
  reset?: boolean;
  /** Stream a few events (or half a JSON body), then destroy the socket. */
  resetMidStream?: boolean;
  /** How many events `failMidStream` / `resetMidStream` let through first (default: 2). */
  afterEvents?: number;
  /** Accept the request and never answer. */
  hang?: boolean;
  /** Number of matching requests this behaviour applies to; omitted means until reset. */
  count?: number;
  /** Restrict the behaviour to one provider and/or paths containing a string. */
  match?: { provider?: ProviderGuess; path?: string };
}

export interface MockUpstreamOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Record every request (default true); the benchmark turns it off. */
  record?: boolean;
  /** When set, Bedrock SigV4 signatures are verified against these credentials. */
  aws?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** When set, the token endpoint verifies JWT assertions signed by this service account. */
  google?: { serviceAccount: ServiceAccount };
}

export interface MockUpstream {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Live array; `reset()` empties it in place. */
  requests: RecordedRequest[];
  /** Forget recorded requests, behaviours and the minted-token count (issued tokens stay valid). */
  reset(): void;
  /** Replace the active behaviour; an array is a queue (each entry for its `count`); null clears. */
  setBehavior(b: Behavior | Behavior[] | null): void;
  /** How many access tokens the OAuth endpoint has minted since start or reset. */
  tokensMinted(): number;
}

/** Everything a route handler needs about one request. */
export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  path: string;
  rawQuery: string;
  body: string;
  /** The body bytes exactly as received (SigV4 hashes these). */
  raw: Buffer;
  behavior: Behavior | undefined;
  state: MockState;
  /** Capture groups of the route pattern (model ids still percent-encoded). */
  params: string[];
}

export interface MockState {
  options: MockUpstreamOptions;
  /** Access tokens minted by the OAuth endpoint → expiry (ms since epoch). */
  tokens: Map<string, number>;
  minted: number;
}

export type Handler = (ctx: Ctx) => void | Promise<void>;

/** Builds a provider-shaped error body for a status. */
export type ErrorShape = (
  status: number,
  message?: string,
  errorType?: string,
) => { body: string; headers: Record<string, string> };
