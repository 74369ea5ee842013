import type { TextRole } from '@/lib/guards/types';
import type { ProviderId } from './catalog';

/**
 * The two interfaces that hold every provider difference, so the pipeline never branches on a
 * provider's name:
 *  - a `ProviderAdapter` (one per provider segment) knows paths, hosts and authentication;
 *  - a `WireFormat` (one per body format: OpenAI chat, Anthropic messages, Gemini, Bedrock
 *    Converse…) knows request bodies, usage, stream events and error events.
 * Adapters pick the format from the path; several adapters share a format (OpenAI, Azure and every
 * OpenAI-compatible host share `openai-chat`; Vertex reuses Gemini's and Anthropic's).
 */

/** Node-style header map: lower-case names. */
export type HeaderMap = Record<string, string | string[] | undefined>;

/** Where a provider's official SDK puts its API key. */
export type KeyLocation = { header: string; scheme?: 'bearer' } | { query: string };

/** The error body family a provider's SDK understands (so it raises its normal error class). */
export type ErrorShape = 'openai' | 'anthropic' | 'google' | 'bedrock';

export interface RouteInput {
  provider: ProviderId;
  /** Path after `/api/gateway/<provider>`, still percent-encoded, starting with `/` (may be `/`). */
  rest: string;
  /** Raw query string without `?` (may be empty). */
  query: string;
  method: string;
  headers: HeaderMap;
}

/** Where one request goes and how to read it, decided from the path (and query) alone. */
export interface ResolvedRoute {
  /**
   * Upstream origin `scheme://host[:port]` after operator overrides; undefined when it comes from
   * the tenant's credential (`custom`, or a stored `base_url`), which the pipeline fills in after
   * checking it against private addresses.
   */
  origin?: string;
  /** Upstream path and query exactly as they must be sent (percent-encoding kept). */
  path: string;
  /** Body format; null for paths the gateway forwards without reading (models lists, files…). */
  format: WireFormat | null;
  /** Model named by the path (Bedrock, Vertex, Gemini, Azure deployment), if any. */
  pathModel?: string;
  /** The path alone says the response streams (Bedrock `*-stream`, Gemini `streamGenerateContent`). */
  pathStream?: boolean;
  /** AWS region / Google location / Azure resource, for signing and credential defaults. */
  region?: string;
  /** A credential picked by the path (`custom/<name>/…`). */
  credentialName?: string;
  /**
   * For providers whose credential may carry a tenant base URL (Ollama, TGI): the path and query to
   * append to it instead of `origin` + `path`.
   */
  tenantPath?: string;
}

/** Credentials for the upstream call, decrypted for this request only and never logged. */
export type UpstreamCredential =
  | { mode: 'stored'; kind: 'api_key'; apiKey?: string; baseUrl?: string }
  | { mode: 'stored'; kind: 'azure'; apiKey: string; resource: string; apiVersion: string }
  | { mode: 'stored'; kind: 'aws'; accessKeyId: string; secretAccessKey: string; sessionToken?: string; region: string }
  | { mode: 'stored'; kind: 'vertex'; serviceAccountJson: string; project: string; location: string; credentialId: string }
  | { mode: 'stored'; kind: 'custom'; apiKey?: string; baseUrl: string }
  /**
   * Pass-through: the caller sent its own provider credential. Header-borne keys are forwarded as the
   * SDK sent them; AWS credentials arrive in `X-Gateway-AWS-*` headers and sign this one request.
   */
  | { mode: 'passthrough'; aws?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } };

export interface AuthorizeInput {
  route: ResolvedRoute;
  method: string;
  /** Full upstream URL (origin + path). */
  url: URL;
  /** Upstream headers being built (lower-case names); the client's own auth headers are already removed in stored mode. */
  headers: Record<string, string>;
  /** Final request body bytes (signatures cover them). */
  body: Uint8Array | null;
  credential: UpstreamCredential;
}

export interface ProviderAdapter {
  readonly errorShape: ErrorShape;
  /** Where the SDK puts its key: the gateway key is looked for here (and stripped before forwarding). */
  readonly keyLocations: readonly KeyLocation[];
  /** Throws an AppError (`not_found`, `validation`) for paths this provider does not serve. */
  resolve(input: RouteInput): ResolvedRoute;
  /** Adds upstream authentication (API key header, SigV4, OAuth bearer) to `headers`. */
  authorize(input: AuthorizeInput): void | Promise<void>;
}

/** Tokens as the upstream reported them, normalised across providers. */
export interface Usage {
  /** Model the upstream says it used (may differ from the requested alias). */
  model?: string;
  /** Every prompt token, including those read from or written to a cache. */
  inputTokens: number;
  /** Every generated token, including reasoning/thinking. */
  outputTokens: number;
  /** Prompt tokens served from a cache (billed at the cached rate). */
  cachedTokens: number;
  /** Prompt tokens written to a cache (billed at the cache-write rate). */
  cacheWriteTokens: number;
  reasoningTokens?: number;
}

