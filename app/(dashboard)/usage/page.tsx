import type { Metadata } from 'next';
import { Suspense } from 'react';
import { UsagePage } from '@/components/usage/usage-page';
import { LoadingBlock } from '@/components/ui/spinner';

export const metadata: Metadata = { title: 'Spend & usage' };

export default function Page() {
  return (
    <Suspense fallback={<LoadingBlock />}>
      <UsagePage />
    </Suspense>
  );
}
