import { describe, expect, it } from 'vitest';
import { baseUrl, contextFromCredentials, placeholders, snippet, SNIPPET_LANGUAGES, SNIPPET_PROVIDERS, unifiedCurl } from './snippets';
import { buildTestRequest, prettyBody, readGatewayError, replyText, testRequestAsCurl, testRequestProblems } from './test-request';

const origin = 'https://gw.example.com';

describe('snippets', () => {
  it('point every SDK at the base URL docs/gateway.md gives', () => {
    const c = { origin };
    expect(baseUrl('openai', c)).toBe('https://gw.example.com/api/gateway/openai/v1');
    expect(baseUrl('anthropic', c)).toBe('https://gw.example.com/api/gateway/anthropic');
    expect(baseUrl('azure', { ...c, azureResource: 'acme' })).toBe('https://gw.example.com/api/gateway/azure/acme');
    expect(baseUrl('bedrock', { ...c, awsRegion: 'eu-west-1' })).toBe('https://gw.example.com/api/gateway/bedrock/eu-west-1');
    expect(baseUrl('vertex', c)).toBe('https://gw.example.com/api/gateway/vertex/us-central1');
    expect(baseUrl('google', c)).toBe('https://gw.example.com/api/gateway/google');
  });

  it('read the key from GATEWAY_KEY in every language and never contain a key', () => {
    for (const p of SNIPPET_PROVIDERS) {
      for (const l of SNIPPET_LANGUAGES) {
        const code = snippet(p, l, { origin });
        expect(code, `${p}/${l}`).toMatch(/GATEWAY_KEY/);
        expect(code, `${p}/${l}`).not.toMatch(/gw_(live|test)_[A-Za-z0-9]/);
        expect(code, `${p}/${l}`).toContain(origin);
      }
    }
  });

  it('put the key in the header each provider expects', () => {
    expect(snippet('openai', 'curl', { origin })).toContain('-H "Authorization: Bearer $GATEWAY_KEY"');
    expect(snippet('anthropic', 'curl', { origin })).toContain('-H "x-api-key: $GATEWAY_KEY"');
    expect(snippet('anthropic', 'curl', { origin })).toContain('anthropic-version: 2023-06-01');
    expect(snippet('azure', 'curl', { origin, azureResource: 'acme' })).toContain('https://gw.example.com/api/gateway/azure/acme/openai/deployments/YOUR_DEPLOYMENT/chat/completions?api-version=');
    expect(snippet('azure', 'curl', { origin })).toContain('-H "api-key: $GATEWAY_KEY"');
    expect(snippet('google', 'curl', { origin })).toContain('-H "x-goog-api-key: $GATEWAY_KEY"');
    expect(snippet('bedrock', 'curl', { origin })).toContain('/api/gateway/bedrock/us-east-1/model/anthropic.claude-3-5-haiku-20241022-v1%3A0/converse');
    expect(snippet('bedrock', 'typescript', { origin })).toContain("authSchemePreference: ['httpBearerAuth']");
    expect(snippet('bedrock', 'python', { origin })).toContain('AWS_BEARER_TOKEN_BEDROCK');
    expect(snippet('vertex', 'curl', { origin, vertexProject: 'acme-prod', vertexLocation: 'europe-west4' })).toContain(
      '/api/gateway/vertex/europe-west4/projects/acme-prod/locations/europe-west4/publishers/google/models/gemini-2.5-flash:generateContent',
    );
    expect(snippet('vertex', 'typescript', { origin })).toContain('vertexai: true');
    expect(unifiedCurl(origin)).toContain('curl https://gw.example.com/api/gateway \\');
  });

  it('list what is left to replace, and fill it from stored credentials', () => {
    expect(placeholders(snippet('azure', 'python', { origin }))).toEqual(['YOUR_RESOURCE', 'YOUR_DEPLOYMENT']);
    expect(placeholders(snippet('openai', 'python', { origin }))).toEqual([]);
    const c = contextFromCredentials(origin, [
      { provider: 'azure', is_default: false, metadata: { resource: 'old' } },
      { provider: 'azure', is_default: true, metadata: { resource: 'acme', api_version: '2024-10-21' } },
      { provider: 'bedrock', is_default: true, metadata: { region: 'eu-central-1' } },
      { provider: 'vertex', is_default: true, metadata: { project: 'acme-prod', location: 'us-east5' } },
    ]);
    expect(c).toEqual({ origin, azureResource: 'acme', awsRegion: 'eu-central-1', vertexProject: 'acme-prod', vertexLocation: 'us-east5' });
  });
});

