import type { ApiKey } from '@/db/schema';
import type { OrgId } from '@/db/tenant';
import type { ViolationDraft } from '@/lib/guards/drafts';
import type { ProviderId } from '@/lib/providers/catalog';
import type { GuardState } from './guard-state';
import type { HeaderMap, KeyLocation, ProviderAdapter, RequestView, ResolvedRoute, StreamReadResult, StreamTransform, UpstreamCredential } from '@/lib/providers/types';

/**
 * The pipeline is transport-neutral: two thin adapters (the production server's Node handler and
 * the App Router route handler) turn their native objects into a `GatewayRequest` and write the
 * `GatewayResponse` back.
 */
export interface GatewayRequest {
  method: string;
  /** Path after `/api/gateway`, still percent-encoded (e.g. `/openai/v1/chat/completions`). */
  path: string;
  /** Raw query string without `?`. */
  query: string;
  /** Lower-case header names. */
  headers: HeaderMap;
  body: AsyncIterable<Uint8Array> | null;
  /**
   * Optional faster way to read the whole body (a transport that can collect it without async
   * iteration); resolves null for an empty body and rejects with `payload_too_large` past `limit`.
   */
  readAll?(limit: number): Promise<Uint8Array | null>;
  remoteAddress?: string;
  /** Aborted when the client goes away. A transport may create it only when first read. */
  signal: AbortSignal;
  /**
   * Calls `listener` once when the client goes away (at once if it already has). Optional: the
   * hot path uses it instead of `signal` where a transport can offer it without an AbortSignal
   * per request.
   */
  onClientGone?(listener: () => void): void;
}

/** Runs `listener` once when the request's client goes away. */
export function whenClientGone(req: GatewayRequest, listener: () => void): void {
  if (req.onClientGone) return req.onClientGone(listener);
  if (req.signal.aborted) listener();
  else req.signal.addEventListener('abort', listener, { once: true });
}

export interface GatewayResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: AsyncIterable<Uint8Array> | Uint8Array | null;
  /** For in-process callers (the unified endpoint): what the pipeline learned about the call. */
  context?: PipelineContext;
}

export interface CallerIdentity {
  agentId?: string;
  userId?: string;
  userGroup?: string;
  /** Every group: X-Gateway-User-Group split on commas, or the identity token's groups claim. */
  groups?: string[];
  /** Set when the user and groups came from a verified X-Gateway-Identity-Token. */
  verified?: boolean;
  metadata?: Record<string, unknown>;
}

/** Milliseconds on the `performance.now()` clock, relative to the pipeline's start. */
export interface Timings {
  start: number;
  upstreamStart?: number;
  upstreamHeaders?: number;
  firstByte?: number;
  upstreamEnd?: number;
  end?: number;
}

/** Everything one request accumulates on its way through the stages. */
export interface PipelineContext {
  requestId: string;
  receivedAt: Date;
  clientIp?: string;
  req: GatewayRequest;
  timings: Timings;

  provider: ProviderId;
  adapter: ProviderAdapter;

  // 2 authenticate
  key?: ApiKey;
  orgId?: OrgId;
  passthrough: boolean;
  /** Where the gateway key was found (removed before forwarding in stored-credential mode). */
  keyLocation?: KeyLocation;
  identity: CallerIdentity;

  // 3 route
  route?: ResolvedRoute;
  upstreamUrl?: URL;
  /** The upstream origin came from tenant data: connect through the SSRF-guarded pool. */
  tenantOrigin: boolean;
  credential?: UpstreamCredential;
  /** Path the client called after the provider segment, without the query (for records). */
  clientPath: string;

  // request body
  bodyBytes: Uint8Array | null;
  json?: Record<string, unknown>;
  view?: RequestView;
  model?: string;
  /** Set when a stage changed the parsed body, so it must be serialised again before forwarding. */
  bodyEdited: boolean;
  /** Applied to the response stream, in order (e.g. removing a usage chunk the client did not ask for). */
  transforms: StreamTransform[];

  // 4 limit
  estimatedTokens: number;
  rateLimitHeaders: Record<string, string>;
  settle?: (actualTokens: number) => void;

  // 6-7 forward / respond
  status?: number;
  stream: boolean;
  result?: StreamReadResult;
  requestBytes: number;
  responseBytes: number;
  errorCode?: string;
  /** The message of the gateway's own error, when the call stopped with one. */
  errorMessage?: string;
  decision?: string;
  /** Request and response guards' state (lib/pipeline/guard-state.ts); absent when nothing applies. */
  guard?: GuardState;
  /** Violations found so far, recorded with the request (lib/pipeline/guard-record.ts). */
  violations?: ViolationDraft[];
  /** What the guards found and how long they took (the unified endpoint reports these). */
  guardStats: { entitiesDetected: number; maskingMs: number; rehydrationMs: number };
  attempts: number;
}
