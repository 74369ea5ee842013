import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import type { ResolvedRoute, ResponseHooks, StreamTransform, ToolCallDecision, ToolCallInfo, WireFormat } from '../types';

/**
 * Test support for the response editors: hook sets that behave like the real guards (pass-through,
 * masking with hold-back, hold-everything, tool policy, block), feeding a transform at awkward
 * boundaries, capturing real upstream bytes from the mock, and an HTTP proxy that puts an editor
 * between an official SDK and the mock upstream.
 */

export interface HookLog {
  texts: [number, string][];
  ends: number[];
  calls: ToolCallInfo[];
}

export interface TestHookOptions {
  /** `mask`: words containing `@` become `[email]`, the word still arriving is held; `hold`: everything until endText. */
  text?: 'pass' | 'mask' | 'hold';
  tool?: (call: ToolCallInfo) => ToolCallDecision;
  /** Blocks once the text seen so far contains this word. */
  blockOn?: string;
  blockMessage?: string;
}

export const maskWords = (text: string): string => text.replace(/[^\s]*@[^\s]*/g, '[email]');

export function testHooks(options: TestHookOptions = {}): ResponseHooks & { log: HookLog } {
  const log: HookLog = { texts: [], ends: [], calls: [] };
  const held = new Map<number, string>();
  let seen = '';
  let blocked: { message: string } | null = null;
  const mode = options.text ?? 'pass';
  return {
    log,
    text(index, delta) {
      log.texts.push([index, delta]);
      seen += delta;
      if (options.blockOn && seen.includes(options.blockOn)) blocked = { message: options.blockMessage ?? 'Blocked by policy.' };
      if (mode === 'pass') return delta;
      const all = (held.get(index) ?? '') + delta;
      if (mode === 'hold') {
        held.set(index, all);
        return '';
      }
      const cut = Math.max(all.lastIndexOf(' '), all.lastIndexOf('\n')) + 1;
      held.set(index, all.slice(cut));
      return maskWords(all.slice(0, cut));
    },
    endText(index) {
      log.ends.push(index);
      const rest = held.get(index) ?? '';
      held.delete(index);
      return mode === 'pass' ? rest : maskWords(rest);
    },
    toolCall(call) {
      log.calls.push(call);
      return options.tool ? options.tool(call) : { action: 'allow' };
    },
    blocked: () => blocked,
  };
}

/** Splits bytes into pieces: whole, fixed size, or a seeded mix of sizes (1 to 17 bytes). */
export function pieces(bytes: Uint8Array, size: number | 'whole' | 'mixed'): Uint8Array[] {
  if (size === 'whole') return [bytes];
  const out: Uint8Array[] = [];
  let seed = 7;
  for (let i = 0; i < bytes.length; ) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const n = size === 'mixed' ? 1 + (seed % 17) : size;
    // Copies, so a view into one piece can never reach into the next.
    out.push(Uint8Array.from(bytes.subarray(i, i + n)));
    i += n;
  }
  return out;
}

export function runTransform(transform: StreamTransform, input: Uint8Array, size: number | 'whole' | 'mixed' = 'whole'): Buffer {
  const out: Uint8Array[] = [];
  for (const piece of pieces(input, size)) out.push(transform.push(piece));
  out.push(transform.end());
  return Buffer.concat(out);
}

export interface Captured {
  status: number;
  contentType: string;
  body: Buffer;
}

export async function capture(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Captured> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer test-key', ...headers },
    body: JSON.stringify(body),
  });
  const bytes = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), body: bytes };
}

export interface EditingProxy {
  url: string;
  close(): Promise<void>;
}

export interface EditingProxyOptions {
  target: string;
  format: (path: string) => WireFormat;
  hooks: () => ResponseHooks;
  /** Bytes per piece fed to the stream editor (the upstream's own chunks when unset). */
  pieceSize?: number | 'mixed';
  /** Maps the client's path to the upstream's (e.g. an SDK's `/v1/messages` to Vertex `rawPredict`). */
  upstreamPath?: (path: string) => string;
}

const STREAMED = /text\/event-stream|application\/vnd\.amazon\.eventstream/;

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** An HTTP/1.1 proxy to the mock that edits every successful response through `format`. */
export async function startEditingProxy(options: EditingProxyOptions): Promise<EditingProxy> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string' && !['host', 'connection', 'content-length', 'accept-encoding'].includes(name)) headers[name] = value;
      }
      const path = options.upstreamPath ? options.upstreamPath(req.url ?? '/') : (req.url ?? '/');
      const upstream = await request(options.target + path, { method: req.method as 'POST', headers, body });
      const contentType = String(upstream.headers['content-type'] ?? '');
      const format = options.format(path);
      const route: ResolvedRoute = { path, format };
      const outHeaders: Record<string, string> = { 'content-type': contentType };
      if (upstream.statusCode >= 300) {
        res.writeHead(upstream.statusCode, outHeaders);
        res.end(Buffer.from(await upstream.body.arrayBuffer()));
        return;
      }
      const gemStream = /streamGenerateContent/.test(path);
      if (STREAMED.test(contentType) || gemStream) {
        const editor = format.createStreamEditor!(route, contentType, options.hooks());
        res.writeHead(upstream.statusCode, outHeaders);
        for await (const chunk of upstream.body) {
          const bytes = chunk as Buffer;
          for (const piece of options.pieceSize ? pieces(bytes, options.pieceSize) : [bytes]) {
            const out = editor.push(piece);
            if (out.length > 0) res.write(out);
          }
        }
        res.end(editor.end());
        return;
      }
      const json = JSON.parse(Buffer.from(await upstream.body.arrayBuffer()).toString('utf8')) as unknown;
      const edited = format.editResponse!(json, options.hooks(), route);
      res.writeHead(upstream.statusCode, outHeaders);
      res.end(JSON.stringify(edited));
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error instanceof Error ? error.stack : error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ParsedEvent {
  event?: string;
  data: string;
  json: Record<string, unknown> | undefined;
}

/** Every event of an SSE body, with its data parsed when it is JSON (strictly: a broken event fails the test). */
export function parseSse(body: Uint8Array): ParsedEvent[] {
  const text = Buffer.from(body).toString('utf8');
  const events: ParsedEvent[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    if (block.trim() === '') continue;
    let event: string | undefined;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(line[5] === ' ' ? 6 : 5));
    }
    const joined = data.join('\n');
    events.push({ event, data: joined, json: joined.startsWith('{') ? (JSON.parse(joined) as Record<string, unknown>) : undefined });
  }
  return events;
}
