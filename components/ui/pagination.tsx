import { pageRange } from '@/lib/client/format';
import { Button } from './button';

/** Previous / next over a limit/offset list, with "Showing 1–20 of 45" in words. */
export function Pagination({ offset, limit, count, total, onChange, label }: { offset: number; limit: number; count: number; total: number; onChange: (offset: number) => void; label: string }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600" aria-live="polite">
        Showing {pageRange(offset, count, total)}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
          Previous
        </Button>
        <Button variant="secondary" size="sm" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
          Next
        </Button>
      </div>
    </nav>
  );
}
