import type { Metadata } from 'next';
import { PlaygroundPage } from '@/components/policies/playground-page';

export const metadata: Metadata = { title: 'Policy playground' };

export default function Page() {
  return <PlaygroundPage />;
}
