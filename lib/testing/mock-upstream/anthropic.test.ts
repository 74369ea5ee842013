import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockUpstream, type MockUpstream } from './index';

let mock: MockUpstream;
let client: Anthropic;

beforeAll(async () => {
  mock = await startMockUpstream();
  client = new Anthropic({ apiKey: 'sk-ant-test', baseURL: mock.url, maxRetries: 0 });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const tools: Anthropic.Tool[] = [
  { name: 'get_weather', description: 'Weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } },
];

/** Event names of a raw SSE body, in order. */
async function rawEvents(body: object): Promise<string[]> {
  const res = await fetch(`${mock.url}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': 'k', 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'claude-sonnet-4-20250514', max_tokens: 100, stream: true, ...body }),
  });
  const text = await res.text();
  return [...text.matchAll(/^event: (\S+)\ndata: /gm)].map((m) => m[1]);
}

describe('messages', () => {
  it('returns a message with text and full usage', async () => {
    const m = await client.messages.create({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 256,
      system: 'You are terse.',
      messages: [{ role: 'user', content: 'Hello Claude mock:cached=12 mock:cache_write=3' }],
    });
    expect(m.type).toBe('message');
    expect(m.content[0]).toEqual({ type: 'text', text: 'You said: Hello Claude mock:cached=12 mock:cache_write=3' });
    expect(m.stop_reason).toBe('end_turn');
    expect(m.usage).toMatchObject({ cache_read_input_tokens: 12, cache_creation_input_tokens: 3 });
    expect(m.usage.input_tokens).toBeGreaterThan(0);
    const rec = mock.requests[0];
    expect(rec.provider).toBe('anthropic');
    expect(rec.headers['anthropic-version']).toBeTruthy();
  });

  it('streams with finalMessage() and the documented event order', async () => {
    const stream = client.messages.stream({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 256,
      messages: [{ role: 'user', content: 'stream me' }],
    });
    let text = '';
    stream.on('text', (t) => (text += t));
    const final = await stream.finalMessage();
    expect(text).toBe('You said: stream me');
    expect(final.content[0]).toMatchObject({ type: 'text', text: 'You said: stream me' });
    expect(final.usage.output_tokens).toBeGreaterThan(1);
    expect(final.stop_reason).toBe('end_turn');

    const events = await rawEvents({ messages: [{ role: 'user', content: 'a b' }] });
    expect(events[0]).toBe('message_start');
    expect(events.slice(1, 3)).toEqual(['content_block_start', 'ping']);
    expect(events.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
  });

  it('returns and streams tool_use with input_json_delta fragments', async () => {
    const m = await client.messages.create({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 256,
      tools,
      messages: [{ role: 'user', content: 'mock:tool_call get_weather={"city":"Paris"}' }],
    });
    expect(m.stop_reason).toBe('tool_use');
    const block = m.content.find((b) => b.type === 'tool_use');
    expect(block?.type === 'tool_use' && [block.name, block.input]).toEqual(['get_weather', { city: 'Paris' }]);

    const stream = client.messages.stream({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 256,
      tools,
      tool_choice: { type: 'any' },
      messages: [{ role: 'user', content: 'weather?' }],
    });
    const fragments: string[] = [];
    stream.on('inputJson', (partial) => fragments.push(partial));
    const final = await stream.finalMessage();
    const tool = final.content.find((b) => b.type === 'tool_use');
    expect(tool?.type === 'tool_use' && tool.input).toEqual({ path: '/etc/passwd' });
    expect(fragments.length).toBeGreaterThan(1);

    const followUp = await client.messages.create({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 256,
      tools,
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: final.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: tool?.type === 'tool_use' ? tool.id : '', content: 'Sunny' }] },
      ],
    });
    expect(followUp.content[0]).toMatchObject({ type: 'text', text: 'Tool result: Sunny' });
  });

  it('adds thinking blocks with signature when thinking is enabled', async () => {
    const req = {
      model: 'claude-sonnet-4-20250514',
      max_tokens: 2048,
      thinking: { type: 'enabled' as const, budget_tokens: 1024 },
      messages: [{ role: 'user' as const, content: 'think first' }],
    };
    const m = await client.messages.create(req);
    expect(m.content.map((b) => b.type)).toEqual(['thinking', 'text']);
    const stream = client.messages.stream(req);
    let thinking = '';
    stream.on('thinking', (d) => (thinking += d));
    const final = await stream.finalMessage();
    const block = final.content[0];
    expect(block.type === 'thinking' && block.signature.length).toBeGreaterThan(0);
    expect(thinking).toBe(block.type === 'thinking' ? block.thinking : 'x');
    const events = await rawEvents({ thinking: req.thinking, messages: req.messages, max_tokens: 2048 });
    expect(events.filter((e) => e === 'content_block_start')).toHaveLength(2);
  });

  it('counts tokens and lists models', async () => {
    const n = await client.messages.countTokens({ model: 'claude-sonnet-4-20250514', messages: [{ role: 'user', content: 'count these words' }] });
    expect(n.input_tokens).toBeGreaterThan(0);
    const models = await client.models.list();
    expect(models.data[0].type).toBe('model');
    expect(mock.requests.map((r) => r.provider)).toEqual(['anthropic', 'anthropic']);
  });
});

describe('errors and behaviours', () => {
  const ask = () =>
    client.messages.create({ model: 'claude-sonnet-4-20250514', max_tokens: 50, messages: [{ role: 'user', content: 'x' }] });

  it('429 surfaces as RateLimitError in Anthropic shape; 529 as overloaded', async () => {
    mock.setBehavior({ status: 429, headers: { 'retry-after': '3' }, count: 1 });
    const err = await ask().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    expect((err as InstanceType<typeof Anthropic.APIError>).error).toMatchObject({ type: 'error', error: { type: 'rate_limit_error' } });
    mock.setBehavior({ status: 529, count: 1 });
    const over = await ask().catch((e: unknown) => e);
    expect((over as InstanceType<typeof Anthropic.APIError>).status).toBe(529);
  });

  it('a mid-stream error event rejects the stream', async () => {
    mock.setBehavior({ failMidStream: true, afterEvents: 4, count: 1 });
    const stream = client.messages.stream({ model: 'claude-sonnet-4-20250514', max_tokens: 50, messages: [{ role: 'user', content: 'a b c d' }] });
    let text = '';
    stream.on('text', (t) => (text += t));
    const err = await stream.finalMessage().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(String((err as Error).message)).toContain('overloaded_error');
    expect(text).toBe('You ');
  });

  it('missing and invalid keys answer 401', async () => {
    const res = await fetch(`${mock.url}/v1/messages`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
    const bad = new Anthropic({ apiKey: 'invalid', baseURL: mock.url, maxRetries: 0 });
    await expect(bad.messages.create({ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: 'x' }] })).rejects.toBeInstanceOf(
      Anthropic.AuthenticationError,
    );
  });
});
