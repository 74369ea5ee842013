'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cn, focusRing } from '@/components/ui/cn';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { safeCallbackUrl } from '@/lib/client/callback-url';
import { useHydrated } from '@/lib/client/use-hydrated';
import { AuthCard } from './auth-card';

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', { email: email.trim(), password, redirect: false });
      if (!result || result.error || !result.ok) {
        setError(result?.error === 'CredentialsSignin' || result?.status === 401 ? 'Email or password is incorrect.' : 'Could not sign you in. Try again in a moment.');
        setPending(false);
        return;
      }
      // A full navigation, so the server renders the dashboard with the new session cookie.
      window.location.assign(safeCallbackUrl(callbackUrl, window.location.origin));
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
      setPending(false);
    }
  };

  const signUpHref = callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-up';

  return (
    <AuthCard
      title="Sign in"
      subtitle="Welcome back. Sign in to manage your gateway."
      footer={
        <>
          New here?{' '}
          <Link href={signUpHref} className={cn('rounded font-medium text-indigo-700 hover:text-indigo-600', focusRing)}>
            Create an account
          </Link>
        </>
      }
    >
      <form method="post" onSubmit={submit} className="space-y-5" noValidate aria-describedby={error ? 'sign-in-error' : undefined}>
        {error ? (
          <div id="sign-in-error">
            <Alert tone="error">{error}</Alert>
          </div>
        ) : null}
        <Field label="Email">{(p) => <Input {...p} type="email" name="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoFocus />}</Field>
        <Field label="Password">
          {(p) => <Input {...p} type="password" name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />}
        </Field>
        <Button type="submit" loading={pending} disabled={!hydrated} className="w-full">
          Sign in
        </Button>
      </form>
    </AuthCard>
  );
}
