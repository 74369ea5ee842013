import type { PeriodId } from './analytics-types';

/**
 * Time ranges the dashboards offer, as API query parameters. "Today" starts at the viewer's local
 * midnight (the API counts whole hours, which local midnights are in whole-hour time zones).
 */
export interface RangeParams {
  period?: PeriodId;
  start_date?: string;
  end_date?: string;
}

export const PERIOD_OPTIONS: { id: PeriodId; label: string; long: string }[] = [
  { id: '24h', label: '24h', long: 'Last 24 hours' },
  { id: '7d', label: '7d', long: 'Last 7 days' },
  { id: '30d', label: '30d', long: 'Last 30 days' },
  { id: '90d', label: '90d', long: 'Last 90 days' },
];

export function isPeriod(value: string | null | undefined): value is PeriodId {
  return PERIOD_OPTIONS.some((p) => p.id === value);
}

export function todayRange(now: Date = new Date()): RangeParams {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  return { start_date: midnight.toISOString() };
}

/** `YYYY-MM-DD` of a date input → the ISO instant of that local midnight (end dates are exclusive: the next day). */
export function customRange(from: string, to: string): RangeParams | { error: string } {
  const start = parseLocalDate(from);
  const endDay = parseLocalDate(to);
  if (!start || !endDay) return { error: 'Choose both dates.' };
  const end = new Date(endDay);
  end.setDate(end.getDate() + 1);
  if (end <= start) return { error: 'The end date must not be before the start date.' };
  if (end.getTime() - start.getTime() > 400 * 86_400_000) return { error: 'Choose at most 400 days.' };
  return { start_date: start.toISOString(), end_date: end.toISOString() };
}

function parseLocalDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Describes a range for headings ("Last 7 days", "3 Nov – 9 Nov 2026"). */
export function describeRange(range: RangeParams): string {
  const preset = PERIOD_OPTIONS.find((p) => p.id === range.period);
  if (preset) return preset.long;
  const fmt = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  if (range.start_date && range.end_date) {
    const lastDay = new Date(new Date(range.end_date).getTime() - 1);
    return `${fmt(range.start_date)} – ${fmt(lastDay.toISOString())}`;
  }
  if (range.start_date) return `Since ${fmt(range.start_date)}`;
  return PERIOD_OPTIONS[1].long;
}
