import { describe, expect, it } from 'vitest';
import type { Settings } from '@/lib/client/governance-types';
import { formToPatch, isDirty, settingsToForm } from './settings-form';

const base: Settings = {
  fail_mode: 'closed',
  guard_fail_modes: { injection_classifier: 'open' },
  prompt_storage: false,
  retention_days: 90,
  rate_limits: { key: { rpm: 60 } },
  identity: null,
  approval_ttl_minutes: 60,
  guards: ['policy_store', 'pii', 'injection_classifier'],
};

describe('settings form', () => {
  it('reads the API answer with every guard listed and inherited guards marked', () => {
    const v = settingsToForm(base);
    expect(v.guardFailModes).toEqual({ policy_store: 'inherit', pii: 'inherit', injection_classifier: 'open' });
    expect(v.rateLimits.key).toEqual({ rpm: '60', tpm: '' });
    expect(v.rateLimits.org).toEqual({ rpm: '', tpm: '' });
    expect(v.identityMode).toBe('none');
    expect(v.retentionDays).toBe('90');
  });

  it('turns the form into a patch: inherited guards and empty limits are removed with null, identity off is null', () => {
    const v = settingsToForm(base);
    v.failMode = 'open';
    v.guardFailModes.pii = 'closed';
    v.guardFailModes.injection_classifier = 'inherit';
    v.rateLimits.key = { rpm: '', tpm: '' };
    v.rateLimits.user = { rpm: '0', tpm: '1000' };
    v.retentionDays = ' 30 ';
    const result = formToPatch(v, false);
    expect(result).toEqual({
      patch: {
        fail_mode: 'open',
        prompt_storage: false,
        guard_fail_modes: { policy_store: null, pii: 'closed', injection_classifier: null },
        retention_days: 30,
        approval_ttl_minutes: 60,
        rate_limits: { key: null, user: { rpm: 0, tpm: 1000 }, org: null, provider: null },
        identity: null,
      },
    });
  });

  it('reports each bad field under the API’s field name', () => {
    const v = settingsToForm(base);
    v.retentionDays = '0';
    v.approvalTtlMinutes = 'soon';
    v.rateLimits.org.tpm = '-5';
    v.identityMode = 'jwks';
    v.jwksUrl = 'not a url';
    v.userClaim = 'has space';
    const result = formToPatch(v, false);
    expect('errors' in result && result.errors).toEqual({
      retention_days: 'Must be at least 1.',
      approval_ttl_minutes: 'Enter a whole number.',
      'rate_limits.org.tpm': 'Enter a whole number.',
      'identity.jwks_url': expect.stringContaining('full URL'),
      'identity.user_claim': expect.stringContaining('claim name'),
    });
  });

  it('keeps a stored shared secret when the field is left empty, and asks for one when none is stored', () => {
    const withSecret = settingsToForm({ ...base, identity: { hmac_secret_set: true, user_claim: 'sub', groups_claim: 'groups' } });
    expect(withSecret.identityMode).toBe('hmac');
    expect(withSecret.hmacSecret).toBe('');
    const kept = formToPatch(withSecret, true);
    expect('patch' in kept && kept.patch.identity).toEqual({ jwks_url: null, issuer: null, audience: null, user_claim: 'sub', groups_claim: 'groups' });

    expect(formToPatch(withSecret, false)).toEqual({ errors: { 'identity.hmac_secret': expect.stringContaining('at least 32') } });
    const short = formToPatch({ ...withSecret, hmacSecret: 'short' }, true);
    expect('errors' in short && short.errors['identity.hmac_secret']).toMatch(/at least 32/);
    const replaced = formToPatch({ ...withSecret, hmacSecret: 'x'.repeat(40) }, true);
    expect('patch' in replaced && (replaced.patch.identity as Record<string, unknown>).hmac_secret).toBe('x'.repeat(40));
  });

  it('switching to a JWKS URL removes the shared secret', () => {
    const v = { ...settingsToForm(base), identityMode: 'jwks' as const, jwksUrl: 'https://idp.example.com/jwks.json', issuer: 'https://idp.example.com' };
    const result = formToPatch(v, true);
    expect('patch' in result && result.patch.identity).toEqual({ jwks_url: 'https://idp.example.com/jwks.json', hmac_secret: null, issuer: 'https://idp.example.com', audience: null, user_claim: 'sub', groups_claim: 'groups' });
  });

  it('notices changes', () => {
    const a = settingsToForm(base);
    expect(isDirty(a, settingsToForm(base))).toBe(false);
    expect(isDirty({ ...a, promptStorage: true }, a)).toBe(true);
  });
});
