import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_SIGN_IN, safeCallbackUrl, signInUrl } from './callback-url';

const ORIGIN = 'https://gw.example.com';

describe('safeCallbackUrl', () => {
  it('keeps same-site paths with their query and hash', () => {
    expect(safeCallbackUrl('/keys')).toBe('/keys');
    expect(safeCallbackUrl('/keys?offset=20#top')).toBe('/keys?offset=20#top');
  });

  it('falls back to the dashboard when there is nothing', () => {
    expect(safeCallbackUrl(null)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeCallbackUrl('')).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it.each([
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    'https://evil.example/keys',
    'javascript:alert(1)',
    'keys',
    'http://gw.example.com/keys',
  ])('refuses %j', (value) => {
    expect(safeCallbackUrl(value, ORIGIN)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it('reduces an absolute URL on this origin to its path', () => {
    expect(safeCallbackUrl('https://gw.example.com/providers?x=1', ORIGIN)).toBe('/providers?x=1');
    expect(safeCallbackUrl('https://gw.example.com/providers')).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it('never sends a signed-in user back to the auth pages or the API', () => {
    expect(safeCallbackUrl('/sign-in')).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeCallbackUrl('/sign-up?x')).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeCallbackUrl('/api/v1/me')).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeCallbackUrl('/sign-insights')).toBe('/sign-insights');
  });
});

describe('signInUrl', () => {
  it('encodes the path into callbackUrl', () => {
    expect(signInUrl('/keys?offset=20')).toBe('/sign-in?callbackUrl=%2Fkeys%3Foffset%3D20');
  });
});
