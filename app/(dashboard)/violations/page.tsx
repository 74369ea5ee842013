import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ViolationsPage } from '@/components/violations/violations-page';
import { LoadingBlock } from '@/components/ui/spinner';

export const metadata: Metadata = { title: 'Violations' };

export default function Page() {
  return (
    <Suspense fallback={<LoadingBlock />}>
      <ViolationsPage />
    </Suspense>
  );
}
