import type { LogFilters } from './analytics-types';

/**
 * Request-log filters as URL parameters (so a filtered view can be shared) and as API query
 * parameters. Dates in the URL are local calendar days (`2026-11-20`); the API gets instants.
 */
export const LOG_FILTER_FIELDS = ['api_key', 'provider', 'model', 'status', 'decision', 'request_id', 'from', 'to'] as const;
export type LogFilterField = (typeof LOG_FILTER_FIELDS)[number];
export type LogFilterValues = Partial<Record<LogFilterField, string>>;

export function readLogFilters(params: URLSearchParams): LogFilterValues {
  const out: LogFilterValues = {};
  for (const f of LOG_FILTER_FIELDS) {
    const v = params.get(f)?.trim();
    if (v) out[f] = v;
  }
  return out;
}

const localMidnight = (day: string, plusDays = 0): string | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays).toISOString();
};

/** The API's query: `to` is inclusive on screen, so the API's exclusive end is the next midnight. */
export function toApiFilters(v: LogFilterValues): LogFilters {
  return {
    api_key: v.api_key,
    provider: v.provider,
    model: v.model,
    status: v.status,
    decision: v.decision,
    request_id: v.request_id,
    start_date: v.from ? localMidnight(v.from) : undefined,
    end_date: v.to ? localMidnight(v.to, 1) : undefined,
  };
}

export function countActive(v: LogFilterValues): number {
  return LOG_FILTER_FIELDS.filter((f) => v[f]).length;
}
