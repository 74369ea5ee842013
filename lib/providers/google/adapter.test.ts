import { afterEach, describe, expect, it } from 'vitest';
import type { RouteInput, UpstreamCredential } from '../types';
import { googleAdapter } from './adapter';
import { geminiFormat, geminiJsonArrayFormat } from './gemini';

const input = (rest: string, query = '', method = 'POST'): RouteInput => ({ provider: 'google', rest, query, method, headers: {} });

afterEach(() => {
  delete process.env.GATEWAY_UPSTREAM_GOOGLE_URL;
});

describe('googleAdapter.resolve', () => {
  it('routes generateContent and SSE streams to the Gemini format', () => {
    expect(googleAdapter.resolve(input('/v1beta/models/gemini-2.5-flash:generateContent'))).toEqual({
      origin: 'https://generativelanguage.googleapis.com',
      path: '/v1beta/models/gemini-2.5-flash:generateContent',
      format: geminiFormat,
      pathModel: 'gemini-2.5-flash',
      pathStream: false,
    });
    const stream = googleAdapter.resolve(input('/v1/models/gemini-2.0-flash:streamGenerateContent', 'alt=sse'));
    expect(stream).toMatchObject({ path: '/v1/models/gemini-2.0-flash:streamGenerateContent?alt=sse', format: geminiFormat, pathStream: true });
  });

  it('picks the JSON-array variant for streams without alt=sse', () => {
    const route = googleAdapter.resolve(input('/v1beta/models/gemini-2.5-pro:streamGenerateContent'));
    expect(route.format).toBe(geminiJsonArrayFormat);
    expect(route.pathStream).toBe(true);
  });

  it('forwards other methods and resources unread', () => {
    expect(googleAdapter.resolve(input('/v1beta/models/gemini-2.5-flash:countTokens'))).toMatchObject({ format: null, pathModel: 'gemini-2.5-flash', pathStream: false });
    expect(googleAdapter.resolve(input('/v1beta/models/text-embedding-004:batchEmbedContents'))).toMatchObject({ format: null, pathModel: 'text-embedding-004' });
    expect(googleAdapter.resolve(input('/v1beta/models', 'pageSize=50', 'GET'))).toEqual({ origin: 'https://generativelanguage.googleapis.com', path: '/v1beta/models?pageSize=50', format: null });
    expect(googleAdapter.resolve(input('/v1beta/models/gemini-2.5-flash', '', 'GET'))).toMatchObject({ format: null, pathModel: 'gemini-2.5-flash' });
    expect(googleAdapter.resolve(input('/v1beta/models/gemini-2.5-flash:generateContent', '', 'GET')).format).toBeNull();
    expect(googleAdapter.resolve(input('/upload/v1beta/files', 'uploadType=resumable')).path).toBe('/upload/v1beta/files?uploadType=resumable');
    expect(googleAdapter.resolve(input('/v1beta/tunedModels/my-model:generateContent'))).toMatchObject({ format: geminiFormat, pathModel: 'tunedModels/my-model' });
  });

  it('decodes model names and decides on the decoded path', () => {
    const route = googleAdapter.resolve(input('/v1beta/models/gemini%2D2.5-flash%3AgenerateContent'));
    expect(route).toMatchObject({ pathModel: 'gemini-2.5-flash', format: geminiFormat, path: '/v1beta/models/gemini%2D2.5-flash%3AgenerateContent' });
  });

  it('rejects other paths and path tricks', () => {
    expect(() => googleAdapter.resolve(input('/'))).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => googleAdapter.resolve(input('/models/x:generateContent'))).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => googleAdapter.resolve(input('/v1beta/models/%2e%2e/x:generateContent'))).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(() => googleAdapter.resolve(input('/v1beta/models/a%2Fb:generateContent'))).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(() => googleAdapter.resolve(input('/v1beta//models/x:generateContent'))).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(() => googleAdapter.resolve(input('/v1beta/models/%E0%A4%A:generateContent'))).toThrow(expect.objectContaining({ code: 'validation' }));
  });

  it('appends the query it is given exactly once (the pipeline has already removed a ?key= gateway key)', () => {
    const route = googleAdapter.resolve(input('/v1beta/models/m:streamGenerateContent', 'alt=sse&foo=1'));
    expect(route.path).toBe('/v1beta/models/m:streamGenerateContent?alt=sse&foo=1');
    expect(route.path).not.toContain('key=');
  });

  it('honours the operator override', () => {
    process.env.GATEWAY_UPSTREAM_GOOGLE_URL = 'http://127.0.0.1:4010/';
    expect(googleAdapter.resolve(input('/v1beta/models/m:generateContent')).origin).toBe('http://127.0.0.1:4010');
  });
});

describe('googleAdapter.authorize', () => {
  const authorize = (credential: UpstreamCredential, headers: Record<string, string> = {}) => {
    const route = googleAdapter.resolve(input('/v1beta/models/m:generateContent'));
    googleAdapter.authorize({ route, method: 'POST', url: new URL('https://generativelanguage.googleapis.com' + route.path), headers, body: null, credential });
    return headers;
  };

  it('sends the stored key as x-goog-api-key', () => {
    expect(authorize({ mode: 'stored', kind: 'api_key', apiKey: 'AIza-stored' })).toEqual({ 'x-goog-api-key': 'AIza-stored' });
  });

  it('leaves a pass-through caller\'s own key alone, and refuses a stored credential without a key', () => {
    expect(authorize({ mode: 'passthrough' }, { 'x-goog-api-key': 'AIza-caller' })).toEqual({ 'x-goog-api-key': 'AIza-caller' });
    expect(() => authorize({ mode: 'stored', kind: 'api_key' })).toThrow(expect.objectContaining({ code: 'validation' }));
  });
});
