import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboardProcess, type DashboardProcess } from './dashboard';

const bundle = fileURLToPath(new URL('./dashboard-stand-in.mjs', import.meta.url));

describe('the dashboard process beside the gateway process', () => {
  let dashboard: DashboardProcess;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    dashboard = await startDashboardProcess({ bundle, dataDir: mkdtempSync(path.join(os.tmpdir(), 'dash-')) });
    server = http.createServer((req, res) => dashboard.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await dashboard.stop(Date.now() + 5000);
    server.close();
  });

  it('passes method, path, body and headers through, and tells the dashboard who the caller is', async () => {
    const res = await fetch(`${base}/api/v1/keys?limit=5`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: 'session=abc' }, body: '{"name":"k"}' });
    expect(res.status).toBe(201);
    expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    const seen = await res.json();
    expect(seen).toMatchObject({ method: 'POST', url: '/api/v1/keys?limit=5', body: '{"name":"k"}' });
    expect(seen.headers).toMatchObject({ cookie: 'session=abc', 'x-forwarded-for': '127.0.0.1', 'x-forwarded-proto': 'http', 'x-forwarded-host': new URL(base).host });
  });

  it('streams server-sent events as they are written', async () => {
    const res = await fetch(`${base}/events`);
    const reader = res.body!.getReader();
    const decode = (chunk: { value?: Uint8Array }) => new TextDecoder().decode(chunk.value);
    // The stand-in writes the last event only when released: a proxy that buffered would hang here.
    expect(decode(await reader.read())).toBe('data: first\n\n');
    await fetch(`${base}/release`);
    expect(decode(await reader.read())).toBe('data: last\n\n');
    expect((await reader.read()).done).toBe(true);
  });

  it('hands over the dashboard process metrics for GET /api/metrics to merge', async () => {
    const metrics = await dashboard.metrics();
    expect(metrics?.[0]).toMatchObject({ name: 'stand_in_requests_total', values: [{ value: 7 }] });
  });

  it('answers 503 while the dashboard process restarts after a crash, then serves again', async () => {
    const before = (await (await fetch(`${base}/who`)).json()).pid;
    await fetch(`${base}/crash`).catch(() => undefined);
    for (let i = 0; i < 100 && dashboard.state() === 'ok'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dashboard.state()).not.toBe('ok');
    const during = await fetch(`${base}/who`);
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toBe('1');
    expect((await during.json()).error).toMatchObject({ code: 'service_unavailable' });
    let after: number | undefined;
    for (let i = 0; i < 100 && after === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const res = await fetch(`${base}/who`);
      if (res.status === 201) after = (await res.json()).pid;
    }
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(dashboard.state()).toBe('ok');
  });
});
