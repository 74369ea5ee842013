import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRequestBatch } from '@/db/queries/requests';
import { insertViolationBatch } from '@/db/queries/violations';
import { runCommand } from '@/lib/admin/commands';
import { uuidv7 } from '@/lib/ids';
import { addPolicy } from '@/lib/testing/guards';
import { call } from '@/lib/testing/harness';
import { startGatewayTestEnv, type GatewayTestEnv } from '@/lib/testing/gateway';

/** Prompt storage (opt-in, masked) and retention. */
let env: GatewayTestEnv;

beforeAll(async () => {
  env = await startGatewayTestEnv();
});
afterAll(async () => env?.close());

const EMAIL = 'maria.rossi@example.it';

describe('prompt storage', () => {
  it('stores nothing without the opt-in', async () => {
    const t = await env.tenant('No storage');
    const openai = new OpenAI({ apiKey: t.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Hi, I am ${EMAIL}` }] });
    expect((await env.rows(t.orgId)).at(-1)).toMatchObject({ prompt: null, response: null });
  });

  it('with the opt-in: the masked prompt and the response, masked the same way, JSON and stream', async () => {
    const t = await env.tenant('Storage');
    await call('PATCH', '/api/v1/settings', { token: t.token, body: { prompt_storage: true } });
    await addPolicy(t.token, { name: 'Pseudonymise emails', kind: 'pii', action: 'log', config: { direction: 'request', entities: { EMAIL: 'pseudonymize' } } });
    const openai = new OpenAI({ apiKey: t.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    const reply = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: `Hi, I am ${EMAIL}` }] });
    expect(reply.choices[0].message.content).toContain(EMAIL);
    const row = (await env.rows(t.orgId)).at(-1)!;
    expect(row.prompt).toBe('system: Be brief.\n\nuser: Hi, I am <EMAIL_1>');
    expect(row.response).toBe('You said: Hi, I am <EMAIL_1>');

    const stream = await openai.chat.completions.create({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: `Stream to ${EMAIL}` }] });
    for await (const chunk of stream) void chunk;
    const streamed = (await env.rows(t.orgId)).at(-1)!;
    expect(streamed.prompt).toBe('user: Stream to <EMAIL_1>');
    expect(streamed.response).toBe('You said: Stream to <EMAIL_1>');
  });
});

describe('retention', () => {
  it('deletes rows older than retention_days, per organisation, and keeps the rest', async () => {
    const short = await env.tenant('Short retention');
    const long = await env.tenant('Long retention');
    await call('PATCH', '/api/v1/settings', { token: short.token, body: { retention_days: 1 } });
    const old = new Date(Date.now() - 3 * 86_400_000);
    const db = env.app.database.db;
    const request = (orgId: string, createdAt: Date) => ({ id: uuidv7(createdAt.getTime()), orgId, requestId: `r-${Math.random()}`, provider: 'openai', method: 'POST', path: '/v1/chat/completions', status: 200, latencyMs: 1, createdAt });
    await insertRequestBatch(db, [request(short.orgId, old), request(short.orgId, new Date()), request(long.orgId, old)]);
    await insertViolationBatch(db, [{ id: uuidv7(old.getTime()), orgId: short.orgId, type: 'pii', severity: 'low', direction: 'request', action: 'detect', description: 'old', createdAt: old }]);
    const result = (await runCommand(env.app.database, 'purge-expired', {})) as { requests: number; violations: number };
    expect(result.requests).toBe(1);
    expect(result.violations).toBe(1);
    expect(await env.rows(short.orgId)).toHaveLength(1);
    expect(await env.rows(long.orgId)).toHaveLength(1);
  });
});
