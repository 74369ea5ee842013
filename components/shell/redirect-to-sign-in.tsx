'use client';

import { useEffect } from 'react';
import { LoadingBlock } from '@/components/ui/spinner';
import { signInUrl } from '@/lib/client/callback-url';

/**
 * A layout cannot see the URL it renders for, so the signed-out redirect is made here, where the
 * browser knows the path to come back to after signing in.
 */
export function RedirectToSignIn() {
  useEffect(() => {
    window.location.replace(signInUrl(window.location.pathname + window.location.search));
  }, []);
  return <LoadingBlock label="Redirecting to sign in…" />;
}
