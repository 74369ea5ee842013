'use client';

import { useQueryClient } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { LogOutIcon } from '@/components/ui/icons';

export function SignOutButton({ compact }: { compact?: boolean }) {
  const client = useQueryClient();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="ghost"
      size="sm"
      loading={pending}
      onClick={async () => {
        setPending(true);
        client.clear();
        await signOut({ callbackUrl: '/sign-in' });
      }}
    >
      {pending ? null : <LogOutIcon className="size-4" />}
      <span className={compact ? 'sr-only sm:not-sr-only' : undefined}>Sign out</span>
    </Button>
  );
}
