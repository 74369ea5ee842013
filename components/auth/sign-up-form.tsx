'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cn, focusRing } from '@/components/ui/cn';
import { Field } from '@/components/ui/field';
import { CheckIcon } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { ApiError, apiFetch, errorMessage } from '@/lib/client/api';
import { safeCallbackUrl } from '@/lib/client/callback-url';
import { useHydrated } from '@/lib/client/use-hydrated';
import { MIN_PASSWORD_LENGTH, signUpErrors, type SignUpField, type SignUpValues } from '@/lib/client/sign-up';
import { AuthCard } from './auth-card';

export function SignUpForm({ callbackUrl }: { callbackUrl: string | null }) {
  const [values, setValues] = useState<SignUpValues>({ name: '', email: '', organization: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<SignUpField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  const set = (field: SignUpField) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = signUpErrors(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    setPending(true);
    try {
      await apiFetch('/api/auth/signup', { method: 'POST', body: { name: values.name.trim(), email: values.email.trim(), organization: values.organization.trim(), password: values.password } });
    } catch (error) {
      setPending(false);
      const field = error instanceof ApiError ? (error.field as SignUpField | undefined) : undefined;
      if (field && field in values) setErrors({ [field]: (error as ApiError).fieldMessage });
      else setFormError(errorMessage(error));
      return;
    }
    const result = await signIn('credentials', { email: values.email.trim(), password: values.password, redirect: false }).catch(() => undefined);
    if (!result?.ok || result.error) {
      setPending(false);
      setFormError('Your account was created, but signing in failed. Sign in with your new password.');
      return;
    }
    window.location.assign(safeCallbackUrl(callbackUrl, window.location.origin));
  };

  const longEnough = values.password.length >= MIN_PASSWORD_LENGTH;
  const signInHref = callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-in';

  return (
    <AuthCard
      title="Create your account"
      subtitle="This also creates your organisation. You will be its owner."
      footer={
        <>
          Already have an account?{' '}
          <Link href={signInHref} className={cn('rounded font-medium text-indigo-700 hover:text-indigo-600', focusRing)}>
            Sign in
          </Link>
        </>
      }
    >
      <form method="post" onSubmit={submit} className="space-y-5" noValidate>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Field label="Your name" error={errors.name}>
          {(p) => <Input {...p} name="name" autoComplete="name" value={values.name} onChange={set('name')} maxLength={100} autoFocus />}
        </Field>
        <Field label="Work email" error={errors.email}>
          {(p) => <Input {...p} type="email" name="email" autoComplete="email" value={values.email} onChange={set('email')} maxLength={254} />}
        </Field>
        <Field label="Organisation" error={errors.organization} hint="Your company or team. You can rename it or add more later.">
          {(p) => <Input {...p} name="organization" autoComplete="organization" value={values.organization} onChange={set('organization')} maxLength={100} />}
        </Field>
        <Field
          label="Password"
          error={errors.password}
          hint={
            <span className={cn('inline-flex items-center gap-1.5', longEnough && 'text-emerald-700')} data-testid="password-rule">
              {longEnough ? <CheckIcon className="size-4" /> : null}
              At least {MIN_PASSWORD_LENGTH} characters{longEnough ? ' — done' : ` (${values.password.length}/${MIN_PASSWORD_LENGTH})`}
            </span>
          }
        >
          {(p) => <Input {...p} type="password" name="password" autoComplete="new-password" value={values.password} onChange={set('password')} maxLength={256} />}
        </Field>
        <Button type="submit" loading={pending} disabled={!hydrated} className="w-full">
          Create account
        </Button>
      </form>
    </AuthCard>
  );
}
