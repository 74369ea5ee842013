import type { Severity } from './analytics-types';
import type { Role } from './roles';

/** Shapes of the policy, approval, violation, settings, members, prices and audit APIs. */

export type PolicyKind = 'model_access' | 'budget' | 'content_rule' | 'tool_call' | 'injection' | 'pii';
export type PolicyMode = 'enforce' | 'shadow';

export interface PolicyScope {
  keys?: string[];
  agents?: string[];
  users?: string[];
  groups?: string[];
  models?: string[];
}

/** What the API accepts (POST, and PATCH per field). */
export interface PolicyBody {
  name: string;
  kind: PolicyKind;
  action: string;
  trigger_type?: string | null;
  pattern?: string | null;
  is_active: boolean;
  priority: number;
  mode: PolicyMode;
  scope: PolicyScope;
  config: Record<string, unknown>;
}

export interface Policy extends PolicyBody {
  id: string;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PolicyVersion {
  version: number;
  changed_by: string | null;
  created_at: string;
  deleted: boolean;
  policy: PolicyBody;
}

export interface Violation {
  id: string;
  usage_log_id: string | null;
  type: string;
  severity: Severity;
  direction: string;
  description: string;
  action: string;
  auto_blocked: boolean;
  policy_id: string | null;
  detector: string | null;
  model_version: string | null;
  detected_at: string;
  shadow: boolean;
  api_key_id: string | null;
  agent_id: string | null;
  user_id: string | null;
}

export interface ViolationDetail extends Violation {
  redacted_payload: { original_prompt_preview: string | null; entities_found: { type: string; confidence: number }[] };
}

export interface ViolationFilters {
  type?: string;
  severity?: string;
  direction?: string;
  action?: string;
  api_key?: string;
  start_date?: string;
  end_date?: string;
}

export type ApprovalStatus = 'pending' | 'approved' | 'denied' | 'expired' | 'used';

export interface Approval {
  id: string;
  kind: 'request' | 'tool_call';
  status: ApprovalStatus;
  request_id: string | null;
  api_key_id: string | null;
  policy_id: string | null;
  reason: string | null;
  context: {
    provider?: string;
    model?: string | null;
    path?: string;
    tool?: string;
    arguments_preview?: string | null;
    preview?: string | null;
    agent_id?: string | null;
    user_id?: string | null;
    policies?: { id: string; name: string }[];
  };
  created_at: string;
  expires_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_note: string | null;
  used_at: string | null;
}

export interface ScanResult {
  injection: { score: number; flagged: boolean; family: string | null; evidence: unknown };
  entities: { type: string; start: number; end: number; score: number }[];
  masked_text: string;
  decisions: { policy_id: string; action: string; kind: string; name: string; shadow: boolean }[];
}

export type FailMode = 'closed' | 'open';
export interface RateLimit {
  rpm?: number | null;
  tpm?: number | null;
}

export interface Settings {
  fail_mode: FailMode;
  guard_fail_modes: Record<string, FailMode>;
  prompt_storage: boolean;
  retention_days: number;
  rate_limits: { key?: RateLimit; user?: RateLimit; org?: RateLimit; provider?: RateLimit };
  identity: { jwks_url?: string; issuer?: string; audience?: string; user_claim?: string; groups_claim?: string; hmac_secret_set?: boolean } | null;
  approval_ttl_minutes: number;
  guards: string[];
}

export interface Member {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  joined_at: string;
  last_sign_in_at: string | null;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  invited_by: string | null;
  invited_at: string;
}

export interface PriceOverride {
  provider: string;
  model: string;
  input_per_mtok: number;
  output_per_mtok: number;
  cached_input_per_mtok: number | null;
  cache_write_per_mtok: number | null;
  updated_at?: string;
}

export interface AuditEvent {
  id: number;
  action: string;
  actor: { type: string; id: string | null };
  target: { type: string; id: string | null } | null;
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
  created_at: string;
  prev_hash: string;
  hash: string;
}
