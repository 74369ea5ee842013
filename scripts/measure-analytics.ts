/**
 * Times the analytics endpoints through their real route handlers (authentication, validation,
 * queries, presentation) against the database seeded by `npm run seed:analytics`:
 *
 *   DATABASE_URL=postgres://…/gw_analytics npm run measure:analytics [-- --runs 30]
 *
 * Prints p50 and p95 per endpoint, in milliseconds, after warm-up runs.
 */
import { performance } from 'node:perf_hooks';
import { openPostgres } from '@/db/client';
import { useDatabase } from '@/db';
import { createManagementToken } from '@/db/queries/tokens';
import { trustedOrgId } from '@/db/tenant';
import { call } from '@/lib/testing/harness';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 30;
const WARMUP = 3;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL to the seeded database');
  process.env.LOG_LEVEL ??= 'warn';
  const database = await openPostgres(url, { poolSize: 10 });
  useDatabase(database);
  const [org] = await database.rows<{ id: string; requests: number; violations: number }>(
    `select o.id, (select count(*) from requests r where r.org_id = o.id)::int as requests, (select count(*) from violations v where v.org_id = o.id)::int as violations
     from organizations o where o.name = 'Analytics bench' order by o.created_at desc limit 1`,
  );
  if (!org) throw new Error('no seeded organisation: run npm run seed:analytics first');
  const [rollups] = await database.rows<{ n: number }>('select count(*)::int as n from usage_hourly where org_id = $1', [org.id]);
  const [{ userId }] = await database.rows<{ userId: string }>('select user_id as "userId" from memberships where org_id = $1 limit 1', [org.id]);
  const { token } = await createManagementToken(database.db, trustedOrgId(org.id), { name: 'measure', role: 'viewer' }, userId);
  process.stdout.write(`organisation ${org.id}: ${org.requests.toLocaleString('en')} requests, ${org.violations.toLocaleString('en')} violations, ${rollups.n.toLocaleString('en')} rollup rows\n`);

  const first = await call('GET', '/api/v1/analytics/logs?limit=50', { token });
  const cursor = first.body.next_cursor as string;
  const someKey = (first.body.items[0] as { api_key_id: string }).api_key_id;
  const endpoints: [string, string][] = [
    ['stats 30d', '/api/v1/analytics/stats?period=30d'],
    ['stats 90d', '/api/v1/analytics/stats?period=90d'],
    ['time series 30d, daily, by model', '/api/v1/analytics/timeseries?period=30d&group_by=model'],
    ['time series 30d, daily, by key', '/api/v1/analytics/timeseries?period=30d&group_by=key'],
    ['time series 7d, hourly, by provider', '/api/v1/analytics/timeseries?period=7d&bucket=hour&group_by=provider'],
    ['time series 30d, violations by type', '/api/v1/analytics/timeseries?period=30d&series=violations&group_by=type'],
    ['breakdown 30d, model x key', '/api/v1/analytics/breakdown?period=30d&group_by=model_key'],
    ['logs first page (50)', '/api/v1/analytics/logs?limit=50'],
    ['logs next page by cursor', `/api/v1/analytics/logs?limit=50&cursor=${cursor}`],
    ['logs first page, one key', `/api/v1/analytics/logs?limit=50&api_key=${someKey}`],
    ['logs first page, errors only', '/api/v1/analytics/logs?limit=50&status=error'],
    ['logs first page, 5xx (capped count)', '/api/v1/analytics/logs?limit=50&status=5xx'],
  ];
  process.stdout.write(`\n${'endpoint'.padEnd(42)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}\n`);
  for (const [name, path] of endpoints) {
    const times: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const t0 = performance.now();
      const res = await call('GET', path, { token });
      const ms = performance.now() - t0;
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      if (i >= WARMUP) times.push(ms);
    }
    times.sort((a, b) => a - b);
    process.stdout.write(`${name.padEnd(42)} ${percentile(times, 0.5).toFixed(1).padStart(8)} ${percentile(times, 0.95).toFixed(1).padStart(8)}\n`);
  }
  await database.close();
}

main().catch((error: Error) => {
  process.stderr.write(`error: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
