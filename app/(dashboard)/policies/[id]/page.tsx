import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EditPolicyPage } from '@/components/policies/policy-editor-page';

export const metadata: Metadata = { title: 'Policy' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense>
      <EditPolicyPage id={id} />
    </Suspense>
  );
}
