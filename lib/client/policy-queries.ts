'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api';
import type { Page } from './types';
import type { Policy } from './governance-types';

/**
 * The policies page's hooks. Reading, saving, deleting and scanning are shared with the rest of the
 * dashboard (governance-queries); here are the quick switches of the list, which change one field.
 */
export { useDeletePolicy, usePolicies, usePolicy, usePolicyVersions, useSavePolicy, useScan } from './governance-queries';

export type PolicySwitch = { is_active: boolean } | { mode: 'enforce' | 'shadow' };

/** PATCH one switch; the list shows the new state at once and rolls back if the API refuses. */
export function useSwitchPolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: PolicySwitch }) => apiFetch<Policy>(`/api/v1/policies/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onMutate: async ({ id, patch }) => {
      await client.cancelQueries({ queryKey: ['policies'], exact: true });
      const before = client.getQueryData<Page<Policy>>(['policies']);
      if (before) client.setQueryData<Page<Policy>>(['policies'], { ...before, items: before.items.map((p) => (p.id === id ? { ...p, ...patch } : p)) });
      return { before };
    },
    onError: (_error, _vars, context) => {
      if (context?.before) client.setQueryData(['policies'], context.before);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['policies'] }),
  });
}
