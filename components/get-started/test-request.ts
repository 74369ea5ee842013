/**
 * The "send a test request" call: what it sends (a real request through the gateway, with the
 * key the user pasted or just created) and how its answer is read, including the error shapes
 * docs/gateway.md documents for each kind of client.
 */

export type TestTarget = 'unified' | 'openai';

export interface TestRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export function buildTestRequest(target: TestTarget, input: { origin: string; key: string; model: string; prompt: string }): TestRequest {
  const headers = { authorization: `Bearer ${input.key.trim()}`, 'content-type': 'application/json', 'x-gateway-agent-id': 'dashboard-get-started' };
  if (target === 'unified') return { url: `${input.origin}/api/gateway`, headers, body: JSON.stringify({ prompt: input.prompt, model: input.model.trim() }) };
  return { url: `${input.origin}/api/gateway/openai/v1/chat/completions`, headers, body: JSON.stringify({ model: input.model.trim(), messages: [{ role: 'user', content: input.prompt }] }) };
}

/** What a test request needs before it can be sent. */
export function testRequestProblems(target: TestTarget, input: { key: string; model: string; prompt: string }): { key?: string; model?: string; prompt?: string } {
  const out: { key?: string; model?: string; prompt?: string } = {};
  if (!input.key.trim()) out.key = 'Paste a gateway key, or create one above.';
  else if (!/^gw_(live|test)_\S+$/.test(input.key.trim())) out.key = 'A gateway key starts with gw_live_ or gw_test_.';
  const model = input.model.trim();
  if (!model) out.model = 'Enter a model.';
  else if (target === 'unified' && !/^[a-z0-9-]+\/\S+$/.test(model)) out.model = 'The unified endpoint takes provider/model, such as openai/gpt-4o-mini.';
  if (!input.prompt.trim()) out.prompt = 'Enter a prompt.';
  return out;
}

export interface GatewayErrorInfo {
  code: string | null;
  message: string | null;
  requestId: string | null;
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/**
 * Reads an error body in any of the documented shapes: OpenAI `{error: {message, code, request_id}}`,
 * unified `{error: {code, message, request_id}}`, Anthropic `{type: "error", error: {type, message, code}, request_id}`,
 * Google `{error: {code, message, status, details: [{reason, metadata: {request_id}}]}}`, Bedrock `{message, code, request_id}`.
 */
export function readGatewayError(body: unknown): GatewayErrorInfo | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const error = b.error && typeof b.error === 'object' ? (b.error as Record<string, unknown>) : null;
  if (error) {
    const details = Array.isArray(error.details) ? (error.details[0] as Record<string, unknown> | undefined) : undefined;
    const metadata = details?.metadata as Record<string, unknown> | undefined;
    return {
      code: str(details?.reason) ?? str(error.code) ?? str(error.status) ?? str(error.type),
      message: str(error.message),
      requestId: str(error.request_id) ?? str(b.request_id) ?? str(metadata?.request_id),
    };
  }
  if (str(b.message) && (str(b.code) || str(b.request_id))) return { code: str(b.code), message: str(b.message), requestId: str(b.request_id) };
  return null;
}

/** The reply text of a successful answer, when it is where the target puts it. */
export function replyText(target: TestTarget, body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (target === 'unified') return str(b.response);
  const choice = Array.isArray(b.choices) ? (b.choices[0] as { message?: { content?: unknown } } | undefined) : undefined;
  return str(choice?.message?.content);
}

/** Pretty JSON when the body is JSON, else the text as received (cut to keep the page light). */
export function prettyBody(text: string, limit = 20_000): { parsed: unknown; shown: string } {
  let parsed: unknown = undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const shown = parsed === undefined ? text : JSON.stringify(parsed, null, 2);
  return { parsed, shown: shown.length > limit ? `${shown.slice(0, limit)}\n… (${shown.length - limit} more characters)` : shown };
}

/** The same call as a curl command, key by environment variable (never the key itself). */
export function testRequestAsCurl(target: TestTarget, req: TestRequest): string {
  return [`curl ${req.url} \\`, '  -H "Authorization: Bearer $GATEWAY_KEY" \\', "  -H 'content-type: application/json' \\", `  -d '${req.body.replace(/'/g, "'\\''")}'`].join('\n');
}
