import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassifierUnavailableError, createExternalClassifier, interpretResponse } from './classifier';

type Handler = (body: { text?: string }, res: ServerResponse) => void;
const routes: Record<string, Handler> = {
  '/score': (_b, res) => json(res, 200, { score: 0.91 }),
  '/label': (b, res) => json(res, 200, { label: b.text?.includes('ignore') ? 'INJECTION' : 'BENIGN', score: 0.97 }),
  '/hf': (_b, res) => json(res, 200, [[{ label: 'BENIGN', score: 0.1 }, { label: 'INJECTION', score: 0.6 }, { label: 'JAILBREAK', score: 0.3 }]]),
  '/slow': (_b, res) => setTimeout(() => json(res, 200, { score: 0.5 }), 500),
  '/bad-json': (_b, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{not json'),
  '/bad-shape': (_b, res) => json(res, 200, { verdict: 'maybe' }),
  '/out-of-range': (_b, res) => json(res, 200, { score: 7 }),
  '/error': (_b, res) => json(res, 503, { error: 'overloaded' }),
};

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

let server: Server;
let base = '';
const received: { method?: string; contentType?: string; body?: unknown }[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : {};
      received.push({ method: req.method, contentType: req.headers['content-type'], body });
      (routes[req.url ?? ''] ?? ((_b, r) => json(r, 404, {})))(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const client = (path: string, timeoutMs = 1000) => createExternalClassifier({ url: base + path, timeoutMs });

async function failure(p: Promise<unknown>): Promise<ClassifierUnavailableError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ClassifierUnavailableError);
    return err as ClassifierUnavailableError;
  }
  throw new Error('expected a ClassifierUnavailableError');
}

describe('createExternalClassifier', () => {
  it('POSTs {text} as JSON and accepts {score}', async () => {
    await expect(client('/score').classify('hello')).resolves.toEqual({ score: 0.91, label: 'injection' });
    expect(received.at(-1)).toMatchObject({ method: 'POST', contentType: 'application/json', body: { text: 'hello' } });
  });

  it('accepts {label, score} and turns a benign label into an injection probability', async () => {
    await expect(client('/label').classify('please ignore that')).resolves.toEqual({ score: 0.97, label: 'INJECTION' });
    const benign = await client('/label').classify('good morning');
    expect(benign.label).toBe('BENIGN');
    expect(benign.score).toBeCloseTo(0.03, 6);
  });

  it('accepts a HuggingFace-style label array and sums the attack classes', async () => {
    const r = await client('/hf').classify('x');
    expect(r.label).toBe('INJECTION');
    expect(r.score).toBeCloseTo(0.9, 6);
  });

  it('aborts on timeout with a typed error', async () => {
    const started = Date.now();
    const err = await failure(client('/slow', 50).classify('x'));
    expect(err.reason).toBe('timeout');
    expect(err.code).toBe('INJECTION_CLASSIFIER_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(450);
  });

  it('rejects bad responses', async () => {
    expect((await failure(client('/bad-json').classify('x'))).reason).toBe('bad_response');
    expect((await failure(client('/bad-shape').classify('x'))).reason).toBe('bad_response');
    expect((await failure(client('/out-of-range').classify('x'))).reason).toBe('bad_response');
  });

  it('reports non-2xx statuses and unreachable hosts', async () => {
    const err = await failure(client('/error').classify('x'));
    expect(err.reason).toBe('http_status');
    expect(err.status).toBe(503);
    const down = createExternalClassifier({ url: 'http://127.0.0.1:1/classify', timeoutMs: 1000 });
    expect((await failure(down.classify('x'))).reason).toBe('network');
  });

  it('uses an injected fetch implementation', async () => {
    const fetchImpl = (async () => new Response(JSON.stringify([{ label: 'SAFE', score: 0.8 }]), { status: 200 })) as typeof fetch;
    const r = await createExternalClassifier({ url: 'http://unused', timeoutMs: 100, fetchImpl }).classify('x');
    expect(r.score).toBeCloseTo(0.2, 6);
  });
});

describe('interpretResponse', () => {
  it('understands the common shapes', () => {
    expect(interpretResponse({ score: 0.2 })).toEqual({ score: 0.2, label: 'benign' });
    expect(interpretResponse([{ label: 'LABEL_1', score: 0.7 }, { label: 'LABEL_0', score: 0.3 }]).score).toBeCloseTo(0.7);
    expect(() => interpretResponse('yes')).toThrow();
    expect(() => interpretResponse([])).toThrow();
  });
});
