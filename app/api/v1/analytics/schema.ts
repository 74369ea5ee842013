import { z } from 'zod';
import { PERIODS } from '@/lib/analytics/range';

const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date());
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a key id (UUID)').transform((s) => s.toLowerCase());

/** `?period=24h|7d|30d|90d` or `?start_date=&end_date=` (ISO 8601), shared by the aggregate endpoints. */
export const rangeQuery = z.object({
  period: z.enum(Object.keys(PERIODS) as [keyof typeof PERIODS, ...(keyof typeof PERIODS)[]]).optional(),
  start_date: isoDate.optional(),
  end_date: isoDate.optional(),
  /** IANA zone for day buckets ("today" and daily charts in the viewer's own time). */
  tz: z.string().max(64).optional(),
});

export const statsQuery = rangeQuery.extend({
  top: z.coerce.number().int().min(1).max(20).default(5),
});

export const timeseriesQuery = rangeQuery.extend({
  bucket: z.enum(['hour', 'day']).optional(),
  /** usage: spend, tokens, requests, errors, latency; violations: counts by type or severity. */
  series: z.enum(['usage', 'violations']).default('usage'),
  group_by: z.enum(['none', 'model', 'provider', 'key', 'type', 'severity']).default('none'),
  top: z.coerce.number().int().min(1).max(20).default(8),
  provider: z.string().max(64).optional(),
  model: z.string().max(200).optional(),
  api_key: uuid.optional(),
});

export const breakdownQuery = rangeQuery.extend({
  group_by: z.enum(['model', 'provider', 'key', 'model_key']).default('model'),
  provider: z.string().max(64).optional(),
  model: z.string().max(200).optional(),
  api_key: uuid.optional(),
});

/**
 * The request log: `status` is `ok`, `error` (HTTP >= 400 or a gateway error code), `blocked`,
 * a class such as `4xx`, or one code. `cursor` (from `next_cursor`) pages by keyset; `offset`
 * is kept for clients of the seeds' shape and is slower on deep pages.
 */
export const logsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
  cursor: z.string().max(200).optional(),
  api_key: uuid.optional(),
  provider: z.string().max(64).optional(),
  model: z.string().max(200).optional(),
  status: z.string().regex(/^(ok|error|blocked|[1-5]xx|[1-5]\d\d)$/, 'ok, error, blocked, 4xx, 5xx or an HTTP status').optional(),
  decision: z.enum(['allow', 'mask', 'block', 'hold', 'log']).optional(),
  request_id: z.string().max(200).optional(),
  agent_id: z.string().max(200).optional(),
  user_id: z.string().max(200).optional(),
  start_date: isoDate.optional(),
  end_date: isoDate.optional(),
});

export type LogsQuery = z.output<typeof logsQuery>;
