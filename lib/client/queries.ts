'use client';

import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { apiFetch } from './api';
import type { CreateKeyRequest } from './key-form';
import type { GatewayKey, ManagementToken, Me, OrgSummary, Page, ProviderCredential } from './types';
import type { Role } from './roles';

/**
 * React-query hooks per resource. Query keys start with the resource name so a mutation
 * invalidates exactly what it changed; switching organisation clears everything.
 *
 * Creating a key or token returns a secret that is shown once. The create mutations hand that
 * secret to the caller's `onSecret` and resolve with the masked view only, so the secret never
 * lands in react-query's mutation cache (see secretOnceMutationFn).
 */

export const queryKeys = {
  me: ['me'] as const,
  keys: (limit: number, offset: number) => ['keys', { limit, offset }] as const,
  keysAll: ['keys'] as const,
  credentials: ['credentials'] as const,
  tokens: ['tokens'] as const,
};

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: ({ signal }) => apiFetch<Me>('/api/v1/me', { signal }), staleTime: 30_000 });
}

export function useKeys(limit: number, offset: number) {
  return useQuery({
    queryKey: queryKeys.keys(limit, offset),
    queryFn: ({ signal }) => apiFetch<Page<GatewayKey>>(`/api/v1/keys?limit=${limit}&offset=${offset}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/**
 * A create call whose answer carries a secret in `field`: the secret goes to `onSecret`, and the
 * mutation resolves with the rest, so react-query stores only the masked view.
 */
export function secretOnceMutationFn<Body, T extends object>(path: string, field: string, onSecret: (secret: string, created: T) => void) {
  return async (body: Body): Promise<T> => {
    const created = await apiFetch<Record<string, unknown>>(path, { method: 'POST', body });
    const { [field]: secret, ...rest } = created;
    onSecret(String(secret), rest as T);
    return rest as T;
  };
}

export function useCreateKey(onSecret: (key: string, created: GatewayKey) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: secretOnceMutationFn<CreateKeyRequest, GatewayKey>('/api/v1/keys', 'key', onSecret),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.keysAll }),
  });
}

export function useRevokeKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<GatewayKey>(`/api/v1/keys/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.keysAll }),
  });
}

export function useCredentials(enabled = true) {
  return useQuery({
    queryKey: queryKeys.credentials,
    queryFn: ({ signal }) => apiFetch<{ items: ProviderCredential[]; total: number }>('/api/v1/providers', { signal }),
    enabled,
  });
}

export function useCreateCredential() {
  const client = useQueryClient();
  return useMutation({
    // The request body carries the secret; keep it out of the mutation cache's `variables` by
    // clearing the mutation as soon as it settles (see `gcTime`).
    mutationFn: (body: Record<string, unknown>) => apiFetch<ProviderCredential>('/api/v1/providers', { method: 'POST', body }),
    gcTime: 0,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.credentials }),
  });
}

export function useDeleteCredential() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<ProviderCredential>(`/api/v1/providers/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.credentials }),
  });
}

export function useMakeDefaultCredential() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<ProviderCredential>(`/api/v1/providers/${encodeURIComponent(id)}`, { method: 'PATCH', body: { is_default: true } }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.credentials }),
  });
}

export function useTokens(enabled = true) {
  return useQuery({
    queryKey: queryKeys.tokens,
    queryFn: ({ signal }) => apiFetch<{ items: ManagementToken[] }>('/api/v1/tokens', { signal }),
    enabled,
  });
}

export function useCreateToken(onSecret: (token: string, created: ManagementToken) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: secretOnceMutationFn<{ name: string; role: Role }, ManagementToken>('/api/v1/tokens', 'token', onSecret),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<ManagementToken>(`/api/v1/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}

export function useCreateOrganization() {
  return useMutation({
    mutationFn: (name: string) => apiFetch<OrgSummary & { role: Role }>('/api/v1/orgs', { method: 'POST', body: { name } }),
  });
}
