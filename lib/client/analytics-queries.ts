'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from './api';
import type { Breakdown, LogDetail, LogFilters, LogPage, Stats, UsageGroup, UsageSeries, ViolationSeries } from './analytics-types';
import type { RangeParams } from './periods';
import { queryString } from './query-string';

/**
 * Hooks over the analytics API. Dashboards refresh every minute while open (the rollups move as
 * traffic is written); the previous answer stays on screen while a new period loads.
 */
const REFRESH_MS = 60_000;

export function useStats(range: RangeParams, options: { top?: number } = {}) {
  const qs = queryString({ ...range, top: options.top });
  return useQuery({
    queryKey: ['analytics', 'stats', qs],
    queryFn: ({ signal }) => apiFetch<Stats>(`/api/v1/analytics/stats${qs}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
}

export function useUsageSeries(range: RangeParams, groupBy: UsageGroup, filter: { provider?: string; model?: string; api_key?: string } = {}) {
  const qs = queryString({ ...range, group_by: groupBy, ...filter });
  return useQuery({
    queryKey: ['analytics', 'timeseries', qs],
    queryFn: ({ signal }) => apiFetch<UsageSeries>(`/api/v1/analytics/timeseries${qs}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
}

export function useViolationSeries(range: RangeParams, groupBy: 'type' | 'severity') {
  const qs = queryString({ ...range, series: 'violations', group_by: groupBy });
  return useQuery({
    queryKey: ['analytics', 'timeseries', qs],
    queryFn: ({ signal }) => apiFetch<ViolationSeries>(`/api/v1/analytics/timeseries${qs}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
}

export function useBreakdown(range: RangeParams, groupBy: Breakdown['group_by']) {
  const qs = queryString({ ...range, group_by: groupBy });
  return useQuery({
    queryKey: ['analytics', 'breakdown', qs],
    queryFn: ({ signal }) => apiFetch<Breakdown>(`/api/v1/analytics/breakdown${qs}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLogs(filters: LogFilters, cursor: string | undefined, limit = 50) {
  const qs = queryString({ ...filters, limit, cursor });
  return useQuery({
    queryKey: ['analytics', 'logs', qs],
    queryFn: ({ signal }) => apiFetch<LogPage>(`/api/v1/analytics/logs${qs}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLog(id: string) {
  return useQuery({ queryKey: ['analytics', 'log', id], queryFn: ({ signal }) => apiFetch<LogDetail>(`/api/v1/analytics/logs/${encodeURIComponent(id)}`, { signal }) });
}
