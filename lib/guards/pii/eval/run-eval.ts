import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityFinding } from '@/lib/guards/types';
import { applyEntityActions } from '../actions';
import { detectEntities } from '../detect';
import type { Sample } from './gen/fill';
import { add, match, ratio, score, type Counts, type TypeScore } from './metrics';
import { timeScans } from './timing';

/** Entity types whose format carries a check digit or checksum the validators verify. */
export const CHECKSUM_TYPES = [
  'CREDIT_CARD', 'IBAN', 'CRYPTO_WALLET', 'US_BANK_ROUTING', 'UK_NHS', 'DE_TAX_ID', 'DE_ID_CARD', 'FR_NIR', 'ES_DNI',
  'ES_NIE', 'IT_FISCAL_CODE', 'NL_BSN', 'IN_AADHAAR', 'IN_GSTIN', 'BR_CPF', 'BR_CNPJ', 'CA_SIN', 'AU_TFN', 'AU_ABN', 'AU_MEDICARE',
];

export interface PiiEvalResult {
  split: string;
  texts: number;
  entities: number;
  perType: TypeScore[];
  overall: TypeScore;
  /** Same type and any overlap instead of an exact span. */
  overallLenient: TypeScore;
  /** Exact-span score without PERSON, whose recall depends on the name lexicon more than the rest. */
  overallWithoutPerson: TypeScore;
  checksumRecall: number;
  checksumRecallLenient: number;
  /** Labelled values still present verbatim after masking every finding, over all labelled values. */
  leakRate: number;
  /** The same, counting only values the detector found (a masking bug would show here). */
  leakRateOfDetected: number;
  /** CPU time per KB scanned over the whole set (short texts, so per-call overhead counts). */
  scanMicrosPerKb: number;
  /** CPU time per call, median over batches, for a 4 KB prompt with a few entities. */
  typicalPromptP50Micros: number;
  /** The same for 4 KB of evaluation texts (an entity every ~40 characters). */
  densePromptP50Micros: number;
  /** CPU time of 10^6 integer additions on this machine, to compare timings across machines. */
  calibrationMicros: number;
  errors: { id: string; kind: 'missed' | 'spurious'; type: string; value: string }[];
}

export function loadSamples(split: 'eval' | 'dev' = 'eval'): Sample[] {
  const path = fileURLToPath(new URL(`./${split}.jsonl`, import.meta.url));
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Sample);
}

function leaks(sample: Sample, findings: readonly EntityFinding[]) {
  const masked = applyEntityActions(sample.text, findings, () => 'mask').text;
  let leaked = 0;
  let detected = 0;
  let leakedDetected = 0;
  for (const g of sample.entities) {
    const isDetected = findings.some((f) => f.start < g.end && g.start < f.end);
    const isLeaked = masked.includes(g.value);
    if (isLeaked) leaked++;
    if (isDetected) detected++;
    if (isDetected && isLeaked) leakedDetected++;
  }
  return { leaked, detected, leakedDetected };
}

export function runPiiEval(split: 'eval' | 'dev' = 'eval'): PiiEvalResult {
  const samples = loadSamples(split);
  const exact = new Map<string, Counts>();
  const lenient = new Map<string, Counts>();
  const errors: PiiEvalResult['errors'] = [];
  let leaked = 0;
  let detected = 0;
  let leakedDetected = 0;
  let entities = 0;
  for (const sample of samples) {
    const findings = detectEntities(sample.text);
    entities += sample.entities.length;
    const strict = match(sample.entities, findings, true);
    strict.truePositives.forEach((g) => add(exact, g.type, 'tp'));
    strict.falseNegatives.forEach((g) => {
      add(exact, g.type, 'fn');
      errors.push({ id: sample.id, kind: 'missed', type: g.type, value: g.value });
    });
    strict.falsePositives.forEach((p) => {
      add(exact, p.type, 'fp');
      errors.push({ id: sample.id, kind: 'spurious', type: p.type, value: sample.text.slice(p.start, p.end) });
    });
    const loose = match(sample.entities, findings, false);
    loose.truePositives.forEach((g) => add(lenient, g.type, 'tp'));
    loose.falseNegatives.forEach((g) => add(lenient, g.type, 'fn'));
    loose.falsePositives.forEach((p) => add(lenient, p.type, 'fp'));
    const l = leaks(sample, findings);
    leaked += l.leaked;
    detected += l.detected;
    leakedDetected += l.leakedDetected;
  }
  const total = (m: Map<string, Counts>, types?: readonly string[]) => {
    const sum: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const [type, c] of m) {
      if (types && !types.includes(type)) continue;
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
    return sum;
  };
  const checksum = total(exact, CHECKSUM_TYPES);
  const checksumLenient = total(lenient, CHECKSUM_TYPES);
  const timing = timeScans(samples.map((s) => s.text));
  return {
    split,
    texts: samples.length,
    entities,
    perType: [...exact.entries()].map(([type, c]) => score(type, c)).sort((a, b) => a.type.localeCompare(b.type)),
    overall: score('ALL', total(exact)),
    overallLenient: score('ALL', total(lenient)),
    overallWithoutPerson: score('ALL', total(exact, [...exact.keys()].filter((t) => t !== 'PERSON'))),
    checksumRecall: ratio(checksum.tp, checksum.tp + checksum.fn),
    checksumRecallLenient: ratio(checksumLenient.tp, checksumLenient.tp + checksumLenient.fn),
    leakRate: leaked / Math.max(1, entities),
    leakRateOfDetected: leakedDetected / Math.max(1, detected),
    ...timing,
    errors,
  };
}
