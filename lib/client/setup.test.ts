import { describe, expect, it } from 'vitest';
import { quickstartSnippets, setupSteps } from './setup';
import type { GatewayKey, ProviderCredential } from './types';

const credential = { id: 'c', provider: 'openai' } as ProviderCredential;
const key = (lastUsed: string | null) => ({ id: 'k', last_used_at: lastUsed }) as GatewayKey;

describe('setupSteps', () => {
  it('has nothing done for a new organisation', () => {
    const steps = setupSteps({ credentials: [], keysTotal: 0, keys: [] });
    expect(steps.map((s) => [s.id, s.done])).toEqual([
      ['credential', false],
      ['key', false],
      ['request', false],
    ]);
    expect(steps[0].action).toBe('Add a credential');
  });

  it('ticks each step from what exists', () => {
    const steps = setupSteps({ credentials: [credential, { ...credential, id: 'd' }], keysTotal: 3, keys: [key(null), key('2025-01-01T00:00:00Z')] });
    expect(steps.every((s) => s.done)).toBe(true);
    expect(steps[0].description).toMatch(/1 provider\./);
    expect(steps[1].description).toMatch(/^3 keys/);
  });
});

describe('quickstartSnippets', () => {
  it('fills in the deployment origin', () => {
    const s = quickstartSnippets('https://gw.example.com');
    expect(s.base).toBe('https://gw.example.com/api/gateway/openai');
    expect(s.curl).toContain('https://gw.example.com/api/gateway/openai/v1/chat/completions');
    expect(s.python).toContain('base_url="https://gw.example.com/api/gateway/openai/v1"');
    expect(s.typescript).toContain("baseURL: 'https://gw.example.com/api/gateway/openai/v1'");
  });
});
