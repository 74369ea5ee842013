import type { Metadata } from 'next';
import { CredentialsPage } from '@/components/credentials/credentials-page';

export const metadata: Metadata = { title: 'Providers' };

export default function Page() {
  return <CredentialsPage />;
}
