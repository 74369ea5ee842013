'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api';
import type { AuditEvent, Invitation, Member, PriceOverride, Settings } from './governance-types';
import { queryString } from './query-string';
import type { Role } from './roles';
import type { Page } from './types';

/** Hooks over members, settings, prices and the audit trail. */

export function useMembers() {
  return useQuery({ queryKey: ['members'], queryFn: ({ signal }) => apiFetch<{ items: Member[]; invitations: Invitation[] }>('/api/v1/members', { signal }) });
}

export function useAddMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) => apiFetch<{ member: Member | null; invitation: Invitation | null }>('/api/v1/members', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['members'] }),
  });
}

export function useChangeRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) => apiFetch<Member>(`/api/v1/members/${encodeURIComponent(userId)}`, { method: 'PATCH', body: { role } }),
    onSettled: () => client.invalidateQueries({ queryKey: ['members'] }),
  });
}

export function useRemoveMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiFetch<Member>(`/api/v1/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['members'] }),
  });
}

export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<Invitation>(`/api/v1/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['members'] }),
  });
}

export function useSettings() {
  return useQuery({ queryKey: ['settings'], queryFn: ({ signal }) => apiFetch<Settings>('/api/v1/settings', { signal }) });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Record<string, unknown>) => apiFetch<Settings>('/api/v1/settings', { method: 'PATCH', body: patch }),
    // A settings patch may carry an identity secret: keep it out of the mutation cache.
    gcTime: 0,
    onSuccess: (data) => client.setQueryData(['settings'], data),
  });
}

export function usePrices() {
  return useQuery({
    queryKey: ['prices'],
    queryFn: ({ signal }) => apiFetch<{ items: PriceOverride[]; unpriced: { provider: string; model: string; requests: number }[]; price_table_version: string }>('/api/v1/prices', { signal }),
  });
}

export function useSetPrice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PriceOverride) => apiFetch<PriceOverride>('/api/v1/prices', { method: 'PUT', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['prices'] }),
  });
}

export function useDeletePrice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (p: { provider: string; model: string }) => apiFetch<PriceOverride>(`/api/v1/prices${queryString(p)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['prices'] }),
  });
}

export function useAudit(action: string | undefined, limit: number, offset: number, enabled = true) {
  const qs = queryString({ action, limit, offset });
  return useQuery({ queryKey: ['audit', qs], queryFn: ({ signal }) => apiFetch<Page<AuditEvent>>(`/api/v1/audit${qs}`, { signal }), placeholderData: keepPreviousData, enabled });
}
