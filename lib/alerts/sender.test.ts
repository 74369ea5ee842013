import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AlertSender } from './sender';

let server: http.Server;
let url: string;
let received: { text: string; blocks: unknown[] }[] = [];
let answer = 200;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(answer).end(answer === 200 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/T000/B000/secret`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
  answer = 200;
});

const quietLogger = () => {
  const lines: { level: string; fields: Record<string, unknown>; msg: string }[] = [];
  return {
    lines,
    warn: (fields: Record<string, unknown>, msg: string) => void lines.push({ level: 'warn', fields, msg }),
    error: (fields: Record<string, unknown>, msg: string) => void lines.push({ level: 'error', fields, msg }),
  };
};

describe('alert webhook', () => {
  it('posts Slack-compatible JSON with the title and fields', async () => {
    const sender = new AlertSender({ url, perWindow: 5, logger: quietLogger(), instance: 'test-1' });
    await sender.send('circuit_open', 'Circuit opened for upstream api.example.com', { host: 'api.example.com', failures: 5 });
    expect(received).toHaveLength(1);
    expect(received[0].text).toContain('Circuit opened for upstream api.example.com');
    expect(received[0].text).toContain('*failures:* 5');
    expect(JSON.stringify(received[0].blocks)).toContain('test-1');
  });

  it('sends a summary instead of a flood', async () => {
    const outcomes: string[] = [];
    const sender = new AlertSender({ url, perWindow: 3, windowMs: 300, logger: quietLogger(), onOutcome: (_k, o) => void outcomes.push(o) });
    await Promise.all(Array.from({ length: 50 }, (_, i) => sender.send('critical_violation', `violation ${i}`, { rule: 'no-secrets' })));
    expect(received).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await sender.flush();
    expect(received).toHaveLength(4);
    expect(received[3].text).toContain('47 more critical violation alerts');
    expect(received[3].text).toContain('violation 49');
    expect(outcomes.filter((o) => o === 'suppressed')).toHaveLength(47);
    // A new window sends again.
    await sender.send('critical_violation', 'after the storm');
    expect(received.at(-1)!.text).toContain('after the storm');
  });

  it('limits each kind separately', async () => {
    const sender = new AlertSender({ url, perWindow: 1, logger: quietLogger() });
    await sender.send('circuit_open', 'a');
    await sender.send('circuit_open', 'b');
    await sender.send('audit_chain_break', 'c');
    expect(received.map((r) => r.text)).toEqual([expect.stringContaining(' a'), expect.stringContaining(' c')]);
    await sender.flush();
    expect(received).toHaveLength(3);
  });

  it('never throws when the webhook fails, and logs without the secret URL', async () => {
    answer = 500;
    const logger = quietLogger();
    const outcomes: string[] = [];
    const sender = new AlertSender({ url, perWindow: 5, logger, onOutcome: (_k, o) => void outcomes.push(o) });
    await expect(sender.send('fail_closed', 'guard down')).resolves.toBeUndefined();
    const unreachable = new AlertSender({ url: 'http://127.0.0.1:1/hook', perWindow: 5, logger, timeoutMs: 500 });
    await expect(unreachable.send('fail_closed', 'guard down')).resolves.toBeUndefined();
    expect(outcomes).toEqual(['failed']);
    const errors = logger.lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(2);
    expect(JSON.stringify(errors)).not.toContain('secret');
  });

  it('only logs when no webhook is configured', async () => {
    const logger = quietLogger();
    const sender = new AlertSender({ perWindow: 5, logger });
    await sender.send('audit_chain_break', 'Audit trail hash chain broken at row 7', { row: 7 });
    expect(logger.lines).toEqual([{ level: 'warn', fields: { alert: 'audit_chain_break', row: 7 }, msg: 'Audit trail hash chain broken at row 7' }]);
  });
});
