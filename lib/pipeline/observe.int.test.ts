import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditWriter } from '@/lib/audit/writer';
import { resetEnvCache } from '@/lib/config/env';
import { requestLog } from '@/lib/log/request';
import { call } from '@/lib/testing/harness';
import { startGatewayTestEnv, type GatewayTestEnv } from '@/lib/testing/gateway';

/**
 * What operators see of gateway traffic: the Prometheus exposition, the one-line request log with
 * the W3C trace id (forwarded upstream unchanged), and denials in the audit trail.
 */
let env: GatewayTestEnv;
let tenant: Awaited<ReturnType<GatewayTestEnv['tenant']>>;
const PROMPT = 'please summarise the quarterly figures';
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

beforeAll(async () => {
  env = await startGatewayTestEnv();
  tenant = await env.tenant('Observe');
});
afterAll(async () => env?.close());

const chat = (body: Record<string, unknown> = {}, headers: Record<string, string> = {}, key = tenant.key) =>
  fetch(`${env.base('openai')}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: PROMPT }], ...body }),
  });

async function withEnv<T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  resetEnvCache();
  try {
    return await run();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
    resetEnvCache();
  }
}

describe('request log and trace context', () => {
  it('forwards traceparent unchanged and logs one line per request with its trace id, never the key or the prompt', async () => {
    const spy = vi.spyOn(requestLog, 'write');
    try {
      const res = await chat({}, { traceparent: TRACEPARENT, tracestate: 'vendor=abc', 'x-request-id': 'req-observe-1' });
      expect(res.status).toBe(200);
      await res.text();
      const upstream = env.mock.requests.at(-1)!;
      expect(upstream.headers.traceparent).toBe(TRACEPARENT);
      expect(upstream.headers.tracestate).toBe('vendor=abc');
      const lines = spy.mock.calls.map(([fields]) => fields as unknown as Record<string, unknown>);
      expect(lines).toHaveLength(1);
      const line = lines[0];
      expect(line).toMatchObject({ request_id: 'req-observe-1', trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', org: tenant.orgId, key_id: tenant.keyId, provider: 'openai', model: 'gpt-4o-mini', status: 200, stream: false });
      expect(line.key).toMatch(/^gw_live_\.\.\.[0-9A-Za-z]{4}$/);
      for (const field of ['ms', 'overhead_ms', 'upstream_ms']) expect(typeof line[field]).toBe('number');
      const serialised = JSON.stringify(line);
      expect(serialised).not.toContain(tenant.key);
      expect(serialised).not.toContain(PROMPT);
      expect(serialised).not.toContain('stored-credential');
    } finally {
      spy.mockRestore();
    }
  });

  it('ignores a malformed traceparent in the log but still forwards it as sent', async () => {
    const spy = vi.spyOn(requestLog, 'write');
    try {
      await (await chat({}, { traceparent: 'not-a-trace' })).text();
      const line = spy.mock.calls[0][0] as unknown as Record<string, unknown>;
      expect(line.trace_id).toBeUndefined();
      expect(env.mock.requests.at(-1)!.headers.traceparent).toBe('not-a-trace');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('GET /api/metrics', () => {
  it('exposes every family, with bounded labels and no key, user or request id', async () => {
    const stream = await chat({ stream: true });
    expect(stream.status).toBe(200);
    await stream.text();
    expect((await chat({}, {}, 'gw_live_' + 'x'.repeat(40))).status).toBe(401);
    env.mock.setBehavior({ status: 503, count: 3 });
    expect((await chat({}, { 'x-gateway-user-id': 'user-42' })).status).toBe(503);
    env.mock.setBehavior(null);

    const res = await call('GET', '/api/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = res.body as string;
    for (const family of [
      'gateway_requests_total',
      'gateway_request_duration_seconds',
      'gateway_upstream_ttfb_seconds',
      'gateway_overhead_seconds',
      'gateway_policy_evaluations_total',
      'gateway_pii_detections_total',
      'gateway_injection_detections_total',
      'gateway_rate_limit_hits_total',
      'gateway_upstream_errors_total',
      'gateway_active_streams',
      'gateway_tokens_total',
      'gateway_cost_usd_total',
      'gateway_usage_queue_depth',
      'gateway_usage_spooled_rows',
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text, family).toContain(`# TYPE ${family} `);
    }
    expect(text).toMatch(/gateway_requests_total\{provider="openai",model="gpt-4o-mini",status="200"\} [1-9]/);
    expect(text).toMatch(/gateway_requests_total\{provider="openai",model="none",status="401"\} 1/);
    expect(text).toMatch(/gateway_upstream_errors_total\{provider="openai",status="503"\} 1/);
    expect(text).toMatch(/gateway_tokens_total\{provider="openai",model="gpt-4o-mini",kind="output"\} [1-9]/);
    expect(text).toMatch(/gateway_cost_usd_total\{provider="openai",model="gpt-4o-mini"\} 0\.\d+/);
    expect(text).toMatch(/gateway_active_streams 0/);
    for (const secret of [tenant.key, tenant.keyId, tenant.orgId, 'user-42', 'req-observe-1', 'key_id', 'request_id']) expect(text).not.toContain(secret);
  });

  it('requires the bearer token when GATEWAY_METRICS_TOKEN is set', async () => {
    await withEnv({ GATEWAY_METRICS_TOKEN: 'metrics-token-0123456789' }, async () => {
      expect((await call('GET', '/api/metrics')).status).toBe(401);
      expect((await call('GET', '/api/metrics', { headers: { authorization: 'Bearer metrics-token-wrong-000' } })).status).toBe(401);
      const ok = await call('GET', '/api/metrics', { headers: { authorization: 'Bearer metrics-token-0123456789' } });
      expect(ok.status).toBe(200);
      expect(ok.body).toContain('gateway_requests_total');
    });
  });

  it('reports a model name a caller invented only once it has been served', async () => {
    env.mock.setBehavior({ status: 404, count: 1 });
    expect((await chat({ model: 'invented-model-123' })).status).toBe(404);
    const text = (await call('GET', '/api/metrics')).body as string;
    expect(text).not.toContain('invented-model-123');
    expect(text).toMatch(/gateway_requests_total\{provider="openai",model="other",status="404"\} 1/);
  });
});

