import type { Metric, Registry } from 'prom-client';

/**
 * Metric families whose hot-path update is a field increment on a cached cell. prom-client's own
 * `inc`/`observe` hash the label set and validate it on every call (about 0.5–1 µs each, and a
 * Counter's inc copies every series into an array); at several updates per request that is a
 * visible share of the gateway's CPU budget. Here a caller keeps the cell it got once for a label
 * combination and bumps it; the prom-client registry reads the cells at scrape time through
 * `get()`, the same contract its own metrics follow, and formats them (escaping included).
 */
type Labels = Record<string, string>;

interface MetricValue {
  labels: Labels;
  value: number;
  metricName?: string;
}

interface Collected {
  name: string;
  help: string;
  type: 'counter' | 'histogram';
  aggregator: 'sum';
  values: MetricValue[];
}

export interface CounterCell {
  value: number;
}

export interface HistogramCell {
  /** Observations per bucket (not cumulative); the last slot is +Inf. */
  readonly counts: number[];
  sum: number;
  count: number;
}

abstract class Family<C> {
  protected readonly cells = new Map<string, { labels: Labels; cell: C }>();
  readonly aggregator = 'sum' as const;

  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly string[],
  ) {}

  protected abstract create(): C;

  /** The cell of one label combination (values in `labelNames` order); keep it to update cheaply. */
  cell(...values: string[]): C {
    const key = values.length === 1 ? values[0] : values.join('\u0001');
    let entry = this.cells.get(key);
    if (!entry) {
      const labels: Labels = {};
      this.labelNames.forEach((name, i) => (labels[name] = values[i] ?? ''));
      entry = { labels, cell: this.create() };
      this.cells.set(key, entry);
    }
    return entry.cell;
  }

  get size(): number {
    return this.cells.size;
  }

  /** Forgets every series (tests; prom-client's registry.resetMetrics()). */
  reset(): void {
    this.cells.clear();
  }

  register(registry: Registry): this {
    registry.registerMetric(this as unknown as Metric);
    return this;
  }
}

export class CounterFamily extends Family<CounterCell> {
  readonly type = 'counter' as const;

  protected create(): CounterCell {
    return { value: 0 };
  }

  async get(): Promise<Collected> {
    const values: MetricValue[] = [];
    for (const { labels, cell } of this.cells.values()) values.push({ labels, value: cell.value });
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }
}

export class HistogramFamily extends Family<HistogramCell> {
  readonly type = 'histogram' as const;

  constructor(name: string, help: string, labelNames: readonly string[], readonly buckets: readonly number[]) {
    super(name, help, labelNames);
  }

  protected create(): HistogramCell {
    return { counts: new Array<number>(this.buckets.length + 1).fill(0), sum: 0, count: 0 };
  }

  observe(cell: HistogramCell, value: number): void {
    const { buckets } = this;
    let i = 0;
    while (i < buckets.length && value > buckets[i]) i++;
    cell.counts[i]++;
    cell.sum += value;
    cell.count++;
  }

  async get(): Promise<Collected> {
    const values: MetricValue[] = [];
    const bucketName = `${this.name}_bucket`;
    for (const { labels, cell } of this.cells.values()) {
      let cumulative = 0;
      this.buckets.forEach((le, i) => {
        cumulative += cell.counts[i];
        values.push({ metricName: bucketName, labels: { ...labels, le: String(le) }, value: cumulative });
      });
      values.push({ metricName: bucketName, labels: { ...labels, le: '+Inf' }, value: cell.count });
      values.push({ metricName: `${this.name}_sum`, labels, value: cell.sum });
      values.push({ metricName: `${this.name}_count`, labels, value: cell.count });
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }
}

/**
 * Label values a caller can influence (model names, detector types) are admitted up to a cap; later
 * newcomers are reported as `other`, so nobody can blow up the number of series by inventing names.
 */
export class BoundedValues {
  private readonly seen = new Set<string>();

  constructor(
    readonly max: number,
    readonly maxLength = 80,
    readonly fallback = 'other',
  ) {}

  /** `admit` false: only values already admitted pass (e.g. a model name from a failed request). */
  value(raw: string | null | undefined, admit = true): string {
    if (!raw) return 'none';
    if (this.seen.has(raw)) return raw;
    if (!admit || this.seen.size >= this.max || raw.length > this.maxLength) return this.fallback;
    this.seen.add(raw);
    return raw;
  }

  clear(): void {
    this.seen.clear();
  }
}
