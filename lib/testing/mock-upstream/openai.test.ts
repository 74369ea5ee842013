import OpenAI, { AzureOpenAI } from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from './index';

let mock: MockUpstream;
let client: OpenAI;

beforeAll(async () => {
  mock = await startMockUpstream();
  client = new OpenAI({ apiKey: 'sk-test', baseURL: `${mock.url}/v1`, maxRetries: 0 });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const tools: OpenAI.ChatCompletionTool[] = [
  { type: 'function', function: { name: 'read_file', parameters: { type: 'object', properties: { path: { type: 'string' } } } } },
];

describe('chat completions', () => {
  it('echoes the last user message with usage', async () => {
    const r = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hello, my email is ada@example.com' },
      ],
    });
    expect(r.object).toBe('chat.completion');
    expect(r.choices[0].message.content).toBe('You said: Hello, my email is ada@example.com');
    expect(r.choices[0].finish_reason).toBe('stop');
    expect(r.usage?.prompt_tokens).toBeGreaterThan(0);
    expect(r.usage?.total_tokens).toBe((r.usage?.prompt_tokens ?? 0) + (r.usage?.completion_tokens ?? 0));
    const rec = mock.requests[0];
    expect(rec).toMatchObject({ method: 'POST', path: '/v1/chat/completions', provider: 'openai' });
    expect(rec.headers.authorization).toBe('Bearer sk-test');
    expect(JSON.parse(rec.body).model).toBe('gpt-4o-mini');
  });

  it('honours mock:text and mock:cached directives', async () => {
    const r = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'mock:cached=7 mock:text="line one\\nline two"' }],
    });
    expect(r.choices[0].message.content).toBe('line one\nline two');
    expect(r.usage?.prompt_tokens_details?.cached_tokens).toBe(7);
  });

  it('streams role, content deltas, finish and usage only when asked', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'stream this please' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: OpenAI.ChatCompletionChunk[] = [];
    for await (const c of stream) chunks.push(c);
    expect(chunks[0].choices[0].delta.role).toBe('assistant');
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe('You said: stream this please');
    expect(chunks[chunks.length - 2].choices[0].finish_reason).toBe('stop');
    const last = chunks[chunks.length - 1];
    expect(last.choices).toEqual([]);
    expect(last.usage?.completion_tokens).toBeGreaterThan(0);

    const plain = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x' }], stream: true });
    const all: OpenAI.ChatCompletionChunk[] = [];
    for await (const c of plain) all.push(c);
    expect(all.every((c) => c.choices.length === 1 && c.usage === undefined)).toBe(true);
  });

  it('streams a tool call with index, id, name, then argument fragments', async () => {
    const stream = client.chat.completions.stream({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'mock:tool_call' }],
      tools,
    });
    const done = await stream.finalChatCompletion();
    const call = done.choices[0].message.tool_calls?.[0];
    expect(done.choices[0].finish_reason).toBe('tool_calls');
    expect(call?.type === 'function' && call.function.name).toBe('read_file');
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ path: '/etc/passwd' });
  });

  it('calls a named tool with directive arguments and answers tool results in text', async () => {
    const r = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'mock:tool_call send_mail={"to":"bob@example.com"}' }],
      tools,
    });
    const call = r.choices[0].message.tool_calls?.[0];
    expect(call?.type === 'function' && call.function).toEqual({ name: 'send_mail', arguments: '{"to":"bob@example.com"}' });
    const follow = await client.chat.completions.create({
      model: 'gpt-4o',
      tools,
      messages: [
        { role: 'user', content: 'mock:tool_call' },
        { role: 'assistant', content: null, tool_calls: r.choices[0].message.tool_calls },
        { role: 'tool', tool_call_id: call?.id ?? '', content: 'root:x:0:0' },
      ],
    });
    expect(follow.choices[0].message.content).toBe('Tool result: root:x:0:0');
  });

  it('calls a tool the prompt names, and not one it merely resembles', async () => {
    const ask = (content: string) => client.chat.completions.create({ model: 'gpt-4o', tools, messages: [{ role: 'user', content }] });
    const named = await ask('please use read_file on the config');
    expect(named.choices[0].finish_reason).toBe('tool_calls');
    const near = await ask('the read_files list is long');
    expect(near.choices[0].message.content).toBe('You said: the read_files list is long');
  });

  it('stops with length when max_tokens is exceeded', async () => {
    const r = await client.chat.completions.create({
      model: 'gpt-4o',
      max_tokens: 2,
      messages: [{ role: 'user', content: 'a fairly long prompt that will not fit' }],
    });
    expect(r.choices[0].finish_reason).toBe('length');
    expect(r.usage?.completion_tokens).toBe(2);
  });
});

