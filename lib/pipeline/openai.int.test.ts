import OpenAI, { AzureOpenAI } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayTestEnv, type GatewayTestEnv } from '@/lib/testing/gateway';

let env: GatewayTestEnv;
let tenant: Awaited<ReturnType<GatewayTestEnv['tenant']>>;
let client: OpenAI;

beforeAll(async () => {
  env = await startGatewayTestEnv();
  tenant = await env.tenant('OpenAI users');
  client = new OpenAI({ apiKey: tenant.key, baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
});
afterAll(async () => env?.close());

describe('OpenAI SDK through the gateway', () => {
  it('chat completion: stored credential upstream, gateway key never forwarded, usage recorded', async () => {
    env.mock.reset();
    const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello there' }] });
    expect(completion.choices[0].message.content).toContain('Hello there');
    const upstream = env.mock.requests.at(-1)!;
    expect(upstream.headers.authorization).toBe('Bearer sk-openai-stored-credential-0001');
    expect(JSON.stringify(upstream.headers)).not.toContain(tenant.key);
    const rows = await env.rows(tenant.orgId);
    const row = rows.at(-1)!;
    expect(row).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini', status: 200, stream: false, tokensIn: completion.usage!.prompt_tokens, tokensOut: completion.usage!.completion_tokens, apiKeyId: tenant.keyId });
    expect(row.costUsd).toBeGreaterThan(0);
    expect(row.priceUnknown).toBe(false);
  });

  it('streams with usage metered even when the client did not ask for it, and hides the extra chunk', async () => {
    const rowsBefore = (await env.rows(tenant.orgId)).length;
    const stream = await client.chat.completions.create({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'Count to five please' }] });
    let text = '';
    let usageChunks = 0;
    for await (const chunk of stream) {
      if (chunk.usage) usageChunks++;
      text += chunk.choices[0]?.delta?.content ?? '';
    }
    expect(text).toContain('Count to five');
    expect(usageChunks).toBe(0);
    const forwarded = JSON.parse(env.mock.requests.at(-1)!.body);
    expect(forwarded.stream_options).toEqual({ include_usage: true });
    const rows = await env.rows(tenant.orgId);
    expect(rows).toHaveLength(rowsBefore + 1);
    const row = rows.at(-1)!;
    expect(row.stream).toBe(true);
    expect(row.tokensIn).toBeGreaterThan(0);
    expect(row.tokensOut).toBeGreaterThan(0);
    expect(row.ttfbMs).not.toBeNull();
  });

  it('passes the usage chunk through untouched when the client asked for it', async () => {
    const stream = await client.chat.completions.create({ model: 'gpt-4o', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'hi' }] });
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) usage ??= chunk.usage ?? undefined;
    expect(usage?.completion_tokens).toBeGreaterThan(0);
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row.tokensOut).toBe(usage!.completion_tokens);
  });

  it('streams tool calls', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      stream: true,
      tools: [{ type: 'function', function: { name: 'read_file', parameters: { type: 'object', properties: { path: { type: 'string' } } } } }],
      messages: [{ role: 'user', content: 'mock:tool_call please read the file' }],
    });
    let name = '';
    let args = '';
    for await (const chunk of stream) {
      const call = chunk.choices[0]?.delta?.tool_calls?.[0];
      if (call?.function?.name) name = call.function.name;
      args += call?.function?.arguments ?? '';
    }
    expect(name).toBe('read_file');
    expect(JSON.parse(args)).toHaveProperty('path');
  });

  it('responses API, plain and streamed, with usage', async () => {
    const response = await client.responses.create({ model: 'gpt-4o', input: 'Summarise the quarter' });
    expect(response.output_text).toContain('Summarise the quarter');
    const stream = await client.responses.create({ model: 'gpt-4o', input: 'Stream it', stream: true });
    let completed: OpenAI.Responses.Response | undefined;
    for await (const event of stream) if (event.type === 'response.completed') completed = event.response;
    expect(completed?.usage?.output_tokens).toBeGreaterThan(0);
    const rows = await env.rows(tenant.orgId);
    const last = rows.at(-1)!;
    expect(last).toMatchObject({ path: '/v1/responses', stream: true, tokensOut: completed!.usage!.output_tokens });
  });

  it('embeddings in the SDK default (base64) and float encodings', async () => {
    const base64 = await client.embeddings.create({ model: 'text-embedding-3-small', input: ['alpha', 'beta'] });
    expect(base64.data).toHaveLength(2);
    expect(base64.data[0].embedding.length).toBeGreaterThan(0);
    const float = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'gamma', encoding_format: 'float' });
    expect(typeof float.data[0].embedding[0]).toBe('number');
    const row = (await env.rows(tenant.orgId)).at(-1)!;
    expect(row.tokensIn).toBe(float.usage.prompt_tokens);
  });

  it('lists models transparently', async () => {
    const models = await client.models.list();
    expect(models.data.length).toBeGreaterThan(0);
  });

  it('AzureOpenAI with the api-key header and the client api-version', async () => {
    env.mock.reset();
    const azure = new AzureOpenAI({ apiKey: tenant.key, endpoint: `${env.base('azure')}/acme-eu`, apiVersion: '2024-10-21', deployment: 'gpt-4o-prod', maxRetries: 0 });
    const completion = await azure.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi Azure' }] });
    expect(completion.choices[0].message.content).toContain('Hi Azure');
    const upstream = env.mock.requests.at(-1)!;
    expect(upstream.path).toBe('/openai/deployments/gpt-4o-prod/chat/completions');
    expect(upstream.query['api-version']).toBe('2024-10-21');
    expect(upstream.headers['api-key']).toBe('azure-stored-credential-0001');
    expect(upstream.headers.authorization).toBeUndefined();
  });

  it('OpenAI-compatible hosts and custom base URLs share the same base', async () => {
    const mistral = new OpenAI({ apiKey: tenant.key, baseURL: `${env.base('mistral')}/v1`, maxRetries: 0 });
    const reply = await mistral.chat.completions.create({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Bonjour' }] });
    expect(reply.choices[0].message.content).toContain('Bonjour');
    expect(env.mock.requests.at(-1)!.headers.authorization).toBe('Bearer sk-mistral-stored-credential-0001');
  });

  it('answers SDK errors in the OpenAI shape with the request id', async () => {
    const bad = new OpenAI({ apiKey: 'gw_live_' + 'A'.repeat(40), baseURL: `${env.base('openai')}/v1`, maxRetries: 0 });
    const error = await bad.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }] }).catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error.code).toBe('unauthorized');
    expect(error.requestID ?? error.headers?.get?.('x-request-id')).toBeTruthy();
  });

  it('passes upstream errors through unchanged', async () => {
    env.mock.setBehavior({ status: 400, count: 1, message: 'bad parameter from upstream' });
    const error = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }] }).catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.message).toContain('bad parameter from upstream');
    env.mock.setBehavior(null);
  });
});
