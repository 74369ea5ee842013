import { describe, expect, it } from 'vitest';
import { countActive, readLogFilters, toApiFilters } from './log-filters';

describe('request log filters', () => {
  it('reads only known, non-empty fields from the URL', () => {
    const v = readLogFilters(new URLSearchParams('provider=openai&status=&model=%20gpt-4o%20&evil=1'));
    expect(v).toEqual({ provider: 'openai', model: 'gpt-4o' });
    expect(countActive(v)).toBe(2);
  });

  it('turns local days into an inclusive range of instants', () => {
    const api = toApiFilters({ from: '2026-11-20', to: '2026-11-21', status: 'error' });
    expect(new Date(api.start_date!).getDate()).toBe(20);
    expect(new Date(api.start_date!).getHours()).toBe(0);
    expect(new Date(api.end_date!).getDate()).toBe(22);
    expect(api.status).toBe('error');
    expect(toApiFilters({ from: 'yesterday' }).start_date).toBeUndefined();
  });
});
