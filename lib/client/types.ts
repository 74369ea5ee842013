import type { Role } from './roles';

/** Shapes of the management API's answers, as the browser sees them. */

export interface OrgSummary {
  id: string;
  name: string;
  slug: string;
}

export interface Me {
  user: { id: string; email: string; name: string } | null;
  via: 'session' | 'token';
  organization: OrgSummary;
  role: Role;
  organizations: (OrgSummary & { role: Role })[];
}

export type KeyStatus = 'active' | 'revoked' | 'expired';

export interface GatewayKey {
  id: string;
  name: string;
  masked: string;
  prefix: string;
  last_four: string;
  status: KeyStatus;
  expires_at: string | null;
  models: string[];
  rate_limit_rpm: number | null;
  rate_limit_tpm: number | null;
  budget_usd_daily: number | null;
  budget_usd_monthly: number | null;
  last_used_at: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface ProviderCredential {
  id: string;
  provider: string;
  name: string;
  kind: string;
  last_four: string;
  masked: string;
  metadata: Record<string, unknown> | null;
  is_default: boolean;
  created_at: string;
}

export interface ManagementToken {
  id: string;
  name: string;
  role: Role;
  masked: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}
