import type { Metadata } from 'next';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { authOptions } from '@/lib/auth/options';
import { safeCallbackUrl } from '@/lib/client/callback-url';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  const callback = typeof callbackUrl === 'string' ? callbackUrl : null;
  if (await getServerSession(authOptions())) redirect(safeCallbackUrl(callback));
  return <SignInForm callbackUrl={callback} />;
}
