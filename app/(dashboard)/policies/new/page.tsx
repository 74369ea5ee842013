import type { Metadata } from 'next';
import { Suspense } from 'react';
import { NewPolicyPage } from '@/components/policies/policy-editor-page';

export const metadata: Metadata = { title: 'New policy' };

export default function Page() {
  return (
    <Suspense>
      <NewPolicyPage />
    </Suspense>
  );
}