describe('denials in the audit trail', () => {
  it('queues a gateway.denied event off the request path, readable by admins through GET /api/v1/audit', async () => {
    const limited = await call('POST', '/api/v1/keys', { token: tenant.token, body: { name: 'mini only', models: ['gpt-4o-mini'] } });
    const denied = await chat({ model: 'gpt-4o' }, { 'x-request-id': 'req-denied-1', 'user-agent': 'observe-test' }, limited.body.key);
    expect(denied.status).toBe(403);
    await auditWriter().flush();

    const res = await call('GET', '/api/v1/audit?action=gateway.denied', { token: tenant.token });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    const [event] = res.body.items;
    expect(event).toMatchObject({
      action: 'gateway.denied',
      actor: { type: 'gateway_key', id: limited.body.id },
      target: { type: 'request', id: 'req-denied-1' },
      user_agent: 'observe-test',
      details: { code: 'policy_denied', status: 403, provider: 'openai', model: 'gpt-4o', decision: 'block' },
    });
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/);

    const all = await call('GET', '/api/v1/audit?limit=200', { token: tenant.token });
    expect(all.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['auth.sign_up', 'credential.create', 'key.create', 'gateway.denied']));
    expect((await call('GET', '/api/v1/audit?action=DROP TABLE', { token: tenant.token })).status).toBe(400);
  });

  it('is for admins only', async () => {
    for (const role of ['viewer', 'member'] as const) {
      const other = await env.app.tenant(`Audit ${role}`, role);
      expect((await call('GET', '/api/v1/audit', { token: other.token })).status).toBe(403);
    }
    expect((await call('GET', '/api/v1/audit')).status).toBe(401);
  });
});
