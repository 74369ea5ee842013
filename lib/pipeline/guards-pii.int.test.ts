import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPolicy, clearPolicies, violationRows } from '@/lib/testing/guards';
import { startGatewayTestEnv, type GatewayTestEnv } from '@/lib/testing/gateway';

/** PII and secrets on the request path and on responses, through the official SDKs. */
let env: GatewayTestEnv;
let tenant: Awaited<ReturnType<GatewayTestEnv['tenant']>>;
let openai: OpenAI;
let anthropic: Anthropic;

const EMAIL = 'jane.doe@example.com';
const PHONE = '+44 20 7946 0958';
const SSN = '536-22-8471';

beforeAll(async () => {
  env = await startGatewayTestEnv();
  tenant = await env.tenant('PII guards');
  openai = new OpenAI({ apiKey: tenant.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
  anthropic = new Anthropic({ apiKey: tenant.key, baseURL: env.base('anthropic'), maxRetries: 0 });
  await addPolicy(tenant.token, { name: 'Pseudonymise contact details', kind: 'pii', action: 'log', config: { direction: 'request', entities: { EMAIL: 'pseudonymize', PHONE: 'pseudonymize' } } });
});
afterAll(async () => env?.close());

const lastUpstreamBody = () => env.mock.requests.at(-1)!.body;

describe('pseudonymisation with rehydration', () => {
  it('OpenAI: placeholders upstream, original values back (JSON)', async () => {
    const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Write to ${EMAIL} or call ${PHONE}, then write to ${EMAIL} again` }] });
    const upstream = lastUpstreamBody();
    expect(upstream).not.toContain(EMAIL);
    expect(upstream).toContain('<EMAIL_1>');
    expect(upstream).toContain('<PHONE_1>');
    expect(upstream.match(/<EMAIL_1>/g)).toHaveLength(2);
    expect(completion.choices[0].message.content).toBe(`You said: Write to ${EMAIL} or call ${PHONE}, then write to ${EMAIL} again`);
  });

  it('OpenAI: rehydrated in a stream', async () => {
    const stream = await openai.chat.completions.create({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: `Reply to ${EMAIL} please` }] });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    expect(lastUpstreamBody()).toContain('<EMAIL_1>');
    expect(text).toBe(`You said: Reply to ${EMAIL} please`);
  });

  it('Anthropic: rehydrated in a stream and in a message', async () => {
    const message = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 200, messages: [{ role: 'user', content: `My address is ${EMAIL}` }] });
    expect(lastUpstreamBody()).not.toContain(EMAIL);
    expect(message.content[0].type === 'text' && message.content[0].text).toBe(`You said: My address is ${EMAIL}`);
    const stream = anthropic.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 200, messages: [{ role: 'user', content: `Ping ${PHONE} now` }] });
    const final = await stream.finalText();
    expect(lastUpstreamBody()).toContain('<PHONE_1>');
    expect(final).toBe(`You said: Ping ${PHONE} now`);
  });

  it('records each detection with a preview that never carries the value', async () => {
    const rows = await violationRows(tenant.orgId);
    const pseudo = rows.filter((r) => r.action === 'pseudonymize');
    expect(pseudo.length).toBeGreaterThan(0);
    expect(pseudo[0]).toMatchObject({ type: 'pii', direction: 'request', autoBlocked: false, detector: 'pii-engine', shadow: false });
    expect(pseudo[0].entities.map((e) => e.type)).toContain('EMAIL');
    const raw = JSON.stringify(rows);
    for (const value of [EMAIL, PHONE, '7946 0958', 'jane.doe']) expect(raw).not.toContain(value);
    const rowsOfRequests = await env.rows(tenant.orgId);
    expect(rowsOfRequests.at(-1)!.decision).toBe('mask');
  });
});

describe('blocking, shadow mode and response DLP', () => {
  it('blocks a request carrying an SSN with 403 policy_denied in the OpenAI shape; the model is not called', async () => {
    const policy = await addPolicy(tenant.token, { name: 'No SSNs', kind: 'pii', action: 'log', config: { direction: 'request', entities: { US_SSN: 'block' } } });
    const before = env.mock.requests.length;
    const error = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: `my social security number is ${SSN}` }] }).catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(error.status).toBe(403);
    expect(error.code).toBe('policy_denied');
    expect(error.error.policy_id).toBe(policy.id);
    expect(error.error.request_id).toBeTruthy();
    expect(env.mock.requests.length).toBe(before);
    const row = (await violationRows(tenant.orgId)).find((r) => r.policyId === policy.id)!;
    expect(row).toMatchObject({ action: 'block', autoBlocked: true, severity: 'critical' });
    expect(row.redactedPreview).toContain('[US_SSN]');
    expect(row.redactedPreview).not.toContain('8471');
    await (await import('@/lib/testing/harness')).call('DELETE', `/api/v1/policies/${policy.id}`, { token: tenant.token });
  });

  it('shadow mode changes nothing but records what would have happened', async () => {
    const shadowTenant = await env.tenant('Shadow');
    await clearPolicies(shadowTenant.token);
    const policy = await addPolicy(shadowTenant.token, { name: 'Mask email (shadow)', kind: 'pii', action: 'redact', mode: 'shadow', config: { direction: 'both' } });
    const client = new OpenAI({ apiKey: shadowTenant.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    const reply = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: `Reach me at ${EMAIL}` }] });
    expect(lastUpstreamBody()).toContain(EMAIL);
    expect(reply.choices[0].message.content).toContain(EMAIL);
    const rows = (await violationRows(shadowTenant.orgId)).filter((r) => r.policyId === policy.id);
    expect(rows.map((r) => r.direction).sort()).toEqual(['request', 'response']);
    for (const r of rows) expect(r).toMatchObject({ shadow: true, action: 'mask', autoBlocked: false });
    expect((await env.rows(shadowTenant.orgId)).at(-1)!.decision).toBe('log');
  });

  it('masks personal data the model produces, in JSON and in a stream', async () => {
    // Another tenant: here the request side would pseudonymise the address, and the caller's own
    // values coming back are restored, never re-masked (DLP judges what the model wrote).
    const dlp = await env.tenant('Response DLP');
    const openai = new OpenAI({ apiKey: dlp.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    const policy = await addPolicy(dlp.token, { name: 'Mask emails in answers', kind: 'pii', action: 'redact', config: { direction: 'response', types: ['EMAIL'] } });
    const other = 'bob.smith@example.org';
    const json = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: `mock:text=Contact ${other} today` }] });
    expect(json.choices[0].message.content).toBe('Contact [REDACTED:EMAIL] today');
    const stream = await openai.chat.completions.create({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: `mock:text=Write ${other} on the card` }] });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    expect(text).toBe('Write [REDACTED:EMAIL] on the card');
    const rows = (await violationRows(dlp.orgId)).filter((r) => r.policyId === policy.id);
    expect(rows.length).toBe(2);
    expect(rows[0]).toMatchObject({ direction: 'response', action: 'mask' });
    expect(JSON.stringify(await violationRows(dlp.orgId))).not.toContain(other);
  });

  it('withholds a response carrying a card number: content_filter (OpenAI), refusal (Anthropic)', async () => {
    const policy = await addPolicy(tenant.token, { name: 'Never return card numbers', kind: 'pii', action: 'log', config: { direction: 'response', entities: { CREDIT_CARD: 'block' } } });
    const card = '4111 1111 1111 1111';
    const stream = await openai.chat.completions.create({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: `mock:text=Your card ${card} is on file` }] });
    let text = '';
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(text).not.toContain('1111 1111');
    expect(text).toContain('withheld');
    expect(finish).toBe('content_filter');
    const message = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: [{ role: 'user', content: `mock:text=Card: ${card}` }] });
    expect(JSON.stringify(message.content)).not.toContain('1111 1111');
    expect(message.stop_reason).toBe('refusal');
    const rows = (await violationRows(tenant.orgId)).filter((r) => r.policyId === policy.id);
    expect(rows.every((r) => r.autoBlocked && r.action === 'block')).toBe(true);
    await (await import('@/lib/testing/harness')).call('DELETE', `/api/v1/policies/${policy.id}`, { token: tenant.token });
  });
});
