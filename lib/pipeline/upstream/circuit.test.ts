import { describe, expect, it } from 'vitest';
import { CircuitBreakers } from './circuit';

describe('circuit breaker', () => {
  it('opens after consecutive failures, probes once after the cooldown, and closes on success', () => {
    const opened: string[] = [];
    const breakers = new CircuitBreakers({ threshold: 3, cooldownMs: 1000 });
    breakers.onOpen = (host) => opened.push(host);
    const t = 1_000_000;
    for (let i = 0; i < 2; i++) breakers.failure('h', t);
    expect(breakers.acquire('h', t)).toBe(0);
    breakers.failure('h', t);
    expect(opened).toEqual(['h']);
    expect(breakers.acquire('h', t + 10)).toBe(990);
    expect(breakers.acquire('h', t + 1000)).toBe(0); // the probe
    expect(breakers.states().h).toBe('half_open');
    expect(breakers.acquire('h', t + 1001)).toBeGreaterThan(0); // only one probe at a time
    breakers.success('h');
    expect(breakers.states().h).toBe('closed');
    expect(breakers.acquire('h', t + 1002)).toBe(0);
  });

  it('reopens when the probe fails, and keeps hosts apart', () => {
    const breakers = new CircuitBreakers({ threshold: 1, cooldownMs: 100 });
    breakers.failure('a', 0);
    expect(breakers.acquire('b', 0)).toBe(0);
    expect(breakers.acquire('a', 100)).toBe(0);
    breakers.failure('a', 100);
    expect(breakers.acquire('a', 150)).toBe(50);
  });
});
