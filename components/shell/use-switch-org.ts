'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useSession } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';

/**
 * Moves the session to another organisation: the jwt callback accepts the new org only if the
 * user belongs to it. Every cached answer belonged to the old org, so all queries are reset
 * (not just invalidated) and nothing from the previous organisation stays on screen.
 */
export function useSwitchOrg() {
  const { update } = useSession();
  const client = useQueryClient();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const switchTo = useCallback(
    async (orgId: string, goTo?: string) => {
      setPending(true);
      try {
        await update({ orgId });
        await client.resetQueries();
        if (goTo) router.push(goTo);
        router.refresh();
      } finally {
        setPending(false);
      }
    },
    [update, client, router],
  );
  return { switchTo, pending };
}