describe('responses', () => {
  it('returns a response object with output_text and usage', async () => {
    const r = await client.responses.create({ model: 'gpt-4.1', input: 'What is up?', instructions: 'Be kind' });
    expect(r.object).toBe('response');
    expect(r.status).toBe('completed');
    expect(r.output_text).toBe('You said: What is up?');
    expect(r.usage?.input_tokens_details.cached_tokens).toBe(0);
    expect(r.usage?.output_tokens_details.reasoning_tokens).toBe(0);
  });

  it('streams typed events in order with sequence numbers', async () => {
    const stream = await client.responses.create({ model: 'gpt-4.1', input: [{ role: 'user', content: 'hi there' }], stream: true });
    const types: string[] = [];
    const seqs: number[] = [];
    let text = '';
    for await (const e of stream) {
      types.push(e.type);
      seqs.push(e.sequence_number);
      if (e.type === 'response.output_text.delta') text += e.delta;
      if (e.type === 'response.completed') expect(e.response.usage?.total_tokens).toBeGreaterThan(0);
    }
    expect(text).toBe('You said: hi there');
    const distinct = types.filter((t, i) => t !== types[i - 1]);
    expect(distinct).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(seqs).toEqual(seqs.map((_, i) => i));
    const raw = await fetch(`${mock.url}/v1/responses`, {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-4.1', input: 'x', stream: true }),
    }).then((r) => r.text());
    expect(raw.startsWith('event: response.created\ndata: {"type":"response.created","sequence_number":0')).toBe(true);
  });

  it('streams function calls through the SDK helper', async () => {
    const stream = client.responses.stream({
      model: 'gpt-4.1',
      input: 'mock:tool_call',
      tools: [{ type: 'function', name: 'lookup', parameters: null, strict: false }],
    });
    const final = await stream.finalResponse();
    const item = final.output[0];
    expect(item.type).toBe('function_call');
    expect(item.type === 'function_call' && [item.name, item.arguments]).toEqual(['lookup', '{"path":"/etc/passwd"}']);
  });
});

describe('embeddings and models', () => {
  it('decodes the SDK default (base64) and matches float output', async () => {
    const b64 = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'hello' });
    expect(JSON.parse(mock.requests[0].body).encoding_format).toBe('base64');
    const float = await client.embeddings.create({ model: 'text-embedding-3-small', input: ['hello', 'world'], encoding_format: 'float' });
    expect(b64.data[0].embedding).toHaveLength(1536);
    expect(float.data).toHaveLength(2);
    expect(float.data[0].embedding).toEqual(Array.from(b64.data[0].embedding));
    expect(float.data[0].embedding).not.toEqual(float.data[1].embedding);
    expect(float.usage.prompt_tokens).toBe(4);
    const small = await client.embeddings.create({ model: 'text-embedding-3-large', input: 'x', dimensions: 8 });
    expect(small.data[0].embedding).toHaveLength(8);
  });

  it('lists and retrieves models', async () => {
    const page = await client.models.list();
    expect(page.data.map((m) => m.id)).toContain('gpt-4o-mini');
    expect((await client.models.retrieve('gpt-4o')).id).toBe('gpt-4o');
    await expect(client.models.retrieve('nonexistent-model')).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('serves OpenAI-compatible hosts under any prefix', async () => {
    for (const prefix of ['/compat/v1', '/api/v1', '/openai/v1']) {
      const c = new OpenAI({ apiKey: 'k', baseURL: mock.url + prefix, maxRetries: 0 });
      const r = await c.chat.completions.create({ model: 'mistral-small', messages: [{ role: 'user', content: prefix }] });
      expect(r.choices[0].message.content).toBe('You said: ' + prefix);
    }
    expect(mock.requests.map((r) => r.provider)).toEqual(['openai', 'openai', 'openai']);
  });

  it('rejects an invalid key with 401 in OpenAI shape', async () => {
    const c = new OpenAI({ apiKey: 'sk-invalid', baseURL: `${mock.url}/v1`, maxRetries: 0 });
    const err = await c.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((err as InstanceType<typeof OpenAI.AuthenticationError>).code).toBe('invalid_api_key');
  });
});

