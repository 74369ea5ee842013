'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Alert
      tone="error"
      title="This page could not be shown"
      action={
        <Button variant="secondary" size="sm" onClick={reset}>
          Try again
        </Button>
      }
    >
      Something went wrong while rendering it.{error.digest ? ` Reference: ${error.digest}.` : ''}
    </Alert>
  );
}
