import { PROVIDERS, type ProviderId } from '@/lib/providers/catalog';
import type { ProviderCredential } from './types';

/**
 * The add-credential form: which inputs a provider's credential kind needs, and how the filled-in
 * values become a `POST /api/v1/providers` body. Secrets are `type=password` inputs (the vertex key
 * file is a textarea); none of them is ever shown again after saving.
 */

export interface CredentialField {
  name: string;
  label: string;
  input: 'text' | 'password' | 'textarea' | 'url';
  required: boolean;
  placeholder?: string;
  hint?: string;
  defaultValue?: string;
}

const apiKeyField = (required: boolean, hint?: string): CredentialField => ({
  name: 'api_key',
  label: 'API key',
  input: 'password',
  required,
  hint: hint ?? 'Stored encrypted. After saving you will only see its last four characters.',
});

export function credentialFields(provider: ProviderId): CredentialField[] {
  const info = PROVIDERS[provider];
  switch (info.credentialKind) {
    case 'api_key': {
      const fields = [apiKeyField(info.apiKeyRequired, info.apiKeyRequired ? undefined : 'Optional: only if your server asks for one.')];
      if ('tenantBaseUrl' in info) {
        const mode: string = info.tenantBaseUrl;
        fields.push({
          name: 'base_url',
          label: 'Base URL',
          input: 'url',
          required: mode === 'required',
          placeholder: info.baseUrl || 'https://llm.example.com',
          hint: `Optional: where your ${info.label} server listens. Leave empty for ${info.baseUrl}.`,
        });
      }
      return fields;
    }
    case 'azure':
      return [
        apiKeyField(true),
        { name: 'resource', label: 'Resource name', input: 'text', required: true, placeholder: 'my-openai-resource', hint: 'The part before .openai.azure.com.' },
        { name: 'api_version', label: 'API version', input: 'text', required: true, defaultValue: '2024-10-21', placeholder: '2024-10-21' },
      ];
    case 'aws':
      return [
        { name: 'aws_access_key_id', label: 'Access key ID', input: 'text', required: true, placeholder: 'AKIA…' },
        { name: 'aws_secret_access_key', label: 'Secret access key', input: 'password', required: true, hint: 'Stored encrypted and never shown again.' },
        { name: 'aws_session_token', label: 'Session token', input: 'password', required: false, hint: 'Optional: only for temporary credentials.' },
        { name: 'region', label: 'Region', input: 'text', required: true, defaultValue: 'us-east-1', placeholder: 'us-east-1' },
      ];
    case 'vertex':
      return [
        { name: 'service_account_json', label: 'Service-account key (JSON)', input: 'textarea', required: true, placeholder: '{ "type": "service_account", … }', hint: 'Paste the JSON key file or choose it below. Stored encrypted and never shown again.' },
        { name: 'project', label: 'Project ID', input: 'text', required: false, hint: 'Optional: taken from the key file when empty.' },
        { name: 'location', label: 'Location', input: 'text', required: true, defaultValue: 'us-central1', placeholder: 'us-central1' },
      ];
    case 'custom':
      return [
        { name: 'base_url', label: 'Base URL', input: 'url', required: true, placeholder: 'https://llm.example.com/v1', hint: 'An OpenAI-compatible server, reachable from the gateway.' },
        apiKeyField(false, 'Optional: sent as a Bearer token.'),
      ];
    default: {
      const never: never = info;
      return never;
    }
  }
}

export function initialCredentialValues(provider: ProviderId): Record<string, string> {
  return Object.fromEntries(credentialFields(provider).map((f) => [f.name, f.defaultValue ?? '']));
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/;

export function credentialFormToRequest(
  provider: ProviderId,
  name: string,
  values: Record<string, string>,
): { request: Record<string, string> } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const request: Record<string, string> = { provider };
  const trimmedName = name.trim();
  if (trimmedName) {
    if (trimmedName.length > 64 || !NAME.test(trimmedName)) errors.name = 'Letters, digits, spaces, dots, dashes or underscores (at most 64), starting with a letter or digit.';
    else request.name = trimmedName;
  }
  for (const field of credentialFields(provider)) {
    const value = (values[field.name] ?? '').trim();
    if (!value) {
      if (field.required) errors[field.name] = `${field.label} is required.`;
      continue;
    }
    if (field.input === 'url' && !/^https?:\/\/\S+$/.test(value)) {
      errors[field.name] = 'Must start with http:// or https://.';
      continue;
    }
    if (field.name === 'service_account_json') {
      try {
        JSON.parse(value);
      } catch {
        errors[field.name] = 'This is not valid JSON: paste the whole key file.';
        continue;
      }
    }
    request[field.name] = value;
  }
  return Object.keys(errors).length ? { errors } : { request };
}

/** The non-secret details a stored credential carries, as label/value pairs for the list. */
export function describeMetadata(metadata: Record<string, unknown> | null | undefined): { label: string; value: string }[] {
  if (!metadata) return [];
  const labels: Record<string, string> = {
    region: 'Region',
    resource: 'Resource',
    api_version: 'API version',
    project: 'Project',
    location: 'Location',
    client_email: 'Service account',
    base_url: 'Base URL',
  };
  const out: { label: string; value: string }[] = [];
  for (const [key, label] of Object.entries(labels)) {
    const value = metadata[key];
    if (typeof value === 'string' && value) out.push({ label, value });
  }
  if (metadata.temporary === true) out.push({ label: 'Credentials', value: 'temporary (session token)' });
  return out;
}

/** Credentials grouped by provider, keeping the API's order (by provider, default first). */
export function groupByProvider(items: ProviderCredential[]): [string, ProviderCredential[]][] {
  const groups = new Map<string, ProviderCredential[]>();
  for (const item of items) groups.set(item.provider, [...(groups.get(item.provider) ?? []), item]);
  return [...groups.entries()];
}
