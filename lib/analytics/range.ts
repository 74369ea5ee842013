import { validation } from '@/lib/errors';

/**
 * The time window of an analytics query. Rollups are hourly, so windows are widened to whole
 * hours: a custom range starting at 10:20 counts from 10:00. Browsers pass their local midnight
 * for "today", which is a whole hour in every time zone with a whole-hour offset.
 */
export const PERIODS = { '24h': 24, '7d': 24 * 7, '30d': 24 * 30, '90d': 24 * 90 } as const;
export type Period = keyof typeof PERIODS;
export type Bucket = 'hour' | 'day';

const HOUR = 3_600_000;
/** Longest custom range (a little over a year): keeps every query bounded. */
export const MAX_RANGE_DAYS = 400;
/** Hour buckets beyond this many days would draw thousands of points: days instead. */
const MAX_HOURLY_DAYS = 14;

export interface RangeInput {
  period?: Period;
  start_date?: string;
  end_date?: string;
  bucket?: Bucket;
}

export interface Range {
  /** The period name, or `custom`. */
  period: Period | 'custom';
  /** Inclusive, on an hour boundary. */
  start: Date;
  /** Exclusive, on an hour boundary (the current hour is included in full). */
  end: Date;
  bucket: Bucket;
}

const floorHour = (ms: number) => Math.floor(ms / HOUR) * HOUR;
const ceilHour = (ms: number) => Math.ceil(ms / HOUR) * HOUR;

export function resolveRange(input: RangeInput, now: Date = new Date()): Range {
  const nowMs = now.getTime();
  let period: Range['period'];
  let start: number;
  let end: number;
  if (input.start_date || input.end_date) {
    period = 'custom';
    end = input.end_date ? ceilHour(Date.parse(input.end_date)) : floorHour(nowMs) + HOUR;
    start = input.start_date ? floorHour(Date.parse(input.start_date)) : end - PERIODS['7d'] * HOUR;
    if (!(start < end)) throw validation('start_date', 'must be before end_date');
    if (end - start > MAX_RANGE_DAYS * 24 * HOUR) throw validation('start_date', `ranges are limited to ${MAX_RANGE_DAYS} days`);
  } else {
    period = input.period ?? '7d';
    end = floorHour(nowMs) + HOUR;
    // `24h` is the last 24 whole hours including the current one.
    start = end - PERIODS[period] * HOUR;
  }
  const days = (end - start) / (24 * HOUR);
  let bucket: Bucket = input.bucket ?? (days <= 2 ? 'hour' : 'day');
  if (bucket === 'hour' && days > MAX_HOURLY_DAYS) bucket = 'day';
  return { period, start: new Date(start), end: new Date(end), bucket };
}

/** True when an instant is on an hour boundary (a rollup can answer a range that starts or ends there). */
export function onHour(date: Date): boolean {
  return date.getTime() % HOUR === 0;
}

/** An IANA time zone name the runtime knows, or UTC. Day buckets start at midnight in this zone. */
export function safeTimeZone(tz: string | undefined): string {
  if (!tz) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    throw validation('tz', 'unknown time zone');
  }
}
