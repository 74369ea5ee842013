/**
 * PII / secrets detection quality and speed: `npx tsx scripts/eval-pii.ts [eval|dev]`.
 * Prints precision, recall and F1 per entity type and overall, recall on checksum types, the leak
 * rate after masking, and scan time. `runPiiEval` is exported for the combined guard evaluation.
 */
import { fileURLToPath } from 'node:url';
import { runPiiEval, type PiiEvalResult } from '@/lib/guards/pii/eval/run-eval';

export { runPiiEval };

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatPiiEval(r: PiiEvalResult): string {
  const lines: string[] = [];
  lines.push(`PII evaluation (${r.split}): ${r.texts} texts, ${r.entities} labelled entities`);
  lines.push('');
  lines.push(`${'type'.padEnd(26)}${'support'.padStart(8)}${'tp'.padStart(6)}${'fp'.padStart(5)}${'fn'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'f1'.padStart(8)}`);
  for (const t of [...r.perType, r.overall]) {
    lines.push(
      `${(t.type === 'ALL' ? 'overall (exact span)' : t.type).padEnd(26)}${String(t.support).padStart(8)}${String(t.tp).padStart(6)}${String(t.fp).padStart(5)}${String(t.fn).padStart(5)}` +
        `${pct(t.precision).padStart(11)}${pct(t.recall).padStart(9)}${pct(t.f1).padStart(8)}`,
    );
  }
  const l = r.overallLenient;
  lines.push(`${'overall (overlap)'.padEnd(26)}${String(l.support).padStart(8)}${String(l.tp).padStart(6)}${String(l.fp).padStart(5)}${String(l.fn).padStart(5)}${pct(l.precision).padStart(11)}${pct(l.recall).padStart(9)}${pct(l.f1).padStart(8)}`);
  const w = r.overallWithoutPerson;
  lines.push(`${'overall without PERSON'.padEnd(26)}${String(w.support).padStart(8)}${String(w.tp).padStart(6)}${String(w.fp).padStart(5)}${String(w.fn).padStart(5)}${pct(w.precision).padStart(11)}${pct(w.recall).padStart(9)}${pct(w.f1).padStart(8)}`);
  lines.push('');
  lines.push(`recall on checksum types:    ${pct(r.checksumRecall)} (exact), ${pct(r.checksumRecallLenient)} (overlap)`);
  lines.push(`leak rate after masking:     ${pct(r.leakRate)} of all labelled values, ${pct(r.leakRateOfDetected)} of detected values`);
  lines.push(`scan time (CPU):             ${r.scanMicrosPerKb.toFixed(0)} µs per KB over the set (short texts)`);
  lines.push(`4 KB prompt, p50 (CPU):      ${r.typicalPromptP50Micros.toFixed(0)} µs typical (${(r.typicalPromptP50Micros / 4).toFixed(0)} µs/KB), ${r.densePromptP50Micros.toFixed(0)} µs entity-dense`);
  lines.push(`machine calibration:         ${(r.calibrationMicros / 1000).toFixed(2)} ms for 10^6 integer additions`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const split = process.argv[2] === 'dev' ? 'dev' : 'eval';
  const result = runPiiEval(split);
  console.log(formatPiiEval(result));
  if (process.argv.includes('--errors')) {
    console.log('\nerrors:');
    for (const e of result.errors) console.log(`  ${e.kind.padEnd(9)} ${e.type.padEnd(24)} ${JSON.stringify(e.value)}  (${e.id})`);
  }
}