describe('test request', () => {
  it('builds a real call to the unified endpoint or the OpenAI route', () => {
    const unified = buildTestRequest('unified', { origin, key: ' gw_test_abc ', model: 'openai/gpt-4o-mini', prompt: 'Hi' });
    expect(unified.url).toBe('https://gw.example.com/api/gateway');
    expect(unified.headers.authorization).toBe('Bearer gw_test_abc');
    expect(JSON.parse(unified.body)).toEqual({ prompt: 'Hi', model: 'openai/gpt-4o-mini' });
    const openai = buildTestRequest('openai', { origin, key: 'gw_live_x', model: 'gpt-4o-mini', prompt: 'Hi' });
    expect(openai.url).toBe('https://gw.example.com/api/gateway/openai/v1/chat/completions');
    expect(JSON.parse(openai.body).messages).toEqual([{ role: 'user', content: 'Hi' }]);
    expect(testRequestAsCurl('openai', openai)).not.toContain('gw_live_x');
  });

  it('says what is missing before sending', () => {
    expect(testRequestProblems('unified', { key: '', model: 'gpt-4o', prompt: '' })).toEqual({ key: expect.any(String), model: expect.stringContaining('provider/model'), prompt: 'Enter a prompt.' });
    expect(testRequestProblems('openai', { key: 'sk-123', model: 'gpt-4o', prompt: 'x' }).key).toMatch(/gw_live_/);
    expect(testRequestProblems('openai', { key: 'gw_live_abc', model: 'gpt-4o', prompt: 'x' })).toEqual({});
  });

  it('reads every documented error shape', () => {
    expect(readGatewayError({ error: { message: 'bad key', type: 'invalid_request_error', param: null, code: 'unauthorized', request_id: 'r1' } })).toEqual({ code: 'unauthorized', message: 'bad key', requestId: 'r1' });
    expect(readGatewayError({ type: 'error', error: { type: 'authentication_error', message: 'bad key', code: 'unauthorized' }, request_id: 'r2' })).toEqual({ code: 'unauthorized', message: 'bad key', requestId: 'r2' });
    expect(readGatewayError({ error: { code: 401, message: 'bad key', status: 'UNAUTHENTICATED', details: [{ reason: 'unauthorized', metadata: { request_id: 'r3' } }] } })).toEqual({ code: 'unauthorized', message: 'bad key', requestId: 'r3' });
    expect(readGatewayError({ message: 'bad key', code: 'unauthorized', request_id: 'r4' })).toEqual({ code: 'unauthorized', message: 'bad key', requestId: 'r4' });
    expect(readGatewayError({ choices: [] })).toBeNull();
  });

  it('finds the reply text and pretty-prints bodies', () => {
    expect(replyText('unified', { response: 'You said: Hi' })).toBe('You said: Hi');
    expect(replyText('openai', { choices: [{ message: { content: 'Hello' } }] })).toBe('Hello');
    expect(prettyBody('{"a":1}').shown).toBe('{\n  "a": 1\n}');
    expect(prettyBody('<html>').parsed).toBeUndefined();
    expect(prettyBody('x'.repeat(30), 10).shown).toMatch(/20 more characters/);
  });
});
