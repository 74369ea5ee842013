'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import type { PeriodId } from './analytics-types';
import { customRange, isPeriod, type RangeParams } from './periods';

/**
 * The dashboard's time range, kept in the URL (`?period=30d` or `?from=2026-11-01&to=2026-11-07`)
 * so a view can be shared and survives a reload. Other query parameters are kept.
 */
export function useRangeParam(fallback: PeriodId = '7d') {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const period = params.get('period');

  const range: RangeParams = useMemo(() => {
    if (from && to) {
      const custom = customRange(from, to);
      if (!('error' in custom)) return custom;
    }
    return { period: isPeriod(period) ? period : fallback };
  }, [from, to, period, fallback]);

  const replace = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params.toString());
      for (const [k, v] of Object.entries(changes)) {
        if (v === null) next.delete(k);
        else next.set(k, v);
      }
      const qs = next.toString();
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );

  return {
    range,
    custom: from && to ? { from, to } : null,
    setPeriod: (p: PeriodId) => replace({ period: p, from: null, to: null }),
    setCustom: (f: string, t: string) => replace({ from: f, to: t, period: null }),
    setParam: (name: string, value: string | null) => replace({ [name]: value }),
    /** Several parameters in one navigation (null removes one). */
    setParams: replace,
    params,
  };
}
