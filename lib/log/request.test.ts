import { describe, expect, it } from 'vitest';
import { formatRequestLine, type RequestLogFields } from './request';

const fields: RequestLogFields = {
  request_id: 'req-1',
  trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
  org: '6d690c59-b1db-4515-a70e-9695558e6886',
  key_id: '8e37872a-0676-456b-a289-998528db3620',
  key: 'gw_live_…kIGB',
  ip: '203.0.113.9',
  method: 'POST',
  provider: 'openai',
  path: '/v1/chat/completions',
  model: 'gpt-4o-mini',
  status: 200,
  stream: true,
  attempts: 1,
  ms: 300.2,
  upstream_ms: 299.9,
  overhead_ms: 0.3,
  ttfb_ms: 121,
  tokens_in: 120,
  tokens_out: 340,
};

describe('request log line', () => {
  it('is one JSON line in the logger format, with the same fields', () => {
    const line = formatRequestLine(fields, new Date('2026-01-02T03:04:05.006Z'));
    expect(line.endsWith('}\n')).toBe(true);
    expect(line.split('\n')).toHaveLength(2);
    expect(JSON.parse(line)).toEqual({ level: 30, time: '2026-01-02T03:04:05.006Z', ...fields, msg: 'request' });
  });

  it('leaves out absent fields and stays ASCII whatever a caller sends', () => {
    const line = formatRequestLine({ ...fields, trace_id: undefined, error: 'rate_limited', model: 'modèle "x"\n\u2028😀', upstream_ms: undefined, tokens_in: undefined });
    expect(line).toMatch(/^[\x20-\x7e]*\n$/);
    const parsed = JSON.parse(line);
    expect(parsed).not.toHaveProperty('trace_id');
    expect(parsed).not.toHaveProperty('upstream_ms');
    expect(parsed.error).toBe('rate_limited');
    expect(parsed.model).toBe('modèle "x"\n\u2028😀');
    expect(parsed.key).toBe('gw_live_…kIGB');
  });

  it('caps what a caller controls', () => {
    const parsed = JSON.parse(formatRequestLine({ ...fields, model: 'm'.repeat(5000), ip: '1'.repeat(500) }));
    expect(parsed.model).toHaveLength(200);
    expect(parsed.ip).toHaveLength(64);
  });
});
