import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LogsPage } from '@/components/logs/logs-page';
import { LoadingBlock } from '@/components/ui/spinner';

export const metadata: Metadata = { title: 'Request log' };

export default function Page() {
  return (
    <Suspense fallback={<LoadingBlock />}>
      <LogsPage />
    </Suspense>
  );
}
