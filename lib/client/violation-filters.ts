import type { ViolationFilters } from './governance-types';

/** Violation list filters in the URL (`type`, `severity`, `direction`, `action`, `api_key`, `from`, `to`). */
export const VIOLATION_FILTER_FIELDS = ['type', 'severity', 'direction', 'action', 'api_key', 'from', 'to'] as const;
export type ViolationFilterValues = Partial<Record<(typeof VIOLATION_FILTER_FIELDS)[number], string>>;

export const VIOLATION_TYPES = [
  { id: 'pii', label: 'Personal data' },
  { id: 'secret', label: 'Secret or credential' },
  { id: 'injection', label: 'Prompt injection' },
  { id: 'policy', label: 'Policy rule' },
  { id: 'tool', label: 'Tool call' },
  { id: 'budget', label: 'Budget' },
  { id: 'rate', label: 'Rate limit' },
];

export const VIOLATION_ACTIONS = ['block', 'mask', 'redact', 'pseudonymize', 'hold', 'deny', 'alert', 'log', 'detect', 'allow'];

export function typeLabel(type: string): string {
  return VIOLATION_TYPES.find((t) => t.id === type)?.label ?? type;
}

export function readViolationFilters(params: URLSearchParams): ViolationFilterValues {
  const out: ViolationFilterValues = {};
  for (const f of VIOLATION_FILTER_FIELDS) {
    const v = params.get(f)?.trim();
    if (v) out[f] = v;
  }
  return out;
}

const midnight = (day: string | undefined, plus = 0) => {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plus).toISOString() : undefined;
};

export function toViolationQuery(v: ViolationFilterValues): ViolationFilters {
  return { type: v.type, severity: v.severity, direction: v.direction, action: v.action, api_key: v.api_key, start_date: midnight(v.from), end_date: midnight(v.to, 1) };
}
