'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api';
import type { Approval, ApprovalStatus, Policy, PolicyBody, PolicyVersion, ScanResult, Violation, ViolationDetail, ViolationFilters } from './governance-types';
import { queryString } from './query-string';
import type { Page } from './types';

/** Hooks over the policy, approval, violation and scan APIs. */

export function usePolicies() {
  return useQuery({ queryKey: ['policies'], queryFn: ({ signal }) => apiFetch<Page<Policy>>('/api/v1/policies?limit=500', { signal }) });
}

export function usePolicy(id: string | undefined) {
  return useQuery({ queryKey: ['policies', id], queryFn: ({ signal }) => apiFetch<Policy>(`/api/v1/policies/${encodeURIComponent(id!)}`, { signal }), enabled: Boolean(id) });
}

export function usePolicyVersions(id: string | undefined) {
  return useQuery({ queryKey: ['policies', id, 'versions'], queryFn: ({ signal }) => apiFetch<Page<PolicyVersion>>(`/api/v1/policies/${encodeURIComponent(id!)}/versions?limit=50`, { signal }), enabled: Boolean(id) });
}

export function useSavePolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Partial<PolicyBody> }) =>
      id ? apiFetch<Policy>(`/api/v1/policies/${encodeURIComponent(id)}`, { method: 'PATCH', body }) : apiFetch<Policy>('/api/v1/policies', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['policies'] }),
  });
}

export function useDeletePolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<Policy>(`/api/v1/policies/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['policies'] }),
  });
}

export function useScan() {
  return useMutation({
    mutationFn: (body: { text: string; direction: 'request' | 'response'; role: 'user' | 'system' | 'tool'; context?: Record<string, unknown> }) => apiFetch<ScanResult>('/api/v1/guards/scan', { method: 'POST', body }),
    // The text may hold personal data: do not keep it in the mutation cache.
    gcTime: 0,
  });
}

export function useApprovals(status: ApprovalStatus | undefined, limit = 50, offset = 0) {
  const qs = queryString({ status, limit, offset });
  return useQuery({
    queryKey: ['approvals', qs],
    queryFn: ({ signal }) => apiFetch<Page<Approval>>(`/api/v1/approvals${qs}`, { signal }),
    placeholderData: keepPreviousData,
    // Holds expire and new ones arrive while the page is open.
    refetchInterval: 10_000,
  });
}

export function useDecideApproval() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, note }: { id: string; decision: 'approve' | 'deny'; note?: string }) =>
      apiFetch<Approval>(`/api/v1/approvals/${encodeURIComponent(id)}`, { method: 'POST', body: { decision, note: note || undefined } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['approvals'] }),
  });
}

export function useViolations(filters: ViolationFilters, limit: number, offset: number) {
  const qs = queryString({ ...filters, limit, offset });
  return useQuery({
    queryKey: ['violations', qs],
    queryFn: ({ signal }) => apiFetch<Page<Violation>>(`/api/v1/analytics/violations${qs}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useViolation(id: string) {
  return useQuery({ queryKey: ['violations', 'one', id], queryFn: ({ signal }) => apiFetch<ViolationDetail>(`/api/v1/analytics/violations/${encodeURIComponent(id)}`, { signal }) });
}

/** The violations of one request (the request log's detail view links them). */
export function useRequestViolations(requestId: string | undefined) {
  return useQuery({
    queryKey: ['violations', 'request', requestId],
    queryFn: ({ signal }) => apiFetch<Page<Violation>>(`/api/v1/analytics/violations${queryString({ usage_log_id: requestId, limit: 100 })}`, { signal }),
    enabled: Boolean(requestId),
  });
}
