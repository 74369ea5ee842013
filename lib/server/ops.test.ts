import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/config/env';
import { createOpsHandler } from './ops';

describe('health, readiness and metrics answered by the gateway process', () => {
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    process.env.GATEWAY_METRICS_TOKEN = 'scrape-token-0123456789';
    resetEnvCache();
    const ops = createOpsHandler({
      dashboardMetrics: async () => [{ name: 'stand_in_requests_total', help: 'Requests the dashboard process served.', type: 'counter', aggregator: 'sum', values: [{ labels: {}, value: 7 }] }],
      dashboardState: () => 'ok',
    });
    server = http.createServer((req, res) => ops(req, res, new URL(req.url!, 'http://x').pathname));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(() => {
    delete process.env.GATEWAY_METRICS_TOKEN;
    resetEnvCache();
    server.close();
  });

  it('merges the dashboard process metrics into this process exposition', async () => {
    const res = await fetch(`${base}/api/metrics`, { headers: { authorization: 'Bearer scrape-token-0123456789', 'x-request-id': 'scrape-1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(res.headers.get('x-request-id')).toBe('scrape-1');
    const text = await res.text();
    expect(text).toContain('# TYPE gateway_requests_total counter');
    expect(text).toMatch(/^stand_in_requests_total 7$/m);
  });

  it('asks for the metrics token, in the management API error shape', async () => {
    const res = await fetch(`${base}/api/metrics`, { headers: { authorization: 'Bearer wrong' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect((await res.json()).error).toMatchObject({ code: 'unauthorized' });
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await fetch(`${base}/api/health`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});
