import { z } from 'zod';
import { PROVIDER_IDS, PROVIDERS, type CredentialKind, type ProviderId } from '@/lib/providers/catalog';

/**
 * What `POST /api/v1/providers` accepts, per credential kind, and how it splits into the sealed
 * secret (never returned again) and non-secret metadata (shown in lists).
 */

const name = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, 'letters, digits, space, dot, dash or underscore');
const secretString = z.string().trim().min(1).max(8192);

const baseUrl = z
  .string()
  .trim()
  .url()
  .refine((v) => /^https?:\/\//.test(v), 'must be an http(s) URL')
  .refine((v) => {
    const u = new URL(v);
    return !u.username && !u.password;
  }, 'must not contain credentials; use api_key')
  .transform((v) => v.replace(/\/+$/, ''));

const base = z.object({ provider: z.enum(PROVIDER_IDS as [ProviderId, ...ProviderId[]]), name: name.default('default') });

const serviceAccount = z.object({
  type: z.literal('service_account'),
  client_email: z.string().email(),
  private_key: z.string().includes('PRIVATE KEY'),
  private_key_id: z.string().optional(),
  project_id: z.string().optional(),
  token_uri: z.string().optional(),
});

const kindSchemas = {
  api_key: z.object({ api_key: secretString.optional(), base_url: baseUrl.optional() }),
  azure: z.object({
    api_key: secretString,
    resource: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,62}$/i, 'an Azure resource name (my-resource)'),
    api_version: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, 'like 2024-10-21').default('2024-10-21'),
  }),
  aws: z.object({
    aws_access_key_id: z.string().trim().regex(/^[A-Z0-9]{16,128}$/, 'an AWS access key id (AKIA…)'),
    aws_secret_access_key: secretString,
    aws_session_token: secretString.optional(),
    region: z.string().trim().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'an AWS region (us-east-1)'),
  }),
  vertex: z.object({
    service_account_json: z.union([z.string(), z.record(z.string(), z.unknown())]),
    project: z.string().trim().min(1).optional(),
    location: z.string().trim().regex(/^[a-z]+-[a-z]+\d+$|^global$/, 'a Google Cloud location (us-central1)').default('us-central1'),
  }),
  custom: z.object({ base_url: baseUrl, api_key: secretString.optional() }),
} satisfies Record<CredentialKind, z.ZodType>;

export interface ParsedCredential {
  provider: ProviderId;
  name: string;
  kind: CredentialKind;
  secret: Record<string, string>;
  metadata: Record<string, unknown>;
  lastFour: string;
}

export type CredentialIssue = { field: string; message: string };

const lastFour = (value: string | undefined) => (value ? value.slice(-4) : '');

function issue(error: z.ZodError): CredentialIssue {
  const first = error.issues[0];
  return { field: first.path.join('.') || 'body', message: first.message };
}

/** Validates a credential body; returns the parsed credential or the first problem with its field. */
export function parseCredentialInput(body: unknown): ParsedCredential | CredentialIssue {
  const head = base.safeParse(body);
  if (!head.success) return issue(head.error);
  const { provider, name: credentialName } = head.data;
  const info = PROVIDERS[provider];
  const kind = info.credentialKind;
  const parsed = kindSchemas[kind].safeParse(body);
  if (!parsed.success) return issue(parsed.error);
  const common = { provider, name: credentialName, kind };

  switch (kind) {
    case 'api_key': {
      const v = parsed.data as z.infer<typeof kindSchemas.api_key>;
      if (info.apiKeyRequired && !v.api_key) return { field: 'api_key', message: 'required' };
      if (v.base_url && !('tenantBaseUrl' in info)) return { field: 'base_url', message: `not supported for ${provider}` };
      return { ...common, secret: v.api_key ? { api_key: v.api_key } : {}, metadata: v.base_url ? { base_url: v.base_url } : {}, lastFour: lastFour(v.api_key) };
    }
    case 'azure': {
      const v = parsed.data as z.infer<typeof kindSchemas.azure>;
      return { ...common, secret: { api_key: v.api_key }, metadata: { resource: v.resource, api_version: v.api_version }, lastFour: lastFour(v.api_key) };
    }
    case 'aws': {
      const v = parsed.data as z.infer<typeof kindSchemas.aws>;
      const secret: Record<string, string> = { aws_access_key_id: v.aws_access_key_id, aws_secret_access_key: v.aws_secret_access_key };
      if (v.aws_session_token) secret.aws_session_token = v.aws_session_token;
      return { ...common, secret, metadata: { region: v.region, temporary: Boolean(v.aws_session_token) }, lastFour: lastFour(v.aws_access_key_id) };
    }
    case 'vertex': {
      const v = parsed.data as z.infer<typeof kindSchemas.vertex>;
      let json: unknown = v.service_account_json;
      if (typeof json === 'string') {
        try {
          json = JSON.parse(json);
        } catch {
          return { field: 'service_account_json', message: 'must be the service-account JSON key file' };
        }
      }
      const account = serviceAccount.safeParse(json);
      if (!account.success) return { field: 'service_account_json', message: `not a service-account key: ${issue(account.error).field} ${issue(account.error).message}` };
      const project = v.project ?? account.data.project_id;
      if (!project) return { field: 'project', message: 'required (not in the service-account JSON)' };
      return {
        ...common,
        secret: { service_account_json: JSON.stringify(json) },
        metadata: { project, location: v.location, client_email: account.data.client_email },
        lastFour: lastFour(account.data.private_key_id ?? account.data.client_email),
      };
    }
    case 'custom': {
      const v = parsed.data as z.infer<typeof kindSchemas.custom>;
      return { ...common, secret: v.api_key ? { api_key: v.api_key } : {}, metadata: { base_url: v.base_url }, lastFour: lastFour(v.api_key) };
    }
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown credential kind ${String(unreachable)}`);
    }
  }
}

export function isCredentialIssue(value: ParsedCredential | CredentialIssue): value is CredentialIssue {
  return 'field' in value && 'message' in value;
}
