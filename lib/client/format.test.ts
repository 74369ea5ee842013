import { describe, expect, it } from 'vitest';
import { describeBudget, describeLimits, pageRange, relativeTime, tokenStatus, usd } from './format';

const NOW = new Date('2025-06-15T12:00:00Z');

describe('format', () => {
  it('relativeTime', () => {
    expect(relativeTime(null, NOW)).toBe('Never');
    expect(relativeTime('2025-06-15T11:59:50Z', NOW)).toBe('just now');
    expect(relativeTime('2025-06-15T11:55:00Z', NOW)).toBe('5 minutes ago');
    expect(relativeTime('2025-06-14T12:00:00Z', NOW)).toBe('yesterday');
    expect(relativeTime('2025-06-18T12:00:00Z', NOW)).toBe('in 3 days');
    expect(relativeTime('garbage', NOW)).toBe('—');
  });

  it('usd', () => {
    expect(usd(25)).toBe('$25');
    expect(usd(12.5)).toBe('$12.50');
    expect(usd('3.2')).toBe('$3.20');
    expect(usd(null)).toBe('—');
  });

  it('limits and budgets', () => {
    expect(describeLimits(60, 100000)).toBe('60 rpm · 100K tpm');
    expect(describeLimits(null, null)).toBeNull();
    expect(describeBudget(null, 100)).toBe('$100/month');
    expect(describeBudget(5, null)).toBe('$5/day');
  });

  it('pageRange', () => {
    expect(pageRange(0, 20, 45)).toBe('1–20 of 45');
    expect(pageRange(40, 5, 45)).toBe('41–45 of 45');
    expect(pageRange(0, 0, 0)).toBe('0 of 0');
  });
});

describe('tokenStatus', () => {
  it('reads revoked and expired from timestamps', () => {
    const now = NOW.getTime();
    expect(tokenStatus({ revoked_at: null, expires_at: null }, now)).toBe('active');
    expect(tokenStatus({ revoked_at: '2025-01-01T00:00:00Z', expires_at: null }, now)).toBe('revoked');
    expect(tokenStatus({ revoked_at: null, expires_at: '2025-06-15T11:00:00Z' }, now)).toBe('expired');
    expect(tokenStatus({ revoked_at: null, expires_at: '2025-06-16T00:00:00Z' }, now)).toBe('active');
  });
});
