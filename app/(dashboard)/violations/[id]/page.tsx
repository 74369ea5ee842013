import type { Metadata } from 'next';
import { ViolationDetailPage } from '@/components/violations/violation-detail-page';

export const metadata: Metadata = { title: 'Violation' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ViolationDetailPage id={id} />;
}
