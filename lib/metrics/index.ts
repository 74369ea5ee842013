import { createHash, timingSafeEqual } from 'node:crypto';
import { AggregatorRegistry, collectDefaultMetrics, Gauge, Registry, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import { existingProcessSingleton, processSingleton } from '@/lib/runtime/singleton';
import { BoundedValues, CounterFamily, HistogramFamily, type CounterCell, type HistogramCell } from './family';

/**
 * The gateway's Prometheus metrics: ONE registry per process (the custom server and the Next.js
 * bundle each carry a copy of lib/, and both must count into the same registry), typed helpers the
 * pipeline calls, and `metricsText()` for GET /api/metrics. Labels never carry a key, user or
 * request id; label values a caller can influence are capped (`BoundedValues`).
 */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
const TTFB_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
const OVERHEAD_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];
/** Distinct model names reported before newcomers become `other`. */
export const MAX_MODELS = 200;

interface ModelSeries {
  label: string;
  statuses: Map<number, CounterCell>;
  input: CounterCell;
  output: CounterCell;
  cached: CounterCell;
  cacheWrite: CounterCell;
  cost: CounterCell;
}

interface ProviderSeries {
  duration: HistogramCell;
  ttfb: HistogramCell;
  overhead: HistogramCell;
  models: Map<string, ModelSeries>;
  upstreamErrors: Map<string, CounterCell>;
}

function createState() {
  const registry = new Registry();
  const f = {
    requests: new CounterFamily('gateway_requests_total', 'Gateway requests by provider, model and response status.', ['provider', 'model', 'status']).register(registry),
    duration: new HistogramFamily('gateway_request_duration_seconds', 'Time from receiving a request to the end of its response.', ['provider'], DURATION_BUCKETS).register(registry),
    ttfb: new HistogramFamily('gateway_upstream_ttfb_seconds', 'Time from sending a request upstream to the upstream response headers.', ['provider'], TTFB_BUCKETS).register(registry),
    overhead: new HistogramFamily('gateway_overhead_seconds', 'Time a request spent in the gateway itself (total minus upstream).', ['provider'], OVERHEAD_BUCKETS).register(registry),
    policy: new CounterFamily('gateway_policy_evaluations_total', 'Policy evaluations by decision.', ['decision']).register(registry),
    pii: new CounterFamily('gateway_pii_detections_total', 'PII entities detected, by type and direction (request or response).', ['type', 'direction']).register(registry),
    injection: new CounterFamily('gateway_injection_detections_total', 'Prompt-injection detections by family.', ['family']).register(registry),
    rateLimitHits: new CounterFamily('gateway_rate_limit_hits_total', 'Requests refused by a rate limit, by the scope that refused them.', ['scope']).register(registry),
    rateLimitDegraded: new CounterFamily('gateway_rate_limit_degraded_total', 'Requests let through without a limit check because the shared store (Redis) was unreachable.', []).register(registry),
    upstreamErrors: new CounterFamily('gateway_upstream_errors_total', 'Upstream failures by provider and status (an HTTP status, or unreachable / timeout / mid_stream).', ['provider', 'status']).register(registry),
    tokens: new CounterFamily('gateway_tokens_total', 'Tokens by provider, model and kind (input, output, cached, cache_write).', ['provider', 'model', 'kind']).register(registry),
    cost: new CounterFamily('gateway_cost_usd_total', 'Spend in US dollars by provider and model (list prices).', ['provider', 'model']).register(registry),
    circuitsOpened: new CounterFamily('gateway_circuit_openings_total', 'Times an upstream host circuit opened.', []).register(registry),
    alerts: new CounterFamily('gateway_alerts_total', 'Alert webhook messages by kind and outcome (sent, suppressed, failed).', ['kind', 'outcome']).register(registry),
  };
  const activeStreams = { value: 0 };
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  gauge('gateway_active_streams', 'Responses being streamed to clients right now.', () => activeStreams.value);
  const writer = (name: string) => existingProcessSingleton<{ depth: number; spooledRows: number }>(name);
  gauge('gateway_usage_queue_depth', 'Usage rows waiting in memory to be written.', () => writer('usage-writer')?.depth ?? 0);
  gauge('gateway_usage_spooled_rows', 'Usage rows spooled to disk while the database was unreachable.', () => writer('usage-writer')?.spooledRows ?? 0);
  gauge('gateway_audit_queue_depth', 'Audit events (gateway denials) waiting to be written.', () => writer('audit-writer')?.depth ?? 0);
  gauge('gateway_circuits_open', 'Upstream hosts whose circuit is open or half-open.', () => {
    const breakers = existingProcessSingleton<{ states(): Record<string, string> }>('circuit-breakers');
    return breakers ? Object.values(breakers.states()).filter((s) => s !== 'closed').length : 0;
  });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    f,
    activeStreams,
    providers: new Map<string, ProviderSeries>(),
    models: new BoundedValues(MAX_MODELS),
    labels: { pii: new BoundedValues(100), injection: new BoundedValues(50), decision: new BoundedValues(16), kind: new BoundedValues(32) },
    small: new Map<string, CounterCell>(),
  };
}

type State = ReturnType<typeof createState>;
const state: State = processSingleton('metrics', createState);

function providerSeries(provider: string): ProviderSeries {
  let p = state.providers.get(provider);
  if (!p) {
    p = {
      duration: state.f.duration.cell(provider),
      ttfb: state.f.ttfb.cell(provider),
      overhead: state.f.overhead.cell(provider),
      models: new Map(),
      upstreamErrors: new Map(),
    };
    state.providers.set(provider, p);
  }
  return p;
}

