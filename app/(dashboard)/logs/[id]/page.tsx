import type { Metadata } from 'next';
import { LogDetailPage } from '@/components/logs/log-detail-page';

export const metadata: Metadata = { title: 'Request' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <LogDetailPage id={id} />;
}
