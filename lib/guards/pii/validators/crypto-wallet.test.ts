import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { isValidBtcBase58, isValidBtcBech32, isValidEthAddress, toEip55 } from './crypto-wallet';
import { keccak256 } from './hash/keccak256';
import { sha256 } from './hash/sha256';
import { isValidIpv4, isValidIpv6, isValidMac } from './network';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('hashes', () => {
  it('SHA-256 matches node:crypto across block boundaries', () => {
    for (const s of ['', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(200)]) {
      expect(hex(sha256(utf8(s)))).toBe(createHash('sha256').update(s).digest('hex'));
    }
  });

  it('Keccak-256 matches the published vectors', () => {
    expect(hex(keccak256(utf8('')))).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(hex(keccak256(utf8('abc')))).toBe('4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
  });
});

describe('wallet addresses', () => {
  it('Bitcoin Base58Check', () => {
    expect(isValidBtcBase58('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toBe(true);
    expect(isValidBtcBase58('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toBe(true);
    expect(isValidBtcBase58('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toBe(false);
    expect(isValidBtcBase58('1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a')).toBe(false);
  });

  it('Bitcoin bech32 (v0) and bech32m (v1)', () => {
    expect(isValidBtcBech32('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(true);
    expect(isValidBtcBech32('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')).toBe(true);
    expect(isValidBtcBech32('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0')).toBe(true);
    expect(isValidBtcBech32('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toBe(false);
    expect(isValidBtcBech32('bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(false);
  });

  it('Ethereum EIP-55 checksums (vectors from the EIP)', () => {
    for (const a of ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb']) {
      expect(isValidEthAddress(a), a).toBe(true);
      expect(toEip55(a.slice(2).toLowerCase())).toBe(a.slice(2));
    }
    expect(isValidEthAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')).toBe(true);
    expect(isValidEthAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe(false);
    expect(isValidEthAddress('0x0000000000000000000000000000000000000000')).toBe(false);
  });
});

describe('network identifiers', () => {
  it('IPv4', () => {
    expect(isValidIpv4('192.168.1.20')).toBe(true);
    expect(isValidIpv4('256.1.1.1')).toBe(false);
    expect(isValidIpv4('01.2.3.4')).toBe(false);
    expect(isValidIpv4('1.2.3')).toBe(false);
  });

  it('IPv6', () => {
    for (const a of ['2001:db8:85a3::8a2e:370:7334', '2001:0db8:85a3:0000:0000:8a2e:0370:7334', 'fe80::1', '::ffff:192.0.2.1']) expect(isValidIpv6(a), a).toBe(true);
    for (const a of ['10:45:00', '2001:db8::85a3::1', '2001:db8:85a3:0:0:8a2e:370', '12345::1']) expect(isValidIpv6(a), a).toBe(false);
  });

  it('MAC', () => {
    expect(isValidMac('00:1A:2B:3C:4D:5E')).toBe(true);
    expect(isValidMac('00-1A-2B-3C-4D-5E')).toBe(true);
    expect(isValidMac('00:1A-2B:3C:4D:5E')).toBe(false);
    expect(isValidMac('ff:ff:ff:ff:ff:ff')).toBe(false);
  });
});
