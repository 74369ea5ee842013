import { describe, expect, it } from 'vitest';
import { EMPTY_KEY_FORM, keyFieldFromApi, keyFormToRequest, parseModelList } from './key-form';

const NOW = new Date(2025, 5, 15, 12, 0, 0);

describe('keyFormToRequest', () => {
  it('sends only the name and environment when nothing else is filled in', () => {
    expect(keyFormToRequest({ ...EMPTY_KEY_FORM, name: '  ci bot ' }, NOW)).toEqual({ request: { name: 'ci bot', environment: 'live' } });
  });

  it('maps every field', () => {
    const result = keyFormToRequest(
      { name: 'agent', environment: 'test', expiresOn: '2025-07-01', models: 'gpt-4o*, anthropic/*\nclaude-3-5-sonnet@latest', rpm: '60', tpm: '100000', budget: '$12.50', budgetPeriod: 'day' },
      NOW,
    );
    expect(result).toEqual({
      request: {
        name: 'agent',
        environment: 'test',
        expires_at: new Date(2025, 6, 1, 23, 59, 59, 999).toISOString(),
        models: ['gpt-4o*', 'anthropic/*', 'claude-3-5-sonnet@latest'],
        rate_limit_rpm: 60,
        rate_limit_tpm: 100000,
        budget_usd: 12.5,
        budget_period: 'day',
      },
    });
  });

  it('names each field that is wrong', () => {
    const result = keyFormToRequest({ name: '', environment: 'live', expiresOn: '2025-06-14', models: 'gpt 4', rpm: '1.5', tpm: '0', budget: 'ten', budgetPeriod: 'month' }, NOW);
    expect('errors' in result && Object.keys(result.errors).sort()).toEqual(['budget', 'expiresOn', 'models', 'name', 'rpm', 'tpm']);
  });

  it('accepts today as the expiry day (the key works until midnight)', () => {
    const result = keyFormToRequest({ ...EMPTY_KEY_FORM, name: 'x', expiresOn: '2025-06-15' }, NOW);
    expect('request' in result && result.request.expires_at).toBeTruthy();
  });

  it('caps limits as the API does', () => {
    const result = keyFormToRequest({ ...EMPTY_KEY_FORM, name: 'x', rpm: '1000001', budget: '1000000.01' }, NOW);
    expect(result).toEqual({ errors: { rpm: expect.stringMatching(/at most/), budget: expect.stringMatching(/at most/) } });
  });
});

describe('parseModelList', () => {
  it('splits on commas and newlines and drops blanks', () => {
    expect(parseModelList(' a, ,b\n\nc ')).toEqual(['a', 'b', 'c']);
  });
});

describe('keyFieldFromApi', () => {
  it('maps API fields to form fields', () => {
    expect(keyFieldFromApi('expires_at')).toBe('expiresOn');
    expect(keyFieldFromApi('models.2')).toBe('models');
    expect(keyFieldFromApi('metadata')).toBeUndefined();
    expect(keyFieldFromApi(undefined)).toBeUndefined();
  });
});
