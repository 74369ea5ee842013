/**
 * Runs the detector over the committed evaluation set (eval/*.jsonl) and measures quality and
 * speed. The evaluation set is written separately from the training corpus and is never read by
 * training or tuning. Node-only (reads files).
 */
import { basename, join } from 'node:path';
import { DETECTOR_VERSION, scoreInjection } from '../scorer';
import { type LabelledExample, loadDirectory } from '../training/corpus';
import { computeMetrics, type InjectionMetrics, type Prediction } from './metrics';

export interface SpeedSample {
  /** Median and 95th percentile CPU time to score one 4 KB prompt, in milliseconds. */
  p50Ms: number;
  p95Ms: number;
}

export interface SpeedReport {
  /** A typical 4 KB prompt: ordinary requests, documents and tool output from the benign set. */
  typical4k: SpeedSample;
  /** A 4 KB prompt packed with hard negatives: attack vocabulary in every sentence (worst case). */
  dense4k: SpeedSample;
  /** Mean CPU time per KB over the whole evaluation set, in microseconds. */
  usPerKb: number;
}

export interface InjectionEvalResult {
  detectorVersion: string;
  threshold: number;
  examples: number;
  metrics: InjectionMetrics;
  /**
   * The same metrics per part of the set: `main` (eval/*.jsonl) and `holdout` (eval/holdout-*.jsonl,
   * written after all tuning and run once).
   */
  bySet: Record<'main' | 'holdout', InjectionMetrics>;
  speed: SpeedReport;
}

export interface EvalOptions {
  threshold?: number;
  dir?: string;
  /** Batches of five calls for each 4 KB timing. */
  batches?: number;
}

const EVAL_DIR = join(__dirname);

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Concatenates texts into a flat 4 KB string (JSON round trip flattens V8's rope strings, as a request body would be). */
function prompt4k(texts: string[]): string {
  let text = '';
  for (let i = 0; text.length < 4096; i++) text += texts[(i * 7) % texts.length] + '\n';
  return JSON.parse(JSON.stringify(text.slice(0, 4096))) as string;
}

const cpuMs = (start: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

/** CPU time rather than wall time, so other load on the machine does not inflate the numbers. */
function sample(text: string, batches: number): SpeedSample {
  const perBatch = 5;
  for (let i = 0; i < 50; i++) scoreInjection(text);
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = process.cpuUsage();
    for (let i = 0; i < perBatch; i++) scoreInjection(text.slice(0, -1) + String.fromCharCode(97 + ((b + i) % 26)));
    times.push(cpuMs(start) / perBatch);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95) };
}

function measureSpeed(examples: LabelledExample[], batches: number): SpeedReport {
  const benign = examples.filter((e) => e.label === 0);
  const typical4k = sample(prompt4k(benign.filter((e) => e.kind === 'benign').map((e) => e.text)), batches);
  const dense4k = sample(prompt4k(benign.filter((e) => e.kind === 'hard_negative').map((e) => e.text)), batches);
  let chars = 0;
  const start = process.cpuUsage();
  for (const e of examples) {
    scoreInjection(e.text, { role: e.role });
    chars += e.text.length;
  }
  return { typical4k, dense4k, usPerKb: (cpuMs(start) * 1000) / (chars / 1024) };
}

export function runInjectionEval(options: EvalOptions = {}): InjectionEvalResult {
  const threshold = options.threshold ?? 0.5;
  const examples = loadDirectory(options.dir ?? EVAL_DIR);
  const preds: Prediction[] = examples.map((example) => {
    const f = scoreInjection(example.text, { role: example.role, threshold });
    return { example, score: f.score, flagged: f.flagged, family: f.family };
  });
  const isHoldout = (p: Prediction) => basename(p.example.source).startsWith('holdout-');
  return {
    detectorVersion: DETECTOR_VERSION,
    threshold,
    examples: examples.length,
    metrics: computeMetrics(preds),
    bySet: { main: computeMetrics(preds.filter((p) => !isHoldout(p))), holdout: computeMetrics(preds.filter(isHoldout)) },
    speed: measureSpeed(examples, options.batches ?? 200),
  };
}
