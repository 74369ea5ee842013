import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPolicy, violationRows } from '@/lib/testing/guards';
import { call } from '@/lib/testing/harness';
import { startGatewayTestEnv, type GatewayTestEnv } from '@/lib/testing/gateway';

/** Tool-call rules on responses, streamed and not, through the official SDKs. */
let env: GatewayTestEnv;
let tenant: Awaited<ReturnType<GatewayTestEnv['tenant']>>;
let openai: OpenAI;
let anthropic: Anthropic;
let denyPolicy: Record<string, any>;

const readFile = { name: 'read_file', description: 'Read a file', input_schema: { type: 'object' as const, properties: { path: { type: 'string' } } } };
const openAiTools = [{ type: 'function' as const, function: { name: 'read_file', parameters: { type: 'object', properties: { path: { type: 'string' } } } } }];

beforeAll(async () => {
  env = await startGatewayTestEnv();
  tenant = await env.tenant('Tool rules');
  openai = new OpenAI({ apiKey: tenant.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
  anthropic = new Anthropic({ apiKey: tenant.key, baseURL: env.base('anthropic'), maxRetries: 0 });
  await addPolicy(tenant.token, { name: 'Temp files are fine', kind: 'tool_call', action: 'allow', priority: 10, pattern: 'read_file', config: { conditions: [{ path: 'path', op: 'starts_with', value: '/tmp/' }] } });
  denyPolicy = await addPolicy(tenant.token, { name: 'No system files', kind: 'tool_call', action: 'deny', priority: 20, pattern: 'read_file, write_*', config: { conditions: [{ path: 'path', op: 'starts_with', value: '/etc/' }], message: 'Ask the user for the file instead.' } });
});
afterAll(async () => env?.close());

describe('denied tool calls are replaced inline', () => {
  it('Anthropic stream: the tool_use block becomes a text block the agent can read', async () => {
    const stream = anthropic.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 200, tools: [readFile], messages: [{ role: 'user', content: 'mock:tool_call read_file={"path":"/etc/shadow"}' }] });
    const message = await stream.finalMessage();
    expect(message.content.some((b) => b.type === 'tool_use')).toBe(false);
    const text = message.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
    expect(text).toContain('Tool call "read_file" was denied');
    expect(text).toContain(denyPolicy.id);
    expect(text).toContain('Ask the user for the file instead.');
    expect(message.stop_reason).toBe('end_turn');
  });

  it('OpenAI stream: tool_calls deltas are replaced by content; an allowed call passes', async () => {
    const stream = await openai.chat.completions.create({ model: 'gpt-4o', stream: true, tools: openAiTools, messages: [{ role: 'user', content: 'mock:tool_call read_file={"path":"/etc/passwd"}' }] });
    let text = '';
    let calls = 0;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      calls += chunk.choices[0]?.delta?.tool_calls?.length ?? 0;
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(calls).toBe(0);
    expect(text).toContain('was denied by the gateway');
    expect(finish).toBe('stop');

    const allowed = await openai.chat.completions.create({ model: 'gpt-4o', stream: true, tools: openAiTools, messages: [{ role: 'user', content: 'mock:tool_call read_file={"path":"/tmp/notes.txt"}' }] });
    let args = '';
    for await (const chunk of allowed) args += chunk.choices[0]?.delta?.tool_calls?.[0]?.function?.arguments ?? '';
    expect(JSON.parse(args)).toEqual({ path: '/tmp/notes.txt' });
  });

  it('OpenAI JSON: the call is replaced and the finish reason is no longer tool_calls', async () => {
    const completion = await openai.chat.completions.create({ model: 'gpt-4o', tools: openAiTools, messages: [{ role: 'user', content: 'mock:tool_call read_file={"path":"/etc/hosts"}' }] });
    expect(completion.choices[0].message.tool_calls ?? []).toHaveLength(0);
    expect(completion.choices[0].message.content).toContain('was denied');
    expect(completion.choices[0].finish_reason).not.toBe('tool_calls');
  });

  it('records each decision, allow rules included', async () => {
    const rows = (await violationRows(tenant.orgId)).filter((r) => r.type === 'tool');
    const denied = rows.filter((r) => r.action === 'deny');
    expect(denied.length).toBe(3);
    expect(denied[0]).toMatchObject({ direction: 'response', autoBlocked: true, policyId: denyPolicy.id, severity: 'high' });
    expect(rows.some((r) => r.action === 'allow')).toBe(true);
  });
});

describe('held tool calls', () => {
  it('replaces the call with an approval id; once approved, the same call goes through once', async () => {
    const t = await env.tenant('Tool holds');
    const client = new Anthropic({ apiKey: t.key, baseURL: env.base('anthropic'), maxRetries: 0 });
    await addPolicy(t.token, { name: 'Payments need a human', kind: 'tool_call', action: 'hold', pattern: 'pay_*' });
    const payTool = { name: 'pay_invoice', input_schema: { type: 'object' as const, properties: { amount: { type: 'number' } } } };
    const ask = () => client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 200, tools: [payTool], messages: [{ role: 'user', content: 'mock:tool_call pay_invoice={"amount":120}' }] });
    const first = await ask();
    const text = first.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
    const id = /approval id ([0-9a-f-]{36})/.exec(text)?.[1];
    expect(id).toBeTruthy();
    await new Promise((r) => setTimeout(r, 100));
    const listed = await call('GET', '/api/v1/approvals?status=pending', { token: t.token });
    expect(listed.body.items.map((a: { id: string }) => a.id)).toContain(id);
    expect(listed.body.items[0]).toMatchObject({ kind: 'tool_call', status: 'pending', context: { tool: 'pay_invoice', policies: [{ name: 'Payments need a human' }] } });
    expect((await call('POST', `/api/v1/approvals/${id}`, { token: t.token, body: { decision: 'approve', note: 'ok' } })).status).toBe(200);
    const retry = await client.messages.create(
      { model: 'claude-sonnet-4-5', max_tokens: 200, tools: [payTool], messages: [{ role: 'user', content: 'mock:tool_call pay_invoice={"amount":120}' }] },
      { headers: { 'X-Gateway-Approval-Id': id! } },
    );
    expect(retry.content.find((b) => b.type === 'tool_use')).toMatchObject({ name: 'pay_invoice', input: { amount: 120 } });
    const again = await client.messages
      .create({ model: 'claude-sonnet-4-5', max_tokens: 200, tools: [payTool], messages: [{ role: 'user', content: 'mock:tool_call pay_invoice={"amount":120}' }] }, { headers: { 'X-Gateway-Approval-Id': id! } })
      .catch((e) => e);
    expect(again).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect(again.message).toContain('already been used');
    // The request log says what happened to each call: held, then let through, then refused.
    const rows = await env.rows(t.orgId);
    expect(rows.map((r) => [r.status, r.decision])).toEqual([
      [200, 'hold'],
      [200, 'allow'],
      [403, 'block'],
    ]);
  });
});
