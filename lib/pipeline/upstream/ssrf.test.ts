import { describe, expect, it } from 'vitest';
import { assertPublicHost, guardedLookup, isPrivateAddress } from './ssrf';

describe('private address detection', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00:ec2::254', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::10.0.0.1', '224.0.0.1'])(
    '%s is private',
    (address) => expect(isPrivateAddress(address)).toBe(true),
  );

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('refuses private literals and localhost names before connecting', () => {
    expect(() => assertPublicHost('127.0.0.1')).toThrow(/private/);
    expect(() => assertPublicHost('[::1]')).toThrow(/private/);
    expect(() => assertPublicHost('localhost')).toThrow(/private/);
    expect(() => assertPublicHost('metadata.google.internal')).toThrow(/private/);
    expect(() => assertPublicHost('api.example.com')).not.toThrow();
  });

  it('refuses a name that resolves to a private address at lookup time', async () => {
    const result = await new Promise<{ error: Error | null }>((resolve) => guardedLookup('localhost', {}, (error) => resolve({ error })));
    expect(result.error?.message).toMatch(/private/);
  });
});
