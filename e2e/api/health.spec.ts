import { expect, test } from '@playwright/test';

test('the server reports healthy with its version and services', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ status: 'ok', services: { database: 'ok' } });
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  expect(res.headers()['x-request-id']).toBeTruthy();
});

test('unknown management endpoints answer JSON 404 in the error shape', async ({ request }) => {
  const res = await request.get('/api/v1/nothing-here');
  expect(res.status()).toBe(404);
  const body = await res.json();
  expect(body.error).toMatchObject({ code: 'not_found' });
  expect(body.error.request_id).toBe(res.headers()['x-request-id']);
});