describe('Azure OpenAI', () => {
  it('serves deployments with api-key and records the api-version', async () => {
    const az = new AzureOpenAI({ endpoint: mock.url, apiKey: 'azure-key', apiVersion: '2024-10-21', deployment: 'gpt4o-prod', maxRetries: 0 });
    const r = await az.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi azure' }] });
    expect(r.choices[0].message.content).toBe('You said: hi azure');
    const e = await az.embeddings.create({ model: 'text-embedding-3-small', input: 'x' });
    expect(e.data[0].embedding.length).toBe(1536);
    const [chat] = mock.requests;
    expect(chat).toMatchObject({ provider: 'azure', path: '/openai/deployments/gpt4o-prod/chat/completions' });
    expect(chat.query['api-version']).toBe('2024-10-21');
    expect(chat.headers['api-key']).toBe('azure-key');
  });

  it('refuses a missing key in Azure shape', async () => {
    const res = await fetch(`${mock.url}/openai/deployments/d/chat/completions?api-version=2024-10-21`, {
      method: 'POST',
      body: JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('401');
  });
});

describe('behaviours through the SDK', () => {
  const ask = (c = client) => c.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }] });

  it('429 surfaces as RateLimitError with retry-after, and the SDK retry then succeeds', async () => {
    mock.setBehavior({ status: 429, headers: { 'retry-after': '1' }, count: 1 });
    const err = await ask().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    expect((err as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('1');
    mock.setBehavior({ status: 503, headers: { 'retry-after-ms': '10' }, count: 1 });
    const retrying = new OpenAI({ apiKey: 'k', baseURL: `${mock.url}/v1`, maxRetries: 1 });
    expect((await ask(retrying)).choices[0].message.content).toBe('You said: x');
    expect(mock.requests).toHaveLength(3);
  });

  it('a mid-stream failure surfaces as APIError while iterating', async () => {
    mock.setBehavior({ failMidStream: true, afterEvents: 2, count: 1 });
    const stream = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'a b c d e f' }], stream: true });
    const seen: string[] = [];
    const err = await (async () => {
      for await (const c of stream) seen.push(c.choices[0]?.delta.content ?? '');
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(seen).toHaveLength(2);
  });

  it('a reset surfaces as a connection error; delays and hangs as timeouts', async () => {
    mock.setBehavior({ reset: true, count: 1 });
    await expect(ask()).rejects.toBeInstanceOf(OpenAI.APIConnectionError);

    mock.setBehavior({ delayMs: 250, count: 1 });
    const t0 = Date.now();
    await ask();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(240);

    mock.setBehavior({ hang: true, count: 1 });
    const impatient = new OpenAI({ apiKey: 'k', baseURL: `${mock.url}/v1`, maxRetries: 0, timeout: 200 });
    await expect(ask(impatient)).rejects.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
  });

  it('resetMidStream breaks the stream after some events; chunkDelayMs spaces them out', async () => {
    mock.setBehavior({ resetMidStream: true, count: 1 });
    const stream = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'a b c d' }], stream: true });
    let n = 0;
    const err = await (async () => {
      for await (const _ of stream) n++;
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(n).toBe(2);

    mock.setBehavior({ chunkDelayMs: 30, count: 1 });
    const t0 = Date.now();
    const slow = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'a b' }], stream: true });
    for await (const _ of slow) void _;
    expect(Date.now() - t0).toBeGreaterThanOrEqual(5 * 30 - 10);
  });
});
