/**
 * Per-request CPU cost of what operations adds to the record stage: metrics updates, and metrics
 * plus the one-line JSON request log (pino, async destination).
 *
 *   LOG_LEVEL=info npx tsx bench/observe.ts > /dev/null     (results on stderr; log lines to /dev/null)
 *
 * Measured on the development container (Node 20): metrics 0.15 µs, metrics + log line ~3–5 µs.
 */
import { performance } from 'node:perf_hooks';
import { resetEnvCache } from '@/lib/config/env';
import { metrics, metricsText } from '@/lib/metrics';
import { identify } from '@/lib/pipeline/identify';
import { observeRequest } from '@/lib/pipeline/observe';
import type { PipelineContext } from '@/lib/pipeline/types';

const MODELS = ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'o3-mini'];

function context(i: number): PipelineContext {
  const ctx = identify(
    { method: 'POST', path: '/openai/v1/chat/completions', query: '', headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }, body: null, remoteAddress: '203.0.113.9', signal: new AbortController().signal },
    0,
  );
  return Object.assign(ctx, {
    timings: { start: 0, upstreamStart: 0.1, upstreamHeaders: 120, firstByte: 121, upstreamEnd: 300, end: 300.2 },
    key: { id: '8e37872a-0676-456b-a289-998528db3620', prefix: 'gw_live_', lastFour: 'kIGB' } as PipelineContext['key'],
    orgId: '6d690c59-b1db-4515-a70e-9695558e6886' as PipelineContext['orgId'],
    clientPath: '/v1/chat/completions',
    status: i % 50 === 0 ? 429 : 200,
    stream: i % 2 === 0,
    attempts: 1,
    model: MODELS[i % MODELS.length],
  });
}

const usage = { inputTokens: 120, outputTokens: 340, cachedTokens: 0, cacheWriteTokens: 0 };
const times = { latencyMs: 300.2, upstreamMs: 299.9, overheadMs: 0.3, ttfbMs: 121 };
const contexts = Array.from({ length: 1024 }, (_, i) => context(i));

/** Calls in turns of 50 with an event-loop turn between, as requests arrive: CPU includes log flushes. */
async function run(label: string, n: number): Promise<void> {
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < 20_000; i++) {
    observeRequest(contexts[i & 1023], times, usage, 0.00042); // warm-up
    if (i % 50 === 49) await turn();
  }
  await turn();
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    observeRequest(contexts[i & 1023], times, usage, 0.00042);
    if (i % 50 === 49) await turn();
  }
  await turn();
  const used = process.cpuUsage(cpu);
  const idle = await idleTurns(n / 50);
  process.stderr.write(`${label}: ${((used.user + used.system - idle) / n).toFixed(2)} µs CPU per request (n=${n})\n`);
}

/** CPU of the event-loop turns alone, subtracted from the runs above. */
async function idleTurns(count: number): Promise<number> {
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
  const used = process.cpuUsage(cpu);
  return used.user + used.system;
}

function runCells(n: number): void {
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    metrics.streamOpened(true);
    metrics.streamClosed(true);
    metrics.rateLimitHit('key');
  }
  const used = process.cpuUsage(cpu);
  process.stderr.write(`stream gauge inc+dec and one rate-limit hit: ${((used.user + used.system) / n).toFixed(3)} µs CPU\n`);
}

async function main(): Promise<void> {
  process.env.GATEWAY_REQUEST_LOG = 'false';
  resetEnvCache();
  await run('metrics only (requests, tokens, cost, 3 histograms)', 1_000_000);
  process.env.GATEWAY_REQUEST_LOG = 'true';
  resetEnvCache();
  await run('metrics + JSON request log line', 500_000);
  runCells(1_000_000);
  const started = performance.now();
  const text = await metricsText();
  process.stderr.write(`one scrape: ${(performance.now() - started).toFixed(1)} ms, ${text.length} bytes\n`);
}

void main();
