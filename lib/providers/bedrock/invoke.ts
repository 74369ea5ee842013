import { anthropicUsage, createAnthropicEventFolder } from '../anthropic/messages';
import { isObject, PartCollector, requireObjectBody, type Json } from '../shared/view';
import type { HeaderMap, RequestView, ResolvedRoute, StreamReadResult, StreamUsageReader, Usage, WireFormat } from '../types';
import { createInvokeStreamEditor, editInvokeResponse } from './edit-invoke';
import { bedrockExceptionFrame, createFrameDecoder, parseJsonBytes, toCount } from './frames';
import { invokeMaxTokens, invokeTools, readInvokeBody } from './invoke-request';

/**
 * InvokeModel / InvokeModelWithResponseStream. The body is the model family's own format; usage
 * comes from Bedrock's token-count response headers (every family), falling back to the body.
 * A stream is event-stream `chunk` frames whose payload `{"bytes":"<base64>"}` wraps the family's
 * own event JSON; the last one carries `amazon-bedrock-invocationMetrics`.
 */

const METRICS = 'amazon-bedrock-invocationMetrics';

function header(headers: HeaderMap, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Where each family puts its stop reason (Anthropic/Llama, Nova, Titan, Mistral, Cohere, OpenAI-style). */
function finishReasonOf(body: Json): string | undefined {
  const first = (list: unknown): Json | undefined => (Array.isArray(list) && isObject(list[0]) ? list[0] : undefined);
  const candidates = [
    body.stop_reason,
    body.stopReason,
    isObject(body.messageStop) ? body.messageStop.stopReason : undefined,
    first(body.results)?.completionReason,
    first(body.outputs)?.stop_reason,
    body.completionReason,
    body.finish_reason,
    first(body.choices)?.finish_reason,
  ];
  for (const c of candidates) if (typeof c === 'string') return c;
  return undefined;
}

/**
 * Bedrock's counts (headers, invocation metrics, Nova's camel-case usage) give input tokens without
 * the cache reads and writes, which they report beside it; the normalised count includes them.
 */
function splitUsage(input: number, output: number, read: number, write: number, model?: string): Usage {
  return { model, inputTokens: input + read + write, outputTokens: output, cachedTokens: read, cacheWriteTokens: write };
}

function bodyUsage(body: Json): Usage | undefined {
  const model = typeof body.model === 'string' ? body.model : undefined;
  const u = body.usage;
  if (isObject(u) && (u.input_tokens !== undefined || u.output_tokens !== undefined)) return anthropicUsage(u, model);
  if (isObject(u) && (u.inputTokens !== undefined || u.outputTokens !== undefined)) {
    return splitUsage(toCount(u.inputTokens), toCount(u.outputTokens), toCount(u.cacheReadInputTokenCount), toCount(u.cacheWriteInputTokenCount), model);
  }
  if (body.prompt_token_count !== undefined || body.generation_token_count !== undefined) {
    return splitUsage(toCount(body.prompt_token_count), toCount(body.generation_token_count), 0, 0, model);
  }
  if (body.inputTextTokenCount !== undefined) {
    const results = Array.isArray(body.results) ? body.results : [];
    const output = results.reduce((n: number, r) => n + (isObject(r) ? toCount(r.tokenCount) : 0), 0);
    return splitUsage(toCount(body.inputTextTokenCount), output, 0, 0, model);
  }
  return undefined;
}

function invokeUsageFromResponse(body: unknown, headers: HeaderMap): StreamReadResult {
  const json = isObject(body) ? body : {};
  const input = header(headers, 'x-amzn-bedrock-input-token-count');
  const output = header(headers, 'x-amzn-bedrock-output-token-count');
  const fromBody = bodyUsage(json);
  let usage = fromBody;
  if (input !== undefined || output !== undefined) {
    const read = header(headers, 'x-amzn-bedrock-cache-read-input-token-count');
    const write = header(headers, 'x-amzn-bedrock-cache-write-input-token-count');
    usage = splitUsage(
      toCount(input),
      toCount(output),
      read !== undefined ? toCount(read) : fromBody?.cachedTokens ?? 0,
      write !== undefined ? toCount(write) : fromBody?.cacheWriteTokens ?? 0,
      fromBody?.model,
    );
  }
  return { usage, finishReason: finishReasonOf(json) };
}

function metricsUsage(metrics: Json, fallback: Usage | undefined): Usage {
  const read = metrics.cacheReadInputTokenCount !== undefined ? toCount(metrics.cacheReadInputTokenCount) : fallback?.cachedTokens ?? 0;
  const write = metrics.cacheWriteInputTokenCount !== undefined ? toCount(metrics.cacheWriteInputTokenCount) : fallback?.cacheWriteTokens ?? 0;
  return splitUsage(toCount(metrics.inputTokenCount), toCount(metrics.outputTokenCount), read, write, fallback?.model);
}

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
/** Base64 of the longest whole-3-byte prefix: what an encoded event's `bytes` starts with. */
const base64Prefix = (s: string): Uint8Array => ascii(Buffer.from(s.slice(0, s.length - (s.length % 3))).toString('base64'));

const BYTES_KEY = ascii('{"bytes":"');
/** Anthropic events that never carry usage or a stop reason: recognised without decoding them. */
const SKIPPED = ['content_block_delta', 'content_block_start', 'content_block_stop', 'ping'].map((t) => base64Prefix(`{"type":"${t}"`));

function startsWith(b: Uint8Array, prefix: Uint8Array, at: number): boolean {
  if (b.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (b[at + i] !== prefix[i]) return false;
  return true;
}

function skippable(payload: Uint8Array): boolean {
  if (!startsWith(payload, BYTES_KEY, 0)) return false;
  for (const prefix of SKIPPED) if (startsWith(payload, prefix, BYTES_KEY.length)) return true;
  return false;
}

function createInvokeStreamReader(): StreamUsageReader {
  const result: StreamReadResult = {};
  const anthropic = createAnthropicEventFolder();
  let metrics: Json | undefined;
  let finishReason: string | undefined;
  const decoder = createFrameDecoder(result, (type, payload) => {
    if (type !== 'chunk' || skippable(payload)) return;
    const outer = parseJsonBytes(payload);
    if (!isObject(outer) || typeof outer.bytes !== 'string') return;
    const inner = parseJsonBytes(Buffer.from(outer.bytes, 'base64'));
    if (!isObject(inner)) return;
    if (isObject(inner[METRICS])) metrics = inner[METRICS];
    if (typeof inner.type === 'string') anthropic.onEvent(inner.type, inner);
    else finishReason = finishReasonOf(inner) ?? finishReason;
  });
  return {
    push: (chunk) => decoder.push(chunk),
    finish() {
      const folded = anthropic.finish();
      const usage = metrics ? metricsUsage(metrics, folded.usage) : folded.usage;
      return { usage, finishReason: folded.finishReason ?? finishReason, error: result.error ?? folded.error };
    },
  };
}

export const bedrockInvokeFormat: WireFormat = {
  id: 'bedrock-invoke',
  readRequest(body: unknown, route: ResolvedRoute): RequestView {
    const json = requireObjectBody(body);
    const collector = new PartCollector();
    readInvokeBody(json, collector);
    return {
      model: route.pathModel,
      stream: route.pathStream === true,
      maxOutputTokens: invokeMaxTokens(json),
      parts: collector.parts,
      tools: invokeTools(json),
    };
  },
  usageFromResponse: (body, headers) => invokeUsageFromResponse(body, headers),
  createStreamReader: () => createInvokeStreamReader(),
  streamErrorEvent: (error) => bedrockExceptionFrame(error, true),
  editResponse: (body, hooks) => editInvokeResponse(body, hooks),
  createStreamEditor: (_route, _contentType, hooks) => createInvokeStreamEditor(hooks),
};