/** One piece of text the model will read, and where it sits in the native JSON (for write-back). */
export interface TextPart {
  role: TextRole;
  text: string;
  /** JSON path of the string value, e.g. `['messages', 2, 'content', 0, 'text']`. */
  path: (string | number)[];
  /** Text that is a tool call's JSON arguments (assistant history) rather than prose. */
  kind?: 'text' | 'tool_arguments' | 'tool_result';
  /**
   * `json`: the path points at a JSON value (an object such as Gemini's `functionCall.args`), and
   * `text` is its serialisation; write-back stores the parsed edit there (see `writePart`).
   */
  encoding?: 'json';
}

/** Provider-neutral view of a request body. */
export interface RequestView {
  model?: string;
  stream: boolean;
  maxOutputTokens?: number;
  parts: TextPart[];
  tools: { name: string }[];
}

export interface StreamReadResult {
  usage?: Usage;
  finishReason?: string;
  /** An error event the upstream sent inside the stream. */
  error?: { type: string; message: string };
}

/** Reads a streamed response as it passes through, without holding it back. */
export interface StreamUsageReader {
  push(chunk: Uint8Array): void;
  /** After the last chunk (or when the stream broke). */
  finish(): StreamReadResult;
}

/** A rewrite of a response stream, chunk by chunk; returns the bytes to send now (possibly empty). */
export interface StreamTransform {
  push(chunk: Uint8Array): Uint8Array;
  end(): Uint8Array;
}

export interface GatewayErrorInfo {
  code: string;
  message: string;
  requestId: string;
  status: number;
}

export interface WireFormat {
  readonly id: string;
  /** Throws AppError('validation') naming the field when the body is not usable. */
  readRequest(body: unknown, route: ResolvedRoute): RequestView;
  /**
   * Edits the parsed body before it is forwarded so the response reports usage (OpenAI streams
   * need `stream_options.include_usage`). Returns a transform that removes what the client did not
   * ask for, or null when nothing was changed.
   */
  ensureUsageReported?(body: Record<string, unknown>, view: RequestView): StreamTransform | null;
  /** Usage from a complete (non-streamed) response; headers carry it for some providers (Bedrock invoke). */
  usageFromResponse(body: unknown, headers: HeaderMap, route: ResolvedRoute): StreamReadResult;
  createStreamReader(route: ResolvedRoute, contentType: string): StreamUsageReader;
  /** The bytes that end a stream with an error in this format's own event shape. */
  streamErrorEvent(error: GatewayErrorInfo): Uint8Array;
  /**
   * Response guards on a complete (non-streamed) response: text and tool calls go through the hooks
   * and the edited native JSON comes back (the same object, mutated, is fine).
   */
  editResponse?(body: unknown, hooks: ResponseHooks, route: ResolvedRoute): unknown;
  /**
   * Response guards on a stream: parses this format's events, sends text deltas and complete tool
   * calls through the hooks, and re-encodes only the events that changed. Text is held back only as
   * long as the hooks hold it; a tool call is held until its arguments are complete.
   */
  createStreamEditor?(route: ResolvedRoute, contentType: string, hooks: ResponseHooks): StreamTransform;
  /** The assistant's text in a complete response (the unified endpoint's `response`). */
  responseText?(body: unknown): string;
  /** The assistant's text deltas as a stream passes (the unified endpoint's `chunk` events). */
  createTextReader?(route: ResolvedRoute, contentType: string): TextDeltaReader;
}

/** One complete tool call in a response, arguments as JSON text. */
export interface ToolCallInfo {
  /** Position among the response's content blocks / tool calls. */
  index: number;
  id?: string;
  name: string;
  arguments: string;
}

/**
 * What a response guard decides about a tool call: release it (optionally with rewritten
 * arguments, e.g. placeholders restored), or replace it inline with text the agent can read (a
 * denial, or a hold pending approval) — the finish reason then becomes a normal end of turn.
 */
export type ToolCallDecision = { action: 'allow'; arguments?: string } | { action: 'replace'; text: string };

/**
 * The guard side of response editing. Formats call these; the pipeline's response guards
 * (rehydration, DLP, tool-call policy) implement them. Blocks are the format's content blocks or
 * choices (`index`); text hooks may return less than they were given (held back) and return the
 * rest from `endText`.
 */
export interface ResponseHooks {
  text(index: number, delta: string): string;
  endText(index: number): string;
  toolCall(call: ToolCallInfo): ToolCallDecision;
  /**
   * Non-null once a guard decided the whole response must be withheld: the editor emits `message`
   * as text and ends with the format's content-filter finish reason (OpenAI `content_filter`,
   * Anthropic `refusal`, Gemini `SAFETY`, Bedrock `content_filtered`), dropping the rest.
   */
  blocked(): { message: string } | null;
}

export interface TextDeltaReader {
  /** Text that became available with this chunk (may be empty). */
  push(chunk: Uint8Array): string;
  /** After the last chunk: an in-stream error, if the upstream sent one. */
  finish(): { error?: { type: string; message: string } };
}
