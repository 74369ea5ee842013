import type { Metadata } from 'next';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { authOptions } from '@/lib/auth/options';
import { safeCallbackUrl } from '@/lib/client/callback-url';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Create your account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  const callback = typeof callbackUrl === 'string' ? callbackUrl : null;
  if (await getServerSession(authOptions())) redirect(safeCallbackUrl(callback));
  return <SignUpForm callbackUrl={callback} />;
}
