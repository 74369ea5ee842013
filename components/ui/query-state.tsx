import type { ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';
import { LoadingBlock } from './spinner';

/**
 * The three states of a section that loads data: a spinner with words, an error with Retry, or
 * the content. Presentational: the caller passes react-query's flags.
 */
export function QueryState({ pending, error, errorTitle, onRetry, loadingLabel, children }: { pending: boolean; error: string | null; errorTitle: string; onRetry: () => void; loadingLabel?: string; children: () => ReactNode }) {
  if (pending) return <LoadingBlock label={loadingLabel} />;
  if (error)
    return (
      <Alert
        tone="error"
        title={errorTitle}
        action={
          <Button variant="secondary" size="sm" onClick={onRetry}>
            Retry
          </Button>
        }
      >
        {error}
      </Alert>
    );
  return <>{children()}</>;
}
