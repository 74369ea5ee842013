import { handleGatewayRequest } from './index';

/**
 * The App Router adapter (for `next dev` and platforms that only run route handlers): a Web
 * Request in, a streamed Web Response out, the same pipeline in between.
 */
export async function handleWebRequest(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const response = await handleGatewayRequest({
    method: request.method,
    path: url.pathname.replace(/^\/api\/gateway/, '') || '/',
    query: url.search.slice(1),
    headers,
    body: request.body ? (request.body as unknown as AsyncIterable<Uint8Array>) : null,
    remoteAddress: headers['x-forwarded-for']?.split(',')[0],
    signal: request.signal,
  });
  const out = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (Array.isArray(value)) for (const v of value) out.append(name, v);
    else out.set(name, value);
  }
  const { body } = response;
  if (body === null || body instanceof Uint8Array) return new Response(body as BodyInit | null, { status: response.status, headers: out });
  const iterator = body[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, { status: response.status, headers: out });
}
