/** Shapes of the analytics API's answers (app/api/v1/analytics/*), as the browser sees them. */

export type PeriodId = '24h' | '7d' | '30d' | '90d';
export type UsageGroup = 'none' | 'model' | 'provider' | 'key';

export interface KeyRef {
  id: string | null;
  name: string;
  masked: string | null;
  status: string | null;
}

export interface Stats {
  period: PeriodId | 'custom';
  start: string;
  end: string;
  total_requests: number;
  total_cost_usd: number;
  total_tokens: { prompt: number; completion: number; cached: number; total: number };
  avg_latency_ms: number | null;
  p50_latency_ms: number | null;
  p95_latency_ms: number | null;
  avg_overhead_ms: number | null;
  error_rate_pct: number;
  errors: number;
  blocked: number;
  unpriced_requests: number;
  by_provider: Record<string, number>;
  by_model: Record<string, number>;
  violations: { total: number; by_type: Record<string, number>; by_severity: Record<Severity, number>; critical: number; high: number; shadow: number };
  top_models: { model: string; provider: string | null; requests: number; cost_usd: number; tokens: number; unpriced: number }[];
  top_keys: { api_key: KeyRef; requests: number; cost_usd: number; tokens: number; unpriced: number }[];
}

export interface UsagePoint {
  t: string;
  requests: number;
  errors: number;
  blocked: number;
  error_rate_pct: number;
  cost_usd: number;
  tokens_in: number;
  tokens_out: number;
  tokens_cached: number;
  avg_latency_ms: number | null;
  p50_latency_ms: number | null;
  p95_latency_ms: number | null;
  avg_overhead_ms: number | null;
  by_group: Record<string, { cost_usd: number; requests: number; tokens: number }>;
}

export interface SeriesGroup {
  id: string;
  label: string;
}

export interface UsageSeries {
  series: 'usage';
  start: string;
  end: string;
  bucket: 'hour' | 'day';
  tz: string;
  group_by: UsageGroup;
  groups: SeriesGroup[];
  points: UsagePoint[];
}

export interface ViolationSeries {
  series: 'violations';
  start: string;
  end: string;
  bucket: 'hour' | 'day';
  tz: string;
  group_by: 'none' | 'type' | 'severity';
  groups: SeriesGroup[];
  points: { t: string; total: number; by_group: Record<string, number> }[];
}

export interface BreakdownRow {
  provider: string | null;
  model: string | null;
  api_key: KeyRef | null;
  requests: number;
  errors: number;
  blocked: number;
  unpriced: number;
  error_rate_pct: number;
  tokens_in: number;
  tokens_out: number;
  tokens_cached: number;
  cost_usd: number;
  avg_latency_ms: number | null;
  p50_latency_ms: number | null;
  p95_latency_ms: number | null;
  avg_overhead_ms: number | null;
}

export interface Breakdown {
  start: string;
  end: string;
  group_by: 'model' | 'provider' | 'key' | 'model_key';
  items: BreakdownRow[];
  truncated: boolean;
}

export interface LogItem {
  id: string;
  request_id: string;
  timestamp: string;
  api_key: string | null;
  api_key_id: string | null;
  api_key_name: string | null;
  path: string;
  method: string;
  status_code: number;
  error_code: string | null;
  decision: string | null;
  latency_ms: number;
  overhead_ms: number | null;
  request_size_bytes: number | null;
  response_size_bytes: number | null;
  provider: string;
  model: string | null;
  stream: boolean;
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens: number;
  cost_usd: number | null;
  price_unknown: boolean;
  agent_id: string | null;
  user_id: string | null;
}

export interface LogPage {
  items: LogItem[];
  total: number;
  total_exact: boolean;
  offset: number;
  limit: number;
  next_cursor: string | null;
}

export type Severity = 'critical' | 'high' | 'medium' | 'low';

export interface RequestViolation {
  id: string;
  type: string;
  severity: Severity;
  direction: string;
  action: string;
  auto_blocked: boolean;
  policy_id: string | null;
  detector: string | null;
  description: string;
  shadow: boolean;
  detected_at: string;
}

export interface LogDetail extends LogItem {
  cache_write_tokens: number;
  timings: { total_ms: number; upstream_ms: number | null; overhead_ms: number | null; ttfb_ms: number | null };
  user_group: string | null;
  metadata: Record<string, unknown>;
  prompt: string | null;
  response: string | null;
  violations: RequestViolation[];
  approvals: { id: string; kind: string; status: string; reason: string | null; decided_at: string | null; decision_note: string | null; created_at: string }[];
}

/** Filters of the request log, as they appear in the page's URL and the API's query. */
export interface LogFilters {
  api_key?: string;
  provider?: string;
  model?: string;
  status?: string;
  decision?: string;
  request_id?: string;
  start_date?: string;
  end_date?: string;
}