function modelSeries(provider: string, p: ProviderSeries, model: string): ModelSeries {
  let m = p.models.get(model);
  if (!m) {
    const tokens = (kind: string) => state.f.tokens.cell(provider, model, kind);
    m = { label: model, statuses: new Map(), input: tokens('input'), output: tokens('output'), cached: tokens('cached'), cacheWrite: tokens('cache_write'), cost: state.f.cost.cell(provider, model) };
    p.models.set(model, m);
  }
  return m;
}

/** A cell of a rarely updated family, memoised by family name and label values. */
function smallCell(family: CounterFamily, ...values: string[]): CounterCell {
  const key = `${family.name}\u0001${values.join('\u0001')}`;
  let cell = state.small.get(key);
  if (!cell) {
    cell = family.cell(...values);
    state.small.set(key, cell);
  }
  return cell;
}

export interface RequestObservation {
  provider: string;
  model: string | undefined;
  status: number;
  durationMs: number;
  overheadMs: number;
  /** Upstream time to response headers, when the upstream answered. */
  ttfbMs?: number;
  /** Set when the upstream failed: its HTTP status, or unreachable / timeout / mid_stream. */
  upstreamError?: string;
  tokensIn: number;
  tokensOut: number;
  tokensCached: number;
  tokensCacheWrite: number;
  costUsd: number | null;
}

export const metrics = {
  /** One finished gateway request (at record time): counts, tokens, spend and timings. */
  requestFinished(o: RequestObservation): void {
    const p = providerSeries(o.provider);
    const f = state.f;
    f.duration.observe(p.duration, o.durationMs / 1000);
    f.overhead.observe(p.overhead, o.overheadMs / 1000);
    if (o.ttfbMs !== undefined) f.ttfb.observe(p.ttfb, o.ttfbMs / 1000);
    // A model name from a failed call is reported only if it was already seen succeeding.
    const m = modelSeries(o.provider, p, state.models.value(o.model, o.status < 400));
    let requests = m.statuses.get(o.status);
    if (!requests) {
      requests = f.requests.cell(o.provider, m.label, String(o.status));
      m.statuses.set(o.status, requests);
    }
    requests.value++;
    if (o.tokensIn > 0) m.input.value += o.tokensIn;
    if (o.tokensOut > 0) m.output.value += o.tokensOut;
    if (o.tokensCached > 0) m.cached.value += o.tokensCached;
    if (o.tokensCacheWrite > 0) m.cacheWrite.value += o.tokensCacheWrite;
    if (o.costUsd) m.cost.value += o.costUsd;
    if (o.upstreamError) {
      let cell = p.upstreamErrors.get(o.upstreamError);
      if (!cell) {
        cell = f.upstreamErrors.cell(o.provider, o.upstreamError);
        p.upstreamErrors.set(o.upstreamError, cell);
      }
      cell.value++;
    }
  },
  rateLimitHit(scope: string): void {
    smallCell(state.f.rateLimitHits, scope).value++;
  },
  rateLimitDegraded(): void {
    smallCell(state.f.rateLimitDegraded).value++;
  },
  /** Called by the respond stage around a relayed body; `streamed` false (a JSON body) is not counted. */
  streamOpened(streamed: boolean): void {
    if (streamed) state.activeStreams.value++;
  },
  streamClosed(streamed: boolean): void {
    if (streamed) state.activeStreams.value--;
  },
  policyEvaluated(decision: string): void {
    smallCell(state.f.policy, state.labels.decision.value(decision)).value++;
  },
  piiDetected(type: string, direction: 'request' | 'response'): void {
    smallCell(state.f.pii, state.labels.pii.value(type), direction).value++;
  },
  injectionDetected(family: string): void {
    smallCell(state.f.injection, state.labels.injection.value(family)).value++;
  },
  circuitOpened(): void {
    smallCell(state.f.circuitsOpened).value++;
  },
  alert(kind: string, outcome: 'sent' | 'suppressed' | 'failed'): void {
    smallCell(state.f.alerts, state.labels.kind.value(kind), outcome).value++;
  },
};

/** This process's metrics in the exposition format; `others` (other processes' `metricsJson()`) are merged in. */
export async function metricsText(others: ProcessMetrics[] = []): Promise<string> {
  if (others.length === 0) return state.registry.metrics();
  // Counters and histograms add up; process gauges follow prom-client's own aggregation rules.
  const all = [await metricsJson(), ...others] as unknown as MetricObjectWithValues<MetricValue<string>>[][];
  return AggregatorRegistry.aggregate(all).metrics();
}

/** One process's metrics as plain data (what prom-client's getMetricsAsJSON returns; crosses IPC). */
export type ProcessMetrics = {
  name: string;
  help: string;
  type: string;
  aggregator: string;
  values: { labels: Record<string, string | number>; value: number; metricName?: string }[];
}[];

/** This process's metrics as data, for the process that serves GET /api/metrics to merge. */
export async function metricsJson(): Promise<ProcessMetrics> {
  return (await state.registry.getMetricsAsJSON()) as unknown as ProcessMetrics;
}

/**
 * Whether a scrape may read the metrics: always without GATEWAY_METRICS_TOKEN, else only with
 * `Authorization: Bearer <token>`. Digests are compared so neither the length nor a prefix of the
 * token leaks through timing.
 */
export function metricsAuthorized(authorization: string | null | undefined, expected: string | undefined): boolean {
  if (!expected) return true;
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!given) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

/** Tests: forget every series (the registry and its families stay). */
export function resetMetrics(): void {
  for (const family of Object.values(state.f)) family.reset();
  state.providers.clear();
  state.small.clear();
  state.models.clear();
  state.activeStreams.value = 0;
}
