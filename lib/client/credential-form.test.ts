import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '@/lib/providers/catalog';
import { credentialFields, credentialFormToRequest, describeMetadata, groupByProvider, initialCredentialValues } from './credential-form';
import type { ProviderCredential } from './types';

describe('credentialFields', () => {
  it('gives every provider at least one field, secrets as password inputs', () => {
    for (const id of PROVIDER_IDS) {
      const fields = credentialFields(id);
      expect(fields.length).toBeGreaterThan(0);
      for (const f of fields) if (/key|token/.test(f.name) && f.name !== 'aws_access_key_id') expect(f.input, `${id}.${f.name}`).toBe('password');
    }
  });

  it('changes with the credential kind', () => {
    expect(credentialFields('openai').map((f) => f.name)).toEqual(['api_key']);
    expect(credentialFields('ollama').map((f) => [f.name, f.required])).toEqual([['api_key', false], ['base_url', false]]);
    expect(credentialFields('azure').map((f) => f.name)).toEqual(['api_key', 'resource', 'api_version']);
    expect(credentialFields('bedrock').map((f) => f.name)).toEqual(['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token', 'region']);
    expect(credentialFields('vertex').find((f) => f.name === 'service_account_json')?.input).toBe('textarea');
    expect(credentialFields('custom').find((f) => f.name === 'base_url')?.required).toBe(true);
  });

  it('pre-fills defaults', () => {
    expect(initialCredentialValues('bedrock')).toMatchObject({ region: 'us-east-1', aws_secret_access_key: '' });
  });
});

describe('credentialFormToRequest', () => {
  it('builds the body and leaves out empty optional fields', () => {
    expect(credentialFormToRequest('openai', ' prod ', { api_key: ' sk-abc ' })).toEqual({ request: { provider: 'openai', name: 'prod', api_key: 'sk-abc' } });
    expect(credentialFormToRequest('bedrock', '', { aws_access_key_id: 'AKIAEXAMPLE12345678', aws_secret_access_key: 's', aws_session_token: '', region: 'eu-west-1' })).toEqual({
      request: { provider: 'bedrock', aws_access_key_id: 'AKIAEXAMPLE12345678', aws_secret_access_key: 's', region: 'eu-west-1' },
    });
  });

  it('reports missing required fields, bad URLs, bad JSON and bad names', () => {
    expect(credentialFormToRequest('openai', '', { api_key: '' })).toEqual({ errors: { api_key: 'API key is required.' } });
    expect(credentialFormToRequest('custom', 'my server!', { base_url: 'ftp://x' })).toEqual({ errors: { name: expect.any(String), base_url: expect.stringMatching(/http/) } });
    expect(credentialFormToRequest('vertex', '', { service_account_json: '{nope', location: 'us-central1' })).toEqual({ errors: { service_account_json: expect.stringMatching(/JSON/) } });
  });
});

describe('describeMetadata', () => {
  it('lists known non-secret details in a stable order', () => {
    expect(describeMetadata({ location: 'us-central1', project: 'p', client_email: 'a@b', secret: 'x' })).toEqual([
      { label: 'Project', value: 'p' },
      { label: 'Location', value: 'us-central1' },
      { label: 'Service account', value: 'a@b' },
    ]);
    expect(describeMetadata({ region: 'us-east-1', temporary: true })).toEqual([
      { label: 'Region', value: 'us-east-1' },
      { label: 'Credentials', value: 'temporary (session token)' },
    ]);
    expect(describeMetadata(null)).toEqual([]);
  });
});

describe('groupByProvider', () => {
  it('groups in first-seen order and keeps the order inside a group', () => {
    const c = (id: string, provider: string) => ({ id, provider }) as ProviderCredential;
    const groups = groupByProvider([c('1', 'anthropic'), c('2', 'openai'), c('3', 'anthropic')]);
    expect(groups.map(([p, items]) => [p, items.map((i) => i.id)])).toEqual([
      ['anthropic', ['1', '3']],
      ['openai', ['2']],
    ]);
  });
});
