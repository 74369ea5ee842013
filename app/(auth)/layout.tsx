import type { ReactNode } from 'react';
import { Brand } from '@/components/shell/brand';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-slate-50 px-4 py-10 sm:py-16">
      <div className="mb-8">
        <Brand href="/sign-in" />
      </div>
      <main className="flex w-full justify-center">{children}</main>
    </div>
  );
}
