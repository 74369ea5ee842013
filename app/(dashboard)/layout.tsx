import { getServerSession } from 'next-auth';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { DashboardShell } from '@/components/shell/dashboard-shell';
import { RedirectToSignIn } from '@/components/shell/redirect-to-sign-in';
import { authOptions } from '@/lib/auth/options';

// Every dashboard page depends on who is signed in.
export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await getServerSession(authOptions());
  if (!session) return <RedirectToSignIn />;
  return (
    <Providers session={session}>
      <DashboardShell>{children}</DashboardShell>
    </Providers>
  );
}
