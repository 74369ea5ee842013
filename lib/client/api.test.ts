import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, errorMessage, parseErrorBody } from './api';

describe('parseErrorBody', () => {
  it('keeps the API error body: code, message, request id and field', () => {
    const text = JSON.stringify({ error: { code: 'validation', message: 'email: an account with this email already exists', request_id: 'req_1', field: 'email' } });
    const error = parseErrorBody(400, text, 'req_header');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation', requestId: 'req_1', field: 'email' });
    expect(error.message).toBe('email: an account with this email already exists');
    expect(error.fieldMessage).toBe('an account with this email already exists');
  });

  it('falls back to the X-Request-ID header and has no field when the body names none', () => {
    const error = parseErrorBody(403, JSON.stringify({ error: { code: 'forbidden', message: 'requires the admin role or higher' } }), 'req_h');
    expect(error).toMatchObject({ code: 'forbidden', requestId: 'req_h', field: undefined });
    expect(error.fieldMessage).toBe('requires the admin role or higher');
  });

  it('turns non-JSON and empty bodies into a readable message by status', () => {
    expect(parseErrorBody(502, '<html>Bad gateway</html>').message).toMatch(/server had a problem/);
    expect(parseErrorBody(401, '').message).toMatch(/Sign in again/);
    expect(parseErrorBody(418, 'nope').message).toBe('Request failed (HTTP 418).');
    expect(parseErrorBody(500, '{"error":"string not object"}').code).toBe('internal');
  });

  it('does not strip a prefix that is not the field', () => {
    const error = new ApiError(400, { code: 'validation', message: 'name: required', field: 'email' });
    expect(error.fieldMessage).toBe('name: required');
  });
});

describe('apiFetch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends JSON with the session cookie and returns the parsed body', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiFetch('/api/v1/keys', { method: 'POST', body: { name: 'ci' } })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/keys');
    expect(init).toMatchObject({ method: 'POST', body: '{"name":"ci"}', credentials: 'same-origin' });
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('throws an ApiError carrying the error body', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: { code: 'validation', message: 'password: too short', field: 'password', request_id: 'r' } }), { status: 400, headers: { 'x-request-id': 'r' } }));
    const error = await apiFetch('/api/auth/signup', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, field: 'password', fieldMessage: 'too short' });
  });

  it('reports a network failure as an ApiError with status 0', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await apiFetch('/api/v1/me').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network' });
    expect(errorMessage(error)).toMatch(/Could not reach the server/);
  });

  it('resolves to undefined on an empty 2xx body', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
    await expect(apiFetch('/api/v1/keys/x', { method: 'DELETE' })).resolves.toBeUndefined();
  });
});
